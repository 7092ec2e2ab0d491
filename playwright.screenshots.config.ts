// `npm run screenshots`: the README's pictures, taken from the built app against the test servers.
import base from './playwright.config.ts';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testDir: 'tests/screenshots', retries: 0, workers: 1, reporter: 'list' });
