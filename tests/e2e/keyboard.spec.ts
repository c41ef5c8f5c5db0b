// The keyboard alone: a whole briefing played, steered, sped up, replayed from History and the shortcuts list opened
// and closed, with page.keyboard only (no clicks). Focus is visible after every Tab, and Tab never gets stuck.
import type { Page } from '@playwright/test';
import { expect, speechLog, test, waitForSpoken } from './fixtures';

/** Where focus is: a stable id per element (0 = outside the page), and whether a focus ring is drawn. */
interface Focus {
  id: number;
  testId: string | null;
  where: string;
  /** False when focus left the page (the browser's own controls after the last element). */
  inPage: boolean;
  ring: boolean;
  inDialog: boolean;
}

async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const w = window as unknown as { __focusIds?: WeakMap<Element, number>; __focusNext?: number };
    const ids = (w.__focusIds ??= new WeakMap());
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { id: 0, testId: null, where: 'outside the page', inPage: false, ring: false, inDialog: false };
    if (!ids.has(el)) ids.set(el, (w.__focusNext = (w.__focusNext ?? 0) + 1));
    // Every focus rule in styles.css draws an outline. A box-shadow alone is not taken as a ring: the Talk button and
    // the chosen language carry one without focus.
    const outlined = (e: Element) => {
      const cs = getComputedStyle(e);
      return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)';
    };
    // A control drawn by something else (the hidden file input and its label) shows its ring there.
    const rect = el.getBoundingClientRect();
    const hidden = getComputedStyle(el).opacity === '0' || rect.width <= 1 || rect.height <= 1;
    const labels = 'labels' in el && el.labels instanceof NodeList ? [...(el.labels as NodeListOf<HTMLLabelElement>)] : [];
    const ring = el.matches(':focus-visible') && (hidden ? labels.some(outlined) : outlined(el));
    const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
    return {
      id: ids.get(el)!,
      testId: el.getAttribute('data-testid'),
      where: `<${el.tagName.toLowerCase()}${el.dataset.testid ? ` data-testid=${el.dataset.testid}` : ''}> “${name.trim().slice(0, 40)}”`,
      inPage: true,
      ring,
      inDialog: el.closest('dialog') !== null,
    };
  });
}

/** Presses Tab once and checks that the element it lands on shows where focus is. */
async function tab(page: Page): Promise<Focus> {
  await page.keyboard.press('Tab');
  const f = await focused(page);
  if (f.inPage) expect(f.ring, `a visible focus ring on ${f.where}`).toBe(true);
  return f;
}

/** Tabs forward until the element with that test id has focus. */
async function tabTo(page: Page, testId: string, max = 80): Promise<Focus> {
  for (let i = 0; i < max; i++) {
    const f = await tab(page);
    if (f.testId === testId) return f;
  }
  throw new Error(`${max} presses of Tab never reached data-testid=${testId}`);
}

const logLength = async (page: Page) => (await speechLog(page)).length;

/** Waits until an utterance starts at that rate after a log length (a sentence may start at the old rate first). */
async function waitForRate(page: Page, rate: number, after: number) {
  await expect
    .poll(async () => (await speechLog(page)).slice(after).some((e) => e.type === 'start' && e.text.trim() !== '' && e.rate === rate), { timeout: 10_000 })
    .toBe(true);
}

/** Opens the app and waits until the sample edition is on the device. */
async function open(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
}

// A slow scripted voice: the briefing is still on its first stories while the keys are pressed.
test.use({ msPerChar: 30 });

