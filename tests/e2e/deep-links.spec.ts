// Deep links: #/connect adds a server only after the user's consent in a dialog, never takes a key from the
// link, and refuses hostile links with a message and nothing stored; each connection card copies a link that
// adds the same server elsewhere; #/chat picks a model and fills the message box without sending.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { modelPicker } from './support/chat-ui.ts';
import { everyStoredRecord, storedConnections } from './support/idb.ts';
import { addConnection, connectionCard, openSettings } from './support/settings-ui.ts';

const connectHash = (params: Record<string, string>) =>
  `#/connect?${Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;

const consent = (page: Page) => page.getByRole('dialog', { name: 'Add this server?' });

/** Whether `text` is anywhere the page keeps things: IndexedDB, localStorage, sessionStorage or the address. */
async function storedAnywhere(page: Page, text: string): Promise<string[]> {
  const places = Object.entries(await everyStoredRecord(page)).filter(([, json]) => json.includes(text));
  const web = await page.evaluate(
    (t) => [
      ...Object.keys(localStorage).filter((k) => `${k}${localStorage.getItem(k)}`.includes(t)),
      ...Object.keys(sessionStorage).filter((k) => `${k}${sessionStorage.getItem(k)}`.includes(t)),
      ...(location.href.includes(t) ? ['location'] : []),
    ],
    text,
  );
  return [...places.map(([where]) => where), ...web];
}

test('a connect link adds the server only after consent, then the chat opens with its first model', async ({
  page,
  openai,
}) => {
  await page.goto(`./${connectHash({ base_url: openai.baseUrl, kind: 'llamacpp', name: 'Linked' })}`);
  const dialog = consent(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/Name\s*Linked/);
  await expect(dialog).toContainText(/Server kind\s*llama\.cpp/);
  await expect(dialog).toContainText(/API mode\s*OpenAI-compatible/);
  await expect(dialog.getByRole('code')).toHaveText(`${openai.baseUrl}/chat/completions`);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await storedConnections(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Add this server' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(modelPicker(page)).toHaveValue('test-model');
  expect(new URL(page.url()).hash).toBe('#/chat');
  expect((await storedConnections(page)).map((c) => [c.name, c.base_url])).toEqual([['Linked', openai.baseUrl]]);
});

test('Cancel and Escape add nothing', async ({ page, openai }) => {
  const hash = connectHash({ base_url: openai.baseUrl, name: 'Not wanted' });
  await page.goto(`./${hash}`);
  await consent(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(consent(page)).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('#/chat');

  await page.evaluate((h) => (location.hash = h), hash);
  await expect(consent(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(consent(page)).toHaveCount(0);
  expect(await storedConnections(page)).toEqual([]);
  expect(await storedAnywhere(page, 'Not wanted')).toEqual([]);
});

test('a key in the link is ignored with a notice and never stored; the dialog asks for one', async ({
  page,
  startServer,
}) => {
  const linkKey = 'sk-link-canary-4242';
  const ownKey = 'sk-typed-by-hand-7';
  const server = await startServer('openai', { requireKey: ownKey });
  const link = connectHash({ base_url: server.baseUrl, kind: 'openrouter', name: 'Keyed', api_key: linkKey });
  await page.goto(`./${link}&token=${linkKey}`);
  const dialog = consent(page);
  await expect(dialog.getByRole('note')).toContainText('keys are never taken from links');
  expect(page.url()).not.toContain(linkKey);
  await dialog.getByLabel('API key', { exact: true }).fill(ownKey);
  await dialog.getByRole('button', { name: 'Add this server' }).click();
  await expect(modelPicker(page)).toHaveValue('test-model');

  expect(await storedAnywhere(page, linkKey)).toEqual([]);
  expect((await storedConnections(page))[0]?.api_key).toBe(ownKey);
  expect(server.requests.filter((r) => JSON.stringify(r).includes(linkKey))).toEqual([]);
});

test('10 hostile links are refused with a clear message and nothing stored', async ({ page }) => {
  test.slow(); // twenty page loads on a shared machine
  const hostile = [
    '#/connect?base_url=javascript:alert(document.domain)',
    '#/connect?base_url=data:text/html,<script>alert(1)</script>',
    '#/connect?base_url=file:///etc/passwd',
    `#/connect?base_url=http://localhost:1/${'a'.repeat(2100)}`,
    `#/chat?prompt=${'b'.repeat(1990)}${'&x=1'.repeat(1700)}`,
    '#/connect?base_url=http://localhost:1&mode=grpc',
    '#/connect?base_url=http://localhost:1&kind=evil',
    '#/connect?base_url=http://user:pw@localhost:1',
    '#/connect?base_url=http://a$(id).test',
    '#/connect?base_url=http://localhost:1&name=%E0%A4%A',
  ];
  for (const hash of hostile) {
    await page.goto('about:blank');
    await page.goto(`./${hash}`);
    await expect(page.getByRole('alert').filter({ hasText: 'This link was refused' })).toContainText(
      'nothing was stored',
    );
    await expect(consent(page)).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('#/chat');
  }
  expect(await storedConnections(page)).toEqual([]);
  expect(await storedAnywhere(page, 'localhost:1')).toEqual([]);
});

test('"Copy link to add this server" copies a link without the key that adds the same server', async ({
  page,
  browser,
  startServer,
}) => {
  const key = 'sk-never-in-links-99';
  const server = await startServer('openai', { requireKey: key });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Shared', baseUrl: server.baseUrl, apiKey: key });
  await connectionCard(page, 'Shared').getByRole('button', { name: 'Copy link to add this server' }).click();
  await expect(connectionCard(page, 'Shared')).toContainText('Link copied (without the API key).');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).not.toContain(key);
  expect(link.startsWith(new URL('./', page.url()).href + '#/connect?')).toBe(true);

  // opened in a browser with nothing stored, it offers the same server and asks for a key of one's own
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(link);
  const dialog = consent(elsewhere);
  await expect(dialog).toContainText(/Name\s*Shared/);
  await expect(dialog.getByRole('code')).toHaveText(`${server.baseUrl}/chat/completions`);
  await dialog.getByLabel('API key', { exact: true }).fill(key);
  await dialog.getByRole('button', { name: 'Add this server' }).click();
  await expect(modelPicker(elsewhere)).toHaveValue('test-model');
  await other.close();
});

test('a chat link picks the model and fills the message box, and sends nothing', async ({ page, openai, ollama }) => {
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Llama', baseUrl: openai.baseUrl });
  await addConnection(page, { server: 'Ollama', name: 'Olla', baseUrl: ollama.url });
  await page.goto(`./#/chat?model=test-model&connection=Llama&prompt=${encodeURIComponent('Hello\nfrom a link')}`);
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('Hello\nfrom a link');
  await expect(modelPicker(page)).toHaveValue('test-model');
  expect(new URL(page.url()).hash).toBe('#/chat');

  // an unknown model is said so; the box is still filled
  await page.goto(`./#/chat?model=no-such-model&prompt=Hi`);
  await expect(page.getByRole('alert')).toContainText('No enabled server offers the link’s model "no-such-model"');
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('Hi');
  expect(openai.requestsTo('/v1/chat/completions', 'POST')).toHaveLength(0);
  expect(ollama.requestsTo('/api/chat', 'POST')).toHaveLength(0);
  expect(ollama.requestsTo('/api/generate', 'POST')).toHaveLength(0);
});
