// Full backup and restore: one file with every connection and chat, restored into an empty browser
// profile; malformed files are refused with a clear error and change nothing.
import { readFile } from 'node:fs/promises';
import { APP_URL, expect, test } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { allStoredTexts } from './support/idb.ts';
import { addConnection, connectionCard, openSettings, statusOf } from './support/settings-ui.ts';
import { conversationOf, userNode } from '../../src/lib/conversation/testing/builders.ts';

const REPLY = 'Hello from the OpenAI-compatible test server.';

async function restore(page: import('@playwright/test').Page, name: string, text: string | Buffer): Promise<void> {
  await page
    .getByLabel('Backup file to restore')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

test('a full backup restores every connection (with its key) and chat into a fresh browser profile', async ({
  page,
  browser,
  openai,
  startServer,
}) => {
  test.setTimeout(60_000);
  const locked = await startServer('openai', { requireKey: 'sk-backup-test', models: ['locked-model'] });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Open box', baseUrl: openai.baseUrl });
  await addConnection(page, { server: 'vLLM', name: 'Locked box', baseUrl: locked.baseUrl, apiKey: 'sk-backup-test' });
  await openChat(page);
  await sendMessage(page, 'Backed up question');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await waitForSaved(page);

  await openSettings(page);
  const backup = page.getByRole('region', { name: 'Backup and restore' });
  await backup.getByLabel('Include API keys').check();
  const downloading = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Download full backup' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const doc = JSON.parse(text);
  expect(doc).toMatchObject({ format: 'switchboard-backup', version: 1, includes_api_keys: true });
  expect(doc.connections).toHaveLength(2);
  expect(doc.conversations).toHaveLength(1);
  expect(text).toContain('sk-backup-test');

  // a new context has its own, empty IndexedDB: like another browser
  const fresh = await browser.newContext({ baseURL: APP_URL });
  const other = await fresh.newPage();
  await openSettings(other);
  await expect(other.getByRole('heading', { name: 'Add your first server' })).toBeVisible();
  await restore(other, 'backup.json', text);
  await expect(other.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    'Restored 2 connections (with API keys) and 1 new chat.',
  );
  await expect(statusOf(connectionCard(other, 'Open box'))).toHaveText(/Online/);
  // the key came back: the server that requires it lists its model
  await expect(statusOf(connectionCard(other, 'Locked box'))).toHaveText(/Online/);
  await openChat(other);
  await other.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: 'Backed up question' }).click();
  await expect(assistantMessages(other).last()).toContainText(REPLY);
  await expect(other.getByRole('article').filter({ hasText: 'Backed up question' })).toBeVisible();
  await fresh.close();
});

test('malformed backups are refused with a clear error and change nothing', async ({ page, openai }) => {
  test.setTimeout(60_000);
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Keep me', baseUrl: openai.baseUrl });
  await openChat(page);
  await sendMessage(page, 'Existing chat');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await waitForSaved(page);
  await openSettings(page);
  const storedBefore = (await allStoredTexts(page)).sort();

  const valid = {
    format: 'switchboard-backup',
    version: 1,
    exported_at: 1,
    includes_api_keys: false,
    connections: [
      {
        id: 'n1',
        name: 'Intruder',
        mode: 'ollama',
        base_url: 'http://localhost:11434',
        enabled: true,
        created_at: 1,
        updated_at: 1,
      },
    ],
    conversations: [
      conversationOf([userNode('u', { content: 'partial import' })], {
        id: 'good',
        title: 'Should not appear',
        created_at: 1,
        updated_at: 1,
      }),
    ],
  };
  const files: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "switchboard-backup", ', /not JSON/],
    ['a newer version', JSON.stringify({ ...valid, version: 7 }), /version 7, made by a newer Switchboard/],
    [
      'a chats export',
      JSON.stringify({ format: 'switchboard-chats', version: 1, conversations: [] }),
      /chats export, not a full backup/,
    ],
    ['no includes_api_keys', JSON.stringify({ ...valid, includes_api_keys: undefined }), /includes API keys/],
    [
      'the second chat broken',
      JSON.stringify({ ...valid, conversations: [...valid.conversations, { id: 'bad', title: 3 }] }),
      /conversations\[1\]\.title must be text/,
    ],
    [
      'a connection with a javascript: URL',
      JSON.stringify({ ...valid, connections: [{ ...valid.connections[0], base_url: 'javascript:alert(1)' }] }),
      /connections\[0\]\.base_url must be an http/,
    ],
    ['an empty file', '', /empty/],
  ];
  const alert = page.getByRole('region', { name: 'Backup and restore' }).getByRole('alert');
  for (const [name, text, error] of files) {
    await test.step(name, async () => {
      await restore(page, `${name}.json`, text);
      await expect(alert).toHaveText(error);
      await expect(alert).toContainText('Nothing was changed.');
      // reset the message so the next file's error is its own
      await restore(page, 'placeholder.json', '[]');
      await expect(alert).toHaveText(/expected a JSON object/);
    });
  }
  await expect(page.getByRole('article', { name: 'Intruder' })).toHaveCount(0);
  await page.reload();
  await expect(connectionCard(page, 'Keep me')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Intruder' })).toHaveCount(0);
  expect((await allStoredTexts(page)).sort()).toEqual(storedBefore);
  await openChat(page);
  await expect(page.getByRole('navigation', { name: 'Chats' }).getByRole('link')).toHaveText(['Existing chat']);
});

test('a keyless backup that moves a keyed connection to another address does not take its key along', async ({
  page,
  startServer,
}) => {
  test.setTimeout(60_000);
  const home = await startServer('openai', { requireKey: 'sk-stays-home', models: ['home-model'] });
  const elsewhere = await startServer('openai', { models: ['elsewhere-model'] });
  await openSettings(page);
  const card = await addConnection(page, {
    server: 'vLLM',
    name: 'Paid box',
    baseUrl: home.baseUrl,
    apiKey: 'sk-stays-home',
  });
  await expect(statusOf(card)).toHaveText(/Online/);

  // a backup without keys, as one shares it: it still names the connection's id
  const backup = page.getByRole('region', { name: 'Backup and restore' });
  const downloading = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Download full backup' }).click();
  const doc = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(doc.includes_api_keys).toBe(false);
  doc.connections[0].base_url = elsewhere.baseUrl;
  await restore(page, 'moved.json', JSON.stringify(doc));
  const origin = new URL(elsewhere.baseUrl).origin;
  await expect(backup.getByRole('status')).toContainText(
    `The key of Paid box was not kept: its address changed to ${origin}.`,
  );

  await card.getByRole('button', { name: 'Refresh models' }).click();
  await expect(statusOf(card)).toHaveText(/Online/);
  await expect.poll(() => elsewhere.requestsTo('/v1/models').length).toBeGreaterThan(0);
  expect(elsewhere.requests.filter((r) => 'authorization' in r.headers)).toEqual([]);
});
