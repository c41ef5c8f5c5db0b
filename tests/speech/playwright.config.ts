// Browser tests with REAL speech synthesis (run through `npm run test:speech`, which provides the audio stack).
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome';

const executablePath = requireChrome();
const PORT = Number(process.env.SPEECH_E2E_PORT ?? 4175);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/speech',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One speech engine serves every page: tests take turns.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: [...CHROME_ARGS, '--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required'] },
    locale: 'en-US',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx tsx server/main.ts',
    cwd: '../..',
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
