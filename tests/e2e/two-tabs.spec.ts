// Two tabs of the app on one origin write at the same time — to different conversations, and to the
// same one — and after a reload of both, every message is still there, in both tabs and in IndexedDB.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { allStoredTexts } from './support/idb.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const REPLY = 'Hello from the OpenAI-compatible test server.';

const userMessages = (page: Page) => page.getByRole('article', { name: 'You message' });

/**
 * Both messages can be read in this tab. A tab that saw the other's message before sending answers
 * after it (one line of messages); two truly simultaneous sends become two versions of the next turn.
 */
async function seesBoth(page: Page, a: string, b: string): Promise<void> {
  const last = () => userMessages(page).last();
  await expect(last()).toContainText(new RegExp(`${a}|${b}`));
  if (
    (await last()
      .getByLabel(/^Version [12] of 2$/)
      .count()) === 0
  ) {
    await expect(userMessages(page).filter({ hasText: a })).toHaveCount(1);
    await expect(userMessages(page).filter({ hasText: b })).toHaveCount(1);
    await expect(assistantMessages(page)).toHaveCount(3);
    return;
  }
  const shown = (await last().textContent())?.includes(a) ? a : b;
  const hidden = shown === a ? b : a;
  const next = last().getByRole('button', { name: 'Next version' });
  await ((await next.isDisabled()) ? last().getByRole('button', { name: 'Previous version' }) : next).click();
  await expect(last()).toContainText(hidden);
  await expect(assistantMessages(page).last()).toContainText(REPLY);
}

test('two tabs write different conversations at the same time; both survive a reload of both tabs', async ({
  page,
  context,
  openai,
}) => {
  openai.behave({ chunkDelayMs: 40 });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Shared', baseUrl: openai.baseUrl });
  const other = await context.newPage();
  await other.goto('./#/chat');
  await openChat(page);
  await Promise.all([sendMessage(page, 'Only in tab one'), sendMessage(other, 'Only in tab two')]);
  for (const tab of [page, other]) await expect(assistantMessages(tab).last()).toContainText(REPLY);
  // each tab's chat list shows the other tab's new chat without a reload
  for (const tab of [page, other]) {
    const chats = tab.getByRole('navigation', { name: 'Chats' });
    for (const title of ['Only in tab one', 'Only in tab two'])
      await expect(chats.getByRole('link', { name: title })).toBeVisible();
  }
  await Promise.all([waitForSaved(page), waitForSaved(other)]);
  expect(await allStoredTexts(page)).toEqual(expect.arrayContaining(['Only in tab one', 'Only in tab two']));

  await Promise.all([page.reload(), other.reload()]);
  for (const tab of [page, other]) {
    const chats = tab.getByRole('navigation', { name: 'Chats' });
    for (const title of ['Only in tab one', 'Only in tab two']) {
      await chats.getByRole('link', { name: title }).click();
      await expect(userMessages(tab).last()).toContainText(title);
      await expect(assistantMessages(tab).last()).toContainText(REPLY);
    }
  }
});

test('two tabs each send a message into the same conversation at once; neither message is lost', async ({
  page,
  context,
  openai,
}) => {
  test.setTimeout(60_000);
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Shared', baseUrl: openai.baseUrl });
  await openChat(page);
  await sendMessage(page, 'Shared start');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await waitForSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(assistantMessages(other).last()).toContainText(REPLY);

  openai.behave({ chunkDelayMs: 40 }); // the two answers stream at the same time
  await Promise.all([sendMessage(page, 'From tab A'), sendMessage(other, 'From tab B')]);
  for (const tab of [page, other]) {
    await expect(assistantMessages(tab).last()).toHaveAttribute('data-status', 'complete');
    await waitForSaved(tab);
  }
  const stored = await allStoredTexts(page);
  expect(stored).toEqual(expect.arrayContaining(['Shared start', 'From tab A', 'From tab B']));
  expect(stored.filter((t) => t === REPLY)).toHaveLength(3);

  await Promise.all([page.reload(), other.reload()]);
  for (const tab of [page, other]) {
    await expect(userMessages(tab).first()).toContainText('Shared start');
    await seesBoth(tab, 'From tab A', 'From tab B');
  }
});

test('two stale tabs (no change notices between them) write the same conversation; the merge keeps both turns', async ({
  page,
  context,
  openai,
}) => {
  test.setTimeout(60_000);
  // without BroadcastChannel neither tab hears of the other's writes: both write from the same old copy
  await context.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Shared', baseUrl: openai.baseUrl });
  await openChat(page);
  await sendMessage(page, 'Shared start');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await waitForSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(assistantMessages(other).last()).toContainText(REPLY);

  await sendMessage(page, 'From tab A');
  await expect(assistantMessages(page)).toHaveCount(2);
  await expect(assistantMessages(page).last()).toHaveAttribute('data-status', 'complete');
  await waitForSaved(page);
  await sendMessage(other, 'From tab B'); // this tab still shows the conversation without tab A's turn
  await expect(assistantMessages(other)).toHaveCount(2);
  await expect(assistantMessages(other).last()).toHaveAttribute('data-status', 'complete');
  await waitForSaved(other);
  const stored = await allStoredTexts(page);
  expect(stored).toEqual(expect.arrayContaining(['Shared start', 'From tab A', 'From tab B']));
  expect(stored.filter((t) => t === REPLY)).toHaveLength(3);

  await Promise.all([page.reload(), other.reload()]);
  for (const tab of [page, other]) {
    await expect(
      userMessages(tab)
        .last()
        .getByLabel(/^Version [12] of 2$/),
    ).toBeVisible();
    await seesBoth(tab, 'From tab A', 'From tab B');
  }
});

test('a chats file imported in one tab shows up in the other tab’s chat list without a reload', async ({
  page,
  context,
}) => {
  const at = 1_700_000_000_000;
  const conversation = {
    schema_version: 1,
    id: 'imported-1',
    title: 'Brought in from a file',
    created_at: at,
    updated_at: at + 1,
    nodes: {
      u1: { id: 'u1', children: ['a1'], role: 'user', content: 'Hello there', status: 'complete', created_at: at },
      a1: {
        id: 'a1',
        parent_id: 'u1',
        children: [],
        role: 'assistant',
        content: 'Hi',
        status: 'complete',
        created_at: at + 1,
      },
    },
    root_ids: ['u1'],
    current_leaf_id: 'a1',
  };
  const file = { format: 'switchboard-chats', version: 1, exported_at: at, includes_api_keys: false };
  await page.goto('./#/chat');
  const other = await context.newPage();
  await other.goto('./#/chat');
  const otherChats = other.getByRole('navigation', { name: 'Chats' });
  await expect(otherChats).toContainText('No chats yet.');

  await page.getByLabel('Import chats file').setInputFiles({
    name: 'chats.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...file, conversations: [conversation] })),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 chat.' })).toBeVisible();
  await expect(otherChats.getByRole('link', { name: 'Brought in from a file' })).toBeVisible();
});
