// Hands-free failures in words: refused or missing microphone, a model that does not load, no AudioWorklet.
import { expect, test } from './fixtures';

test.describe('when hands-free cannot listen', () => {
  test('a refused microphone is explained, and the buttons keep working', async ({ page, context }) => {
    await context.clearPermissions();
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.goto('/');
    await page.getByTestId('hands-free').check();
    await expect(page.getByTestId('hands-free-status')).toHaveAttribute('data-status', 'problem', { timeout: 15_000 });
    await expect(page.getByTestId('hands-free-status')).toContainText('may not use the microphone');
    await page.getByTestId('play-today').click();
    await expect(page.getByTestId('status')).toHaveClass(/status-speaking/);
  });

  test('no microphone is explained', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
    });
    await page.goto('/');
    await page.getByTestId('hands-free').check();
    await expect(page.getByTestId('hands-free-status')).toContainText('No microphone was found', { timeout: 15_000 });
  });

  test('a model that fails to load is explained', async ({ page, context }) => {
    await context.route('**/models/yamnet.tflite', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/');
    await page.getByTestId('hands-free').check();
    await expect(page.getByTestId('hands-free-status')).toContainText('The sound model could not load', { timeout: 15_000 });
    await page.getByTestId('play-today').click();
    await expect(page.getByTestId('status')).toHaveClass(/status-speaking/);
  });

  test('a browser without AudioWorklet is told what it lacks, in Vietnamese too', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { AudioWorkletNode?: unknown }).AudioWorkletNode;
    });
    await page.goto('/?lang=vi');
    await page.getByTestId('hands-free').check();
    await expect(page.getByTestId('hands-free-status')).toHaveText(/^Trình duyệt này thiếu AudioWorklet/);
  });
});
