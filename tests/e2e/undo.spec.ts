// Undo loses nothing: a deleted chat comes back with every message and branch (in this tab, in another
// open tab, after a reload), and so does a deleted message. Each path hands state to IndexedDB or to
// another tab, so each is driven here through the real app.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { storedMessageTexts } from './support/idb.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const userMessages = (page: Page) => page.getByRole('article', { name: 'You message' });
const chatList = (page: Page) => page.getByRole('navigation', { name: 'Chats' });

/** A chat "Keep me" with a question, two versions of its answer ("First answer", "Second answer") and a follow-up. */
async function chatWithBranches(page: Page, openai: { behave(b: { reply: string }): void; baseUrl: string }) {
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await openChat(page);
  openai.behave({ reply: 'First answer' });
  await sendMessage(page, 'Keep me');
  await expect(assistantMessages(page).last()).toContainText('First answer');
  openai.behave({ reply: 'Second answer' });
  await assistantMessages(page).last().getByRole('button', { name: 'Regenerate' }).click();
  await expect(assistantMessages(page).last()).toContainText('Second answer');
  openai.behave({ reply: 'Follow-up answer' });
  await sendMessage(page, 'And then?');
  await expect(assistantMessages(page).last()).toContainText('Follow-up answer');
  await waitForSaved(page);
}

/** The chat "Keep me" is open and whole: both answer versions, the follow-up on the second. */
async function expectWholeChat(page: Page) {
  await chatList(page).getByRole('link', { name: 'Keep me' }).click();
  await expect(userMessages(page)).toHaveCount(2);
  await expect(userMessages(page).first()).toContainText('Keep me');
  const answer = assistantMessages(page).first();
  await expect(answer).toContainText('Second answer');
  await expect(answer.getByLabel('Version 2 of 2')).toBeVisible();
  await expect(assistantMessages(page).last()).toContainText('Follow-up answer');
  await answer.getByRole('button', { name: 'Previous version' }).click();
  await expect(assistantMessages(page).first()).toContainText('First answer');
  await assistantMessages(page).first().getByRole('button', { name: 'Next version' }).click();
  await expect(assistantMessages(page).last()).toContainText('Follow-up answer');
  await expect(page.getByRole('alert')).toHaveCount(0);
}

async function storedTexts(page: Page): Promise<string[]> {
  return Object.values(await storedMessageTexts(page))
    .flat()
    .sort();
}

const ALL_TEXTS = ['And then?', 'First answer', 'Follow-up answer', 'Keep me', 'Second answer'];

test('a deleted chat comes back whole on Undo, and after a reload', async ({ page, openai }) => {
  await chatWithBranches(page, openai);
  await chatList(page).getByRole('button', { name: 'Delete Keep me' }).click();
  await expect(chatList(page).getByRole('link', { name: 'Keep me' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(chatList(page).getByRole('link', { name: 'Keep me' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => storedTexts(page)).toEqual(ALL_TEXTS);
  await expectWholeChat(page);

  await page.reload();
  await expectWholeChat(page);
});

test('another open tab shows the chat again after Undo', async ({ page, context, openai }) => {
  await chatWithBranches(page, openai);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(assistantMessages(other).last()).toContainText('Follow-up answer');

  await chatList(page).getByRole('button', { name: 'Delete Keep me' }).click();
  await expect(other.getByRole('heading', { name: 'This chat no longer exists' })).toBeVisible();
  await expect(chatList(other).getByRole('link', { name: 'Keep me' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  // the other tab, still on the chat's address, shows it again without a reload
  await expect(other.getByRole('heading', { name: 'This chat no longer exists' })).toHaveCount(0);
  await expect(assistantMessages(other).last()).toContainText('Follow-up answer');
  await expect(chatList(other).getByRole('link', { name: 'Keep me' })).toBeVisible();
  await expectWholeChat(other);
});

test('a deleted message comes back on Undo, in this tab, in another tab and after a reload', async ({
  page,
  context,
  openai,
}) => {
  test.slow(); // two tabs and a reload: about 20 s alone, over 30 s on two busy cores
  await chatWithBranches(page, openai);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(assistantMessages(other).last()).toContainText('Follow-up answer');

  // deleting the question takes its whole subtree (both answers and the follow-up)
  await userMessages(page).first().getByRole('button', { name: 'Delete message' }).click();
  await expect(userMessages(page)).toHaveCount(0);
  await expect(userMessages(other)).toHaveCount(0);
  await waitForSaved(page);
  await expect.poll(() => storedTexts(page)).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(assistantMessages(page).last()).toContainText('Follow-up answer');
  await waitForSaved(page);
  await expect.poll(() => storedTexts(page)).toEqual(ALL_TEXTS);
  await expectWholeChat(page);
  await expect(assistantMessages(other).last()).toContainText('Follow-up answer');
  await expectWholeChat(other);

  await page.reload();
  await expectWholeChat(page);
});

test('chat settings chosen before the first message are saved with the new chat', async ({ page, openai }) => {
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await openChat(page);
  await page.getByRole('button', { name: 'Chat settings' }).click();
  await page.getByRole('spinbutton', { name: 'Max tokens' }).fill('77');
  await page.getByRole('button', { name: 'Apply' }).click();
  await sendMessage(page, 'With settings');
  await expect(assistantMessages(page).last()).toContainText('Hello');
  await waitForSaved(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await chatList(page).getByRole('link', { name: 'With settings' }).click();
  await page.getByRole('button', { name: 'Chat settings' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Max tokens' })).toHaveValue('77');
});
