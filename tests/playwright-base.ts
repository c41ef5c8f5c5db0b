// What both browser suites share: the system Chromium, the app's own server on the built app, Hanoi time.
import type { PlaywrightTestConfig } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../scripts/find-chrome';

export interface SuiteOptions {
  /** Folder of the specs, relative to the config file. */
  testDir: string;
  outputDir: string;
  port: number;
  /** Root of the project, relative to the config file (the server runs there). */
  root: string;
  extraArgs?: string[];
}

/** A config for one suite. Fails with install instructions when no Chromium exists: never a silent skip. */
export function suiteConfig({ testDir, outputDir, port, root, extraArgs = [] }: SuiteOptions): PlaywrightTestConfig {
  const executablePath = requireChrome();
  return {
    testDir,
    outputDir,
    forbidOnly: true,
    retries: 0,
    reporter: [['list']],
    use: {
      baseURL: `http://localhost:${port}`,
      browserName: 'chromium',
      launchOptions: { executablePath, args: [...CHROME_ARGS, ...extraArgs] },
      locale: 'en-US',
      timezoneId: 'Asia/Ho_Chi_Minh',
      trace: 'retain-on-failure',
    },
    webServer: {
      command: 'npx tsx server/main.ts',
      cwd: root,
      // The feed route refuses loopback addresses; the browser tests' feed servers run on 127.0.0.1.
      env: { PORT: String(port), EARSHOT_ALLOW_LOOPBACK_FEEDS: '1' },
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  };
}
