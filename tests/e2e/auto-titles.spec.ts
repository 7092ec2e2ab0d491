// Automatic titles: after a chat's first exchange, the model that answered is asked for a short title
// (the test servers tell that request apart and answer it with `titleReply`); it replaces the title taken
// from the first message, in OpenAI-compatible and Ollama mode. The Settings checkbox turns it off, and a
// chat the user renamed keeps its name.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, modelPicker, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

const QUESTION = 'How do I sort a list in Python?';

const chatLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name, exact: true });

test('the model that answered names the chat after the first exchange; a reload keeps the name', async ({
  page,
  openai,
}) => {
  openai.behave({ titleReply: '**Title:** "Sorting lists in Python".' });
  await seedConnection(page, { server: 'llama.cpp', name: 'Local', baseUrl: openai.baseUrl });
  await sendMessage(page, QUESTION);
  await expect(assistantMessages(page).last()).toContainText('Hello from the OpenAI-compatible test server.');
  await expect(page.getByRole('heading', { level: 1, name: 'Sorting lists in Python' })).toBeVisible();
  await expect(chatLink(page, 'Sorting lists in Python')).toBeVisible();

  // one small request to the same model, kept out of the chat's turns
  expect(openai.titleRequests).toHaveLength(1);
  const body = openai.titleRequests[0]?.json as { model: string; max_tokens: number; messages: { content: string }[] };
  const chat = openai.requestsTo('/v1/chat/completions', 'POST')[0]?.json as { model: string };
  expect(body.model).toBe(chat.model);
  expect(body.max_tokens).toBe(24);
  expect(body.messages[0]?.content).toContain(QUESTION);
  expect(openai.requestsTo('/v1/chat/completions', 'POST')).toHaveLength(1);
  await expect(assistantMessages(page)).toHaveCount(1);

  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorting lists in Python' })).toBeVisible();
  // after a reload the model list loads again: Send waits for a model, as a user sees (CI once pressed Enter
  // before it came, and the message stayed in the box)
  await expect(modelPicker(page)).toHaveValue('test-model');

  // a later exchange asks nothing more and keeps the name
  await sendMessage(page, 'And in reverse?');
  await expect(assistantMessages(page)).toHaveCount(2);
  await waitForSaved(page);
  expect(openai.titleRequests).toHaveLength(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Sorting lists in Python' })).toBeVisible();
});

test('an Ollama connection names the chat too', async ({ page, ollama }) => {
  ollama.behave({ titleReply: 'Sorting with Ollama' });
  await seedConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url });
  await sendMessage(page, QUESTION);
  await expect(assistantMessages(page).last()).toContainText('Hello from the Ollama test server.');
  await expect(chatLink(page, 'Sorting with Ollama')).toBeVisible();
  expect(ollama.titleRequests).toHaveLength(1);
});

test('with the setting off, no title is asked for and the first message stays the title', async ({ page, openai }) => {
  openai.behave({ titleReply: 'Should not appear' });
  await openSettings(page);
  const box = page.getByRole('checkbox', { name: 'Name chats automatically with the model that answered' });
  await expect(box).toBeChecked();
  await box.uncheck();
  await addConnection(page, { server: 'llama.cpp', name: 'Local', baseUrl: openai.baseUrl });
  await page.reload();
  await expect(box).not.toBeChecked();
  await openChat(page);
  await sendMessage(page, QUESTION);
  await expect(assistantMessages(page).last()).toContainText('Hello from the OpenAI-compatible test server.');
  await waitForSaved(page);
  await expect(chatLink(page, QUESTION)).toBeVisible();
  expect(openai.titleRequests).toHaveLength(0);
});

test('a chat renamed before its first answer ends keeps its name', async ({ page, openai }) => {
  openai.behave({ titleReply: 'Should not appear', holdStream: true });
  await seedConnection(page, { server: 'llama.cpp', name: 'Local', baseUrl: openai.baseUrl });
  await sendMessage(page, QUESTION);
  await openai.waitForHold();
  await page
    .getByRole('navigation', { name: 'Chats' })
    .getByRole('button', { name: `Rename ${QUESTION}` })
    .click();
  await page.getByLabel('Chat title').fill('My sorting notes');
  await page.getByLabel('Chat title').press('Enter');
  await expect(chatLink(page, 'My sorting notes')).toBeVisible();
  openai.release();
  await expect(assistantMessages(page).last()).toContainText('Hello from the OpenAI-compatible test server.');
  await waitForSaved(page);
  await expect(page.getByRole('heading', { level: 1, name: 'My sorting notes' })).toBeVisible();
  expect(openai.titleRequests).toHaveLength(0);
});
