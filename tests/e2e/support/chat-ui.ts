// Drives the chat page by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export async function openChat(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Chat', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Model' })).toBeVisible();
}

/** Picks a model by its visible option text (model id and connection name). */
export async function pickModel(page: Page, modelId: string, connectionName: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Model' });
  await expect(picker.locator('option', { hasText: `${modelId} — ${connectionName}` })).toHaveCount(1);
  await picker.selectOption({ label: `${modelId} — ${connectionName}` });
}

export async function sendMessage(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
}

export function messages(page: Page): Locator {
  return page.getByRole('article');
}

export function assistantMessages(page: Page): Locator {
  return page.getByRole('article', { name: 'Assistant message' });
}

/** Waits until the open chat's latest state is in IndexedDB (the header says "Saved"). */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}
