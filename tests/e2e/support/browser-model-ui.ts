// The model in this browser, driven like a person would: the test GGUF opened from a file in Settings.
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect } from '../fixtures.ts';
import { openSettings } from './settings-ui.ts';

export const TINY_MODEL = fileURLToPath(new URL('../../fixtures/models/tiny-random.gguf', import.meta.url));
/** Loading WASM on a busy 2-core machine can take many seconds: generous, never timed. */
export const LOAD = { timeout: 120_000 };

export async function openModelFile(page: Page): Promise<void> {
  await openSettings(page);
  await page.getByLabel('Open a GGUF file from this computer').setInputFiles(TINY_MODEL);
  await expect(page.getByRole('status').filter({ hasText: 'tiny-random.gguf' })).toContainText('is ready', LOAD);
}
