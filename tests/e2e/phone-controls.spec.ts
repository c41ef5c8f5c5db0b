// On a phone, a briefing's controls stay in reach: while the story card fills the screen they float above the bottom
// bar (nothing covers them), and they settle in their place below the card. Not when idle, and not when the screen is
// too short for it (200% zoom), where a floating bar would hide too much.
import type { Page } from '@playwright/test';
import { expect, test, waitForSpoken } from './fixtures';

/** Where the pause button is, whether it is the element a tap at its centre reaches, and where the bottom bar starts. */
function pauseButtonPlace(page: Page) {
  return page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('[data-testid="pause-resume"]')!;
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      top: box.top,
      bottom: box.bottom,
      navTop: document.querySelector('.screen-nav')!.getBoundingClientRect().top,
      reachable: hit !== null && button.contains(hit),
      position: getComputedStyle(button.closest('.transport')!).position,
    };
  });
}

test.describe('briefing controls on a phone', () => {
  // A slow voice, so the first story is still being told while the page is scrolled and tapped.
  test.use({ msPerChar: 40, viewport: { width: 360, height: 800 } });

  test('float above the bottom bar while the card fills the screen, settle below it, and pause with one tap', async ({ page }) => {
    await page.goto('/');
    // Idle: the controls sit in the page (nothing floats over the first-run screen).
    await expect(page.getByTestId('pause-resume')).toBeDisabled();
    expect((await pauseButtonPlace(page)).position).toBe('static');

    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t.length > 0);
    // The card at the top of the screen, as when reading along: the controls float, fully in view above the bar.
    await page.locator('section.now-playing').evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await expect.poll(async () => (await pauseButtonPlace(page)).position).toBe('sticky');
    const floating = await pauseButtonPlace(page);
    expect(floating.top).toBeGreaterThanOrEqual(0);
    expect(floating.bottom).toBeLessThanOrEqual(floating.navTop);
    expect(floating.reachable).toBe(true);

    // One tap pauses the briefing, without scrolling.
    const scrolled = await page.evaluate(() => scrollY);
    await page.getByTestId('pause-resume').click();
    await expect(page.getByTestId('status')).toHaveText('Paused');
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);

    // Scrolled to the end, the controls are back in their place below the card.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const settled = await pauseButtonPlace(page);
    const cardBottom = await page.locator('section.now-playing').evaluate((card) => card.getBoundingClientRect().bottom);
    expect(settled.top).toBeGreaterThan(cardBottom);
    expect(settled.reachable).toBe(true);
  });

  test('stay in the page when the screen is short (200% zoom)', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto('/');
    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t.length > 0);
    expect((await pauseButtonPlace(page)).position).toBe('static');
  });
});
