// Browser tests with REAL speech synthesis (run through `npm run test:speech`, which provides the audio stack).
import { defineConfig } from '@playwright/test';
import { suiteConfig } from '../playwright-base';

export default defineConfig({
  ...suiteConfig({
    testDir: '.',
    outputDir: '../../test-results/speech',
    port: Number(process.env.SPEECH_E2E_PORT ?? 4175),
    root: '../..',
    extraArgs: ['--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required'],
  }),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One speech engine serves every page: tests take turns.
  workers: 1,
});
