// Fills a page's IndexedDB with the synthetic library through the app's own "Import feed" input (on the Sources
// screen), a feed at a time, as a person importing their readers' exports would; shared by the browser benchmarks.
import type { Page } from '@playwright/test';
import { syntheticItems } from './synthetic-news';

/** Imports `stories` synthetic stories over the `days` days before `now`, split into `feeds` JSON Feeds; ends on Now playing. */
export async function importSyntheticLibrary(page: Page, { stories, days, feeds, now }: { stories: number; days: number; feeds: number; now: number }): Promise<void> {
  await page.getByTestId('nav-sources').click();
  const items = syntheticItems(stories, now, days);
  const per = Math.ceil(items.length / feeds);
  for (let f = 0; f < feeds; f++) {
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: `Bench Wire ${f + 1}`, items: items.slice(f * per, (f + 1) * per) };
    await page.getByLabel('Import feed').setInputFiles({ name: `bench-${f}.json`, mimeType: 'application/feed+json', buffer: Buffer.from(JSON.stringify(feed)) });
    const notice = page.getByTestId('notice');
    await notice.filter({ hasText: `from Bench Wire ${f + 1}` }).waitFor({ timeout: 120_000 });
    const text = (await notice.textContent()) ?? '';
    if (!text.includes(`Added ${feed.items.length.toLocaleString('en-US')}`) && !text.includes(`Added ${feed.items.length}`)) throw new Error(`import ${f + 1} failed: ${text}`);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  await page.getByTestId('nav-now').click();
  await page.getByTestId('talk').waitFor();
}
