// Browser tests: the production build served by the app's own server, driven in the system Chromium,
// with scripted speech in and out (no audio system needed).
import { defineConfig } from '@playwright/test';
import { suiteConfig } from './playwright-base';

export default defineConfig({
  ...suiteConfig({ testDir: './e2e', outputDir: '../test-results', port: Number(process.env.E2E_PORT ?? 4174), root: '..' }),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
});
