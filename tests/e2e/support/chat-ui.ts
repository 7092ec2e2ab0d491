// Drives the chat page by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export async function openChat(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Chat', exact: true }).click();
  await expect(modelPicker(page)).toBeVisible();
}

/**
 * The model picker: a combobox named "Model". Closed, it shows the chosen model and its server; open,
 * it is a text field that filters the listbox "Models" below it, which holds only the options in view.
 */
export function modelPicker(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Model', exact: true });
}

/** Opens the picker (when closed) and returns its listbox. */
export async function openModelList(page: Page): Promise<Locator> {
  const picker = modelPicker(page);
  if ((await picker.getAttribute('aria-expanded')) !== 'true') await picker.click();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  return page.getByRole('listbox', { name: 'Models' });
}

/** An option of the open picker by its visible label: model id (as shown) — connection name. */
export function modelOption(page: Page, modelId: string, connectionName: string): Locator {
  return page
    .getByRole('listbox', { name: 'Models' })
    .getByRole('option', { name: `${modelId} — ${connectionName}`, exact: true });
}

/** Whether the picker offers this model: opens it, types the id as a filter, counts the matching options. */
export async function modelOffered(page: Page, modelId: string, connectionName: string): Promise<number> {
  await openModelList(page);
  await modelPicker(page).fill(modelId);
  const count = await modelOption(page, modelId, connectionName).count();
  await page.keyboard.press('Escape');
  return count;
}

/** Picks a model by its visible label (model id as shown, and connection name): type to filter, click. */
export async function pickModel(page: Page, modelId: string, connectionName: string): Promise<void> {
  await openModelList(page);
  await modelPicker(page).fill(modelId);
  await modelOption(page, modelId, connectionName).click();
  await expect(modelPicker(page)).toHaveAttribute('aria-expanded', 'false');
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

/**
 * Scrolls the conversation to its first message. Only the messages near the view are on the page (a
 * virtual list that opens at the newest message), so a test that reads early messages goes there first.
 */
export async function scrollToFirstMessage(page: Page): Promise<void> {
  const list = page.locator('.messages');
  await list.evaluate((box) => box.scrollTo({ top: 0 }));
  await expect.poll(() => list.evaluate((box) => box.scrollTop)).toBe(0);
}
