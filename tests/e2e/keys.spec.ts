// API key hygiene: a key goes only to its own connection's origin (a redirect elsewhere is not followed),
// never reaches the console, and is redacted in the request inspector, in diagnoses and in exports
// unless the user includes it; export files say whether they hold keys.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { addConnection, connectionCard, openSettings, statusOf } from './support/settings-ui.ts';
import { diagnosisIn, runConnectionTest, titleOf } from './support/diagnosis-ui.ts';

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  return readFile(await (await downloading).path(), 'utf8');
}

test('a keyed request redirected to another origin is not followed: the other server receives nothing', async ({
  page,
  startServer,
}) => {
  const key = 'sk-redirect-canary-31337';
  const elsewhere = await startServer('openai');
  const server = await startServer('openai', { requireKey: key });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Redirecting', baseUrl: server.baseUrl, apiKey: key });
  await expect(statusOf(connectionCard(page, 'Redirecting'))).toContainText('Online');

  server.behave({
    status: {
      code: 307,
      path: '/v1/chat/completions',
      body: '',
      headers: { Location: `${elsewhere.baseUrl}/chat/completions` },
    },
  });
  await openChat(page);
  await pickModel(page, 'test-model', 'Redirecting');
  await sendMessage(page, 'Where does my key go?');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText(
    'the server redirects elsewhere (not followed, to keep the API key safe)',
  );
  await answer.getByRole('button', { name: 'Diagnose this error' }).click();
  const d = diagnosisIn(answer);
  await expect(d).toHaveAttribute('data-cause', 'redirect');
  await expect(titleOf(d)).toHaveText('The server redirects this request elsewhere');
  await expect(d).toContainText(`curl -sI "${server.baseUrl}/chat/completions"`);
  expect(server.lastRequest('/v1/chat/completions', 'POST')?.headers['authorization']).toBe(`Bearer ${key}`);

  // the model list is guarded the same way
  server.behave({
    status: { code: 308, path: '/v1/models', body: '', headers: { Location: `${elsewhere.baseUrl}/models` } },
  });
  await openSettings(page);
  await connectionCard(page, 'Redirecting').getByRole('button', { name: 'Refresh models' }).click();
  await expect(statusOf(connectionCard(page, 'Redirecting'))).toHaveText(
    'Failed: The server redirects this request elsewhere',
  );

  // not a preflight, not a request, not a key: nothing at all reached the other origin
  expect(elsewhere.requests).toEqual([]);
});

test('a key never reaches the console and is redacted in the inspector, diagnoses and exports unless included', async ({
  page,
  startServer,
}) => {
  const key = 'sk-console-canary-8c2f0d9e41';
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  page.on('pageerror', (error) => logs.push(`${error.name}: ${error.message}`));
  const server = await startServer('openai', { requireKey: key, reply: 'Keyed reply.' });

  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Keyed', baseUrl: server.baseUrl, apiKey: key });
  await expect(statusOf(connectionCard(page, 'Keyed'))).toContainText('Online');
  const { test: testRegion } = await runConnectionTest(page, 'Keyed');
  await expect(testRegion).not.toContainText(key);

  await openChat(page);
  await pickModel(page, 'test-model', 'Keyed');
  await sendMessage(page, 'Hello with a key');
  await expect(assistantMessages(page).last()).toContainText('Keyed reply.');
  server.behave({ requireKey: 'sk-another-key' });
  await sendMessage(page, 'Now refused');
  const refused = assistantMessages(page).last();
  await refused.getByRole('button', { name: 'Diagnose this error' }).click();
  await expect(diagnosisIn(refused)).toHaveAttribute('data-cause', 'auth');
  await expect(refused).not.toContainText(key);

  const chatFile = await download(page, () => page.getByRole('button', { name: 'Export chat' }).click());
  expect(JSON.parse(chatFile)).toMatchObject({ format: 'switchboard-chats', includes_api_keys: false });
  expect(chatFile).not.toContain(key);

  await openSettings(page);
  const card = connectionCard(page, 'Keyed');
  await card.getByText('Recent requests').click();
  const inspector = card.getByRole('region', { name: 'Requests of Keyed' });
  for (const summary of await inspector.locator('summary').all()) await summary.click();
  await expect(inspector).toContainText('Authorization: Bearer [redacted]');
  await expect(inspector).not.toContainText(key);

  const keyless = await download(page, () => page.getByRole('button', { name: 'Export connections' }).click());
  expect(JSON.parse(keyless)).toMatchObject({ format: 'switchboard-connections', includes_api_keys: false });
  expect(keyless).not.toContain(key);
  await expect(page.getByRole('status').filter({ hasText: 'Exported without API keys.' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Include API keys' }).check();
  const withKeys = await download(page, () => page.getByRole('button', { name: 'Export connections' }).click());
  expect(JSON.parse(withKeys)).toMatchObject({
    includes_api_keys: true,
    connections: [{ name: 'Keyed', api_key: key }],
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported with API keys: keep this file private.' }),
  ).toBeVisible();

  // the key is in no text on the page, and was never written to the console
  expect(await page.locator('body').innerText()).not.toContain(key);
  expect(logs.filter((line) => line.includes(key))).toEqual([]);
});
