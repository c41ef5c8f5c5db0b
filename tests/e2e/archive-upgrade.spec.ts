// An archive written by the previous layout (2: no term index, no counter, day entries without story numbers) is
// brought up to date on the next start, in Chromium's own IndexedDB (the check in a worker): its stories are counted, searched and found by
// topic through the term index the start wrote for them.
import { expect, goTo, test } from './fixtures';

test('a layout-2 archive is upgraded on start: counted, searched and found by topic', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
  // Write two stories the way layout 2 did, straight into the app's database, and stamp it layout 2.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('earshot-news');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('kv', 'readwrite');
    const os = tx.objectStore('kv');
    const day = new Date().toISOString().slice(0, 10);
    const at = Date.now() - 60_000;
    const stories = [
      { id: 'old:1', title: 'Quantum chip startup raises money', text: 'A maker of quantum processors raised funds.', url: 'https://old.example/1' },
      { id: 'old:2', title: 'Ruộng lúa thông minh', text: 'Nông dân dùng cảm biến để tưới.', url: 'https://old.example/2' },
    ].map((s, i) => ({ ...s, source: 'Old Wire', publishedAt: at - i, lang: i === 0 ? 'en' : 'vi', sourceId: 'old-feed' }));
    const dayList = await new Promise<unknown[]>((resolve) => {
      const r = os.get(`d:${day}`);
      r.onsuccess = () => resolve((r.result as unknown[] | undefined) ?? []);
    });
    for (const s of stories) {
      os.put(s, `s:${s.id}`);
      os.put(s.id, `u:old.example/${s.id.slice(4)}`);
    }
    os.put([...dayList, ...stories.map((s) => [s.id, s.publishedAt])], `d:${day}`);
    os.put(stories.map((s) => s.id), `x:old-feed\x01${day}`);
    os.put(2, 'm:schema');
    os.delete('m:count');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });

  // The check runs in a worker of its own, so its work never holds the page (verify-runner.ts).
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.reload();
  await expect(page.getByTestId('story-count')).toHaveText(/34/);
  expect(workers.filter((url) => /verify-worker/.test(url))).toHaveLength(1);
  await goTo(page, 'stories');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('quant');
  await expect(page.getByTestId('story-search-status')).toHaveText('1 story matches “quant”.');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('ruong lua');
  await expect(page.getByTestId('story-search-status')).toHaveText('1 story matches “ruong lua”.');
});

test('a layout-4 archive (no head buckets) is listed on the Stories screen at once and has its buckets built on start', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
  /** Runs on the app's database: the keys of the head buckets, after removing them and stamping the layout when asked. */
  const headKeys = (downgrade: boolean) =>
    page.evaluate(async (downgrade) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('earshot-news');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('kv', downgrade ? 'readwrite' : 'readonly');
      const os = tx.objectStore('kv');
      const heads = IDBKeyRange.bound('h:', 'h:\uffff');
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const r = os.getAllKeys(heads);
        r.onsuccess = () => resolve(r.result);
      });
      if (downgrade) {
        os.delete(heads);
        os.put(4, 'm:schema');
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return keys.map(String);
    }, downgrade);
  const built = await headKeys(true);
  expect(built.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
  await goTo(page, 'stories');
  await page.getByRole('tab', { name: 'By day' }).click();
  await expect(page.getByTestId('story-row').first()).toBeVisible();
  // The sample edition spans fewer than 8 days: every bucket is built again.
  await expect.poll(() => headKeys(false)).toEqual(built);
});
