// Browser tests: the production build served by the app's own server, driven in the system Chromium.
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../scripts/find-chrome';

// Fails the run with install instructions when no browser exists: never a silent skip.
const executablePath = requireChrome();
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROME_ARGS },
    locale: 'en-US',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx tsx server/main.ts',
    cwd: '..',
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