test('a whole briefing with the keyboard alone: play, next, previous, pause, resume, faster, slower, replay from History, the shortcuts list', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page);
  const status = page.getByTestId('status');
  const position = page.getByTestId('position');
  const rate = page.getByTestId('rate');

  // Tab to "Play today's briefing" and press Enter.
  await tabTo(page, 'play-today');
  let mark = await logLength(page);
  await page.keyboard.press('Enter');
  const first = await waitForSpoken(page, () => true, mark);
  await expect(status).toHaveText('Speaking');
  await expect(position).toHaveText(/^1 of \d+$/, { timeout: 20_000 });
  const count = Number(/of (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
  expect(count, 'stories in today’s briefing').toBeGreaterThan(2);

  // L next, J previous.
  await page.keyboard.press('l');
  await expect(position).toHaveText(`2 of ${count}`);
  await page.keyboard.press('j');
  await expect(position).toHaveText(`1 of ${count}`);

  // K pauses, K resumes.
  await page.keyboard.press('k');
  await expect(status).toHaveText('Paused');
  await page.keyboard.press('k');
  await expect(status).toHaveText('Speaking');

  // + (Shift and =) speaks faster at once; - slower again.
  mark = await logLength(page);
  await page.keyboard.press('Shift+Equal');
  await expect(rate).toHaveText('Speed 1.25×');
  await waitForRate(page, 1.25, mark);
  mark = await logLength(page);
  await page.keyboard.press('Minus');
  await expect(rate).toHaveCount(0);
  await waitForRate(page, 1, mark);
  mark = await logLength(page);
  await page.keyboard.press('Equal');
  await expect(rate).toHaveText('Speed 1.25×');
  await waitForRate(page, 1.25, mark);

  // History: Tab to its link in the navigation bar, Enter: the History screen, its heading focused.
  await tabTo(page, 'nav-history');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-history')).toBeVisible();
  // Tab to the briefing's Play button, Enter: the same script starts again from its first sentence.
  await expect(page.getByTestId('history-entry')).toHaveCount(1);
  const replay = await tabTo(page, 'history-play');
  mark = await logLength(page);
  await page.keyboard.press('Enter');
  await waitForSpoken(page, (t) => t === first.text, mark);

  // ? (Shift and /) opens the shortcuts list; focus moves into it.
  await page.keyboard.press('Shift+Slash');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const shortcuts = dialog.getByTestId('shortcut');
  await expect(shortcuts).toHaveCount(9);
  for (const [keys, what] of [
    ['Space', 'Talk'],
    ['K or P', 'Pause or resume'],
    ['J or ←', 'Previous story'],
    ['L or →', 'Next story'],
    ['R', 'Repeat'],
    ['+', 'Faster'],
    ['−', 'Slower'],
    ['Esc', 'Stop'],
    ['?', 'Show these shortcuts'],
  ]) {
    await expect(shortcuts.filter({ hasText: what }).locator('dt')).toHaveText(keys);
  }
  const inside = await focused(page);
  expect(inside.inDialog, `focus in the dialog, not on ${inside.where}`).toBe(true);
  expect(inside.ring, `a visible focus ring on ${inside.where}`).toBe(true);

  // While it is open the app's keys rest: K does not pause, and Esc only closes the list, focus going back.
  await page.keyboard.press('k');
  mark = await logLength(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await focused(page)).id, 'focus back on History’s Play button').toBe(replay.id);
  // The next sentence comes (one of up to 200 characters takes ~5 s with this voice).
  await waitForSpoken(page, () => true, mark, 15_000);

  // Esc with the list closed stops, as it always did; Now playing (by its link) says so.
  await page.keyboard.press('Escape');
  await tabTo(page, 'nav-now');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-now')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('Ready');
});

test('focus is always visible and Tab never gets stuck, while a briefing plays; the header button opens the list and Space closes it', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page);
  // Playing, so the transport and the options have their buttons too.
  await tabTo(page, 'play-today');
  await page.keyboard.press('Enter');
  const status = page.getByTestId('status');
  await expect(status).toHaveText('Speaking');

  const seen: Focus[] = [];
  for (let i = 0; i < 60; i++) seen.push(await tab(page));
  const distinct = new Set(seen.map((f) => f.id));
  expect(distinct.size, 'places Tab reached').toBeGreaterThan(15);
  for (let i = 1; i < seen.length; i++) {
    expect(seen[i].id === seen[i - 1].id, `Tab stayed on ${seen[i].where}`).toBe(false);
  }
  // The cycle comes round: whatever Tab reached first it reaches again.
  expect(seen.slice(1).some((f) => f.id === seen[0].id), `Tab came back to ${seen[0].where}`).toBe(true);
  expect(seen.some((f) => f.testId === 'nav-history')).toBe(true);
  expect(seen.some((f) => f.testId === 'pause-resume')).toBe(true);

  // The header button (found by Tab), Enter: the list opens with focus on Close.
  const button = await tabTo(page, 'shortcuts-open');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const close = await focused(page);
  expect(close.testId).toBe('shortcuts-close');
  expect(close.ring, 'a visible focus ring on Close').toBe(true);
  // Space presses Close (it is not taken as Talk while the list is open); focus returns to the header button.
  await page.keyboard.press('Space');
  await expect(dialog).toBeHidden();
  expect((await focused(page)).id).toBe(button.id);
  await expect(status).toHaveText('Speaking');
  expect(await page.evaluate(() => (window as unknown as { __recognition: { active: boolean } }).__recognition.active), 'not listening').toBe(false);
});

test('the shortcuts list speaks Vietnamese in the Vietnamese interface', async ({ page }) => {
  await open(page, '/?lang=vi');
  await page.keyboard.press('Shift+Slash');
  const dialog = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('shortcut').filter({ hasText: 'Đọc nhanh hơn' }).locator('dt')).toHaveText('+');
  await expect(dialog.getByTestId('shortcut').filter({ hasText: 'Tạm dừng hoặc tiếp tục' }).locator('dt')).toHaveText('K hoặc P');
  await expect(dialog.getByRole('button', { name: 'Đóng' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('status')).toHaveText('Sẵn sàng');
});
