// The races a real user runs into: leaving the page mid-stream, deleting a chat that is streaming,
// renaming in one tab while another streams, switching the edit form between connections.
import { expect, test } from './fixtures.ts';
import { assistantMessages, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, connectionCard, openSettings } from './support/settings-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

test('a stream keeps its Stop button after a visit to Settings', async ({ page, openai }) => {
  openai.behave({ holdStream: 2 });
  await seedConnection(page, { server: 'vLLM', name: 'Held', baseUrl: openai.baseUrl });
  await sendMessage(page, 'Keep going');
  await expect(assistantMessages(page).last()).toContainText('Hello from');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Chat', exact: true }).click();
  await page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: 'Keep going' }).click();
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  openai.release();
  await expect(assistantMessages(page).last()).toContainText('Hello from the OpenAI-compatible test server.');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
});

test('a chat deleted while it streams stays deleted', async ({ page, openai }) => {
  openai.behave({ holdStream: 2 });
  await seedConnection(page, { server: 'vLLM', name: 'Held', baseUrl: openai.baseUrl });
  await sendMessage(page, 'Delete me mid-stream');
  await expect(assistantMessages(page).last()).toContainText('Hello from');
  const chats = page.getByRole('navigation', { name: 'Chats' });
  await chats.getByRole('button', { name: 'Delete Delete me mid-stream' }).click();
  await expect(chats.getByRole('link', { name: 'Delete me mid-stream' })).toHaveCount(0);
  openai.release();
  await page.waitForTimeout(600); // longer than the save interval: a late write would have landed
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Chats' }).getByText('No chats yet.')).toBeVisible();
});

test('a rename in one tab survives another tab streaming into the same chat', async ({ page, context, openai }) => {
  openai.behave({ chunkDelayMs: 120 });
  await seedConnection(page, { server: 'vLLM', name: 'Slow', baseUrl: openai.baseUrl });
  await sendMessage(page, 'Original title');
  await expect(assistantMessages(page).last()).toContainText('Hello');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  const chats = other.getByRole('navigation', { name: 'Chats' });
  await chats.getByRole('button', { name: 'Rename Original title' }).click();
  await other.getByLabel('Chat title').fill('Renamed elsewhere');
  await other.getByLabel('Chat title').press('Enter');
  await expect(chats.getByRole('link', { name: 'Renamed elsewhere' })).toBeVisible();
  await expect(assistantMessages(page).last()).toContainText('Hello from the OpenAI-compatible test server.');
  await expect(page.getByRole('heading', { name: 'Renamed elsewhere' })).toBeVisible();
  await expect(assistantMessages(page).last()).toHaveAttribute('data-status', 'complete');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Renamed elsewhere' })).toBeVisible();
  await expect(assistantMessages(page).last()).toContainText('Hello from the OpenAI-compatible test server.');
});

test('the edit form shows the connection being edited, even when switching', async ({ page, openai, ollama }) => {
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Alpha', baseUrl: openai.baseUrl, apiKey: 'alpha-key' });
  await addConnection(page, { server: 'Ollama', name: 'Beta', baseUrl: ollama.url });
  await connectionCard(page, 'Alpha').getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Alpha');
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await connectionCard(page, 'Beta').getByRole('button', { name: 'Edit' }).click();
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Beta');
  await expect(form.getByLabel('Base URL', { exact: true })).toHaveValue(ollama.url);
  await expect(form.getByLabel('API key', { exact: true })).toHaveValue('');
});

test('closing the connection form gives focus back to the button that opened it', async ({ page, openai }) => {
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Focus', baseUrl: openai.baseUrl });
  await expect(page.getByRole('button', { name: 'Add connection', exact: true })).toBeFocused();
  const edit = connectionCard(page, 'Focus').getByRole('button', { name: 'Edit' });
  await edit.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeFocused();
});
