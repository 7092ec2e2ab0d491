// The model in this browser (issue 18): a GGUF opened from a file loads in the engine's WebAssembly worker,
// an answer streams with its speed, Stop ends one at once, and the answer survives a reload. The test model
// has random weights (any tokens) and never ends on its own, so every answer here is ended with Stop.
// Loading WASM on a busy 2-core machine can take many seconds: the waits are generous, never timed.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { LOAD, openModelFile } from './support/browser-model-ui.ts';

test.describe.configure({ timeout: 240_000 });

async function setMaxTokens(page: Page, value: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Chat settings' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const field = page
    .getByRole('complementary', { name: 'Chat settings' })
    .getByRole('spinbutton', { name: 'Max tokens' });
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(value);
}

test('a GGUF opened from a file answers in the page, shows its speed, and the answer survives a reload', async ({
  page,
}) => {
  await page.goto('./');
  await openModelFile(page);
  await expect(page.getByTestId('engine-backend')).toContainText('Runs on:');
  await expect(page.getByRole('list', { name: 'Models in this browser' })).toContainText('tiny-random.gguf');

  await openChat(page);
  await pickModel(page, 'tiny-random.gguf', 'This browser');
  await sendMessage(page, 'Hello, model in the page');
  const answer = assistantMessages(page).last();
  const body = answer.locator('.markdown').first();
  // a few pieces in, then Stop: the test model never ends on its own
  await expect.poll(async () => (await body.innerText()).trim().split(/\s+/).length, LOAD).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(answer.getByText(/tok\/s/)).toBeVisible();
  const text = (await body.innerText()).trim();
  await waitForSaved(page);

  await page.reload();
  await expect(assistantMessages(page).last()).toContainText(text.slice(0, 20), LOAD);
});

test('Stop ends an answer from the model in this browser at once and keeps its text', async ({ page }) => {
  await page.goto('./');
  await openModelFile(page);
  await openChat(page);
  await pickModel(page, 'tiny-random.gguf', 'This browser');
  await setMaxTokens(page, '100000'); // the context (4,096 tokens) ends it long after Stop
  await sendMessage(page, 'Talk for a long time');
  const answer = assistantMessages(page).last();
  await expect(answer.locator('.markdown').first()).not.toBeEmpty(LOAD);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(answer.getByRole('status')).toHaveText('Stopped');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
  // the engine is free again: a second answer streams
  await sendMessage(page, 'And now another one');
  await expect(assistantMessages(page).last().locator('.markdown').first()).not.toBeEmpty(LOAD);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(assistantMessages(page).last().getByRole('status')).toHaveText('Stopped');
});
