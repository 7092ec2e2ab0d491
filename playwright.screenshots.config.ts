// `npm run screenshots`: the README's pictures, taken from the built app against the test servers.
import base from './playwright.config.ts';
import { defineConfig } from '@playwright/test';
import { onFullChromium } from './tests/chromium-path.ts';

// taken with the whole browser, as users see the app (the browser tests use the lighter headless shell)
export default defineConfig({
  ...base,
  use: { ...base.use, launchOptions: onFullChromium(base.use?.launchOptions ?? {}) },
  testDir: 'tests/screenshots',
  retries: 0,
  workers: 1,
  reporter: 'list',
});
