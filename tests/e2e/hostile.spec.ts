// Hostile servers and files: script-bearing markup, URL tricks and spoofing names delivered as model
// content, reasoning, model names, connection names, error bodies (JSON and HTML) and imported chats.
// After each test: no script ran (the sentinel top.PWNED is unset, no dialog, no CSP violation), no
// dangerous element or handler attribute exists anywhere in the page, and the page still works.
import { expect, test, type OpenAIServer } from './fixtures.ts';
import type { Page } from '@playwright/test';
import {
  assistantMessages,
  modelOption,
  openChat,
  openModelList,
  pickModel,
  scrollToFirstMessage,
  sendMessage,
  waitForSaved,
} from './support/chat-ui.ts';
import { addConnection, connectionCard, openSettings } from './support/settings-ui.ts';
import { diagnosisIn, evidenceOf } from './support/diagnosis-ui.ts';
import {
  HOSTILE_NAMES,
  MARKUP_VECTORS,
  OVERSIZED_FENCE,
  armSentinels,
  expectNothingRan,
} from './support/hostile-payloads.ts';
import { chatWithTurns } from '../../src/lib/conversation/testing/builders.ts';

const ALL_MARKUP = MARKUP_VECTORS.map((v) => v.payload).join('\n\n');

let dialogs: string[] = [];
test.beforeEach(async ({ page }) => {
  ({ dialogs } = await armSentinels(page));
});
test.afterEach(async ({ page }) => {
  await expectNothingRan(page, dialogs);
});

async function chatWith(page: Page, server: OpenAIServer, name = 'Hostile box', model = 'test-model'): Promise<void> {
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name, baseUrl: server.baseUrl });
  await openChat(page);
  await pickModel(page, model, name);
}

/** The page still works: a plain message gets a plain answer. */
async function expectUsable(page: Page, server: OpenAIServer): Promise<void> {
  server.behave({ reply: 'Still here.', reasoning: undefined, status: undefined });
  await sendMessage(page, 'Are you still there?');
  await expect(assistantMessages(page).last()).toContainText('Still here.');
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
}

test(`${MARKUP_VECTORS.length} markup vectors in model content and in reasoning are shown as text`, async ({
  page,
  openai,
}) => {
  openai.behave({ reply: ALL_MARKUP, reasoning: ALL_MARKUP });
  await chatWith(page, openai);
  await sendMessage(page, 'Show me everything');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('button', { name: 'Regenerate' })).toBeVisible();
  const body = answer.locator('.markdown');
  for (const v of MARKUP_VECTORS) await expect(body, v.name).toContainText(v.shows);
  const reasoning = answer.locator('.reasoning-text');
  for (const v of MARKUP_VECTORS)
    await expect(reasoning, v.name).toContainText(v.payload.replace(/\n/g, ' ').slice(0, 40));
  // the only link that survives is the https one; it opens in a new tab without referrer or opener
  await expect(body.locator('a[href]')).toHaveCount(1);
  await expect(body.getByRole('link', { name: 'title-link' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(body.getByRole('link', { name: 'title-link' })).toHaveAttribute('target', '_blank');
  // dropped links keep their text, without a target
  await expect(body.locator('a:not([href])', { hasText: 'md-js-link' })).toHaveCount(1);
  await expect(body.locator('img')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Show me everything' })).toBeVisible();
  await expectUsable(page, openai);
});

test('an oversized code fence is shown whole, not highlighted, and the page stays usable', async ({ page, openai }) => {
  openai.behave({ reply: `Here:\n\n${OVERSIZED_FENCE}\n\nDone.` });
  await chatWith(page, openai);
  await sendMessage(page, 'Big code');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Done.');
  const code = answer.locator('pre[data-code-block] code');
  await expect(code).toHaveCount(1);
  expect((await code.textContent())?.trim().length).toBe(200_000);
  await expect(code).not.toHaveAttribute('data-highlighted', 'yes');
  await expect(answer.getByRole('button', { name: 'Copy code' })).toBeVisible();
  await expectUsable(page, openai);
});

test('model and connection names with markup, right-to-left override and zero-width characters cannot spoof', async ({
  page,
  startServer,
}) => {
  const names = Object.values(HOSTILE_NAMES);
  const server = await startServer('openai', { models: names, reply: 'Named reply.' });
  const connectionName = `Box ${HOSTILE_NAMES.markup} \u202Eevil`;
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: connectionName, baseUrl: server.baseUrl });
  const shownConnection = `Box ${HOSTILE_NAMES.markup} ⟨U+202E⟩evil`;
  const card = connectionCard(page, shownConnection);
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(shownConnection);
  await card.getByText(/^Models \(/).click();
  await expect(card.locator('.model-id')).toHaveText([
    HOSTILE_NAMES.markup,
    'gpt-4o⟨U+202E⟩lper',
    'test⟨U+200B⟩-model',
    '{@html x}{{y}}',
    '⟨U+2067⟩evil⟨U+2069⟩-model',
  ]);

  await openChat(page);
  const list = await openModelList(page);
  await expect(list.getByRole('option')).toHaveCount(names.length);
  await expect(list.getByRole('option').nth(1)).toHaveText(`gpt-4o⟨U+202E⟩lper — ${shownConnection}`);
  await list.getByRole('option').nth(1).click();
  await sendMessage(page, 'Who are you?');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Named reply.');
  // the exact id went to the server; only the display marks the override
  expect((server.lastRequest('/v1/chat/completions', 'POST')?.json as { model: string }).model).toBe(HOSTILE_NAMES.rtl);
  await expect(answer.locator('.meta')).toContainText(`gpt-4o⟨U+202E⟩lper · on ${shownConnection}`);
  await expectUsable(page, server);
});

test('error bodies (a JSON message and an HTML page) are text in the chat, the diagnosis and the request inspector', async ({
  page,
  openai,
}) => {
  const jsonMessage = `<img src=x onerror="top.PWNED='error-json'"> [err-link](javascript:alert(1)) \u202Espoof`;
  const htmlPage = `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=https://evil.test/"><base href="https://evil.test/"></head><body><script>top.PWNED='error-html'</script><img src=x onerror="alert('html')"><h1>Bad Gateway</h1></body></html>`;
  await chatWith(page, openai);

  openai.behave({
    status: {
      code: 500,
      path: '/v1/chat/completions',
      body: { error: { code: 500, message: jsonMessage, type: 'server_error' } },
    },
  });
  await sendMessage(page, 'First try');
  let answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText(`The server said: ${jsonMessage}`);
  await answer.getByRole('button', { name: 'Diagnose this error' }).click();
  await expect(evidenceOf(diagnosisIn(answer))).toContainText(`The server said: "${jsonMessage}"`);

  openai.behave({
    status: {
      code: 502,
      path: '/v1/chat/completions',
      body: htmlPage,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    },
  });
  await sendMessage(page, 'Second try');
  answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText('HTTP 502');
  await answer.getByRole('button', { name: 'Diagnose this error' }).click();
  await expect(diagnosisIn(answer)).toHaveAttribute('data-cause', 'server-error');

  await expectUsable(page, openai);
  await openSettings(page);
  const card = connectionCard(page, 'Hostile box');
  await card.getByText('Recent requests').click();
  const inspector = card.getByRole('region', { name: 'Requests of Hostile box' });
  await inspector.locator('details').filter({ hasText: '→ 502' }).locator('summary').click();
  await expect(inspector).toContainText("<script>top.PWNED='error-html'</script>");
  await inspector.locator('details').filter({ hasText: '→ 500' }).locator('summary').click();
  await expect(inspector).toContainText(`onerror="top.PWNED='error-json'"`);
});

test('an imported chat with a hostile title, messages, reasoning, names and error is shown as text', async ({
  page,
  openai,
}) => {
  const title = `${HOSTILE_NAMES.markup} \u202Etitle`;
  const request = { method: 'POST', url: 'http://127.0.0.1:9/v1/chat/completions', headers: {} };
  const turns = chatWithTurns(
    [
      {
        ask: `<script>top.PWNED='user'</script> ${MARKUP_VECTORS[0]?.payload}`,
        model_id: HOSTILE_NAMES.rtl,
        connection_id: 'gone',
        connection_name: HOSTILE_NAMES.markup,
        answer: { content: ALL_MARKUP, reasoning: ALL_MARKUP, status: 'complete' },
      },
      {
        ask: 'second',
        answer: {
          status: 'error',
          error: {
            name: 'ProviderError',
            kind: 'http',
            message: HOSTILE_NAMES.markup,
            serverMessage: `<svg onload="top.PWNED='imported-error'">`,
            phase: 'request',
            request,
            retryable: false,
          },
        },
      },
    ],
    { id: 'hostile-import', now: 1 },
  );
  const conv = { ...turns, title, title_is_custom: true };
  const file = JSON.stringify({
    format: 'switchboard-chats',
    version: 1,
    exported_at: 6,
    includes_api_keys: false,
    conversations: [conv],
  });

  await chatWith(page, openai);
  await page
    .getByLabel('Import chats file')
    .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const shownTitle = `${HOSTILE_NAMES.markup} ⟨U+202E⟩title`;
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 chat.' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: shownTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shownTitle);
  const articles = page.getByRole('article');
  // the chat opens at its newest message, the failed one; the first ones are reached by scrolling up
  await expect(articles.last().getByRole('alert')).toContainText(`<svg onload="top.PWNED='imported-error'">`);
  await scrollToFirstMessage(page);
  const [user, answer] = [articles.nth(0), articles.nth(1)];
  await expect(user).toContainText(`<script>top.PWNED='user'</script>`);
  for (const v of MARKUP_VECTORS) await expect(answer.locator('.markdown'), v.name).toContainText(v.shows);
  await expect(answer.locator('.meta')).toContainText(`gpt-4o⟨U+202E⟩lper · on ${HOSTILE_NAMES.markup}`);
  await waitForSaved(page);
});

test('remote images: off by default (nothing is fetched), the chat\'s "Show images" loads them with no referrer, lazily', async ({
  page,
  openai,
  startServer,
}) => {
  const tracker = await startServer('openai');
  const pixel = `${tracker.urlWithHost('tracker.test')}/pixel.png?chat=secret-topic`;
  openai.behave({ reply: `Look: ![tracking pixel](${pixel})` });
  await chatWith(page, openai);
  await sendMessage(page, 'Send a picture');
  const answer = assistantMessages(page).last();
  const link = answer.getByRole('link', { name: 'tracking pixel' });
  await expect(link).toHaveAttribute('href', pixel);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(answer.locator('img')).toHaveCount(0);
  await waitForSaved(page);
  expect(tracker.requestsTo('/pixel.png')).toHaveLength(0);

  await page.getByRole('button', { name: 'Chat settings' }).click();
  await page.getByRole('checkbox', { name: 'Show images' }).check();
  await page.getByRole('button', { name: 'Apply' }).click();
  const image = answer.getByRole('img', { name: 'tracking pixel' });
  await expect(image).toHaveAttribute('src', pixel);
  await expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(image).toHaveAttribute('loading', 'lazy');
  const fetched = await tracker.waitForRequest('/pixel.png', 'GET');
  expect(fetched.headers['referer']).toBeUndefined();

  // the setting belongs to this chat and survives a reload
  await waitForSaved(page);
  await page.reload();
  await expect(assistantMessages(page).last().getByRole('img', { name: 'tracking pixel' })).toBeVisible();
  await page.getByRole('link', { name: 'New chat' }).click();
  await sendMessage(page, 'Another picture');
  await expect(assistantMessages(page).last().getByRole('link', { name: 'tracking pixel' })).toBeVisible();
  await expect(assistantMessages(page).last().locator('img')).toHaveCount(0);
});

test('an imported connections file with hostile names is shown as text', async ({ page, openai }) => {
  const name = `${HOSTILE_NAMES.markup}\u202Ebox`;
  const file = JSON.stringify({
    format: 'switchboard-connections',
    version: 1,
    exported_at: 1,
    includes_api_keys: false,
    connections: [
      { name, mode: 'openai_compatible', base_url: openai.baseUrl },
      { name: `<svg onload="top.PWNED='skipped'">`, mode: 'no-such-mode', base_url: 'javascript:alert(1)' },
    ],
  });
  await openSettings(page);
  await page
    .getByLabel('Import connections file')
    .setInputFiles({ name: 'connections.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 of 2 connections' })).toContainText(
    `Skipped: <svg onload="top.PWNED='skipped'">`,
  );
  const shown = `${HOSTILE_NAMES.markup}⟨U+202E⟩box`;
  await expect(connectionCard(page, shown).getByRole('heading', { level: 3 })).toHaveText(shown);
  await expect(connectionCard(page, shown).getByRole('status')).toContainText('Online');
});

test('Ollama: markup in the `thinking` field and in an inline <think> block is reasoning shown as text', async ({
  page,
  startServer,
}) => {
  // the think vector is left out of the inline block: its own </think> would end the block early
  const inline = MARKUP_VECTORS.filter((v) => !v.payload.startsWith('<think>'))
    .map((v) => v.payload)
    .join('\n\n');
  const ollama = await startServer('ollama', {
    models: ['llama3.2:1b', HOSTILE_NAMES.rtl],
    thinking: ALL_MARKUP,
    reply: `<think>${inline}</think>Answer after thinking.`,
  });
  await openSettings(page);
  await addConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url });
  await openChat(page);
  await openModelList(page);
  await expect(modelOption(page, 'gpt-4o⟨U+202E⟩lper', 'Ollama box')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await pickModel(page, 'llama3.2:1b', 'Ollama box');
  await sendMessage(page, 'Think hard');
  const answer = assistantMessages(page).last();
  await expect(answer.locator('.markdown')).toHaveText('Answer after thinking.');
  const reasoning = answer.locator('.reasoning-text');
  for (const v of MARKUP_VECTORS) await expect(reasoning, v.name).toContainText(v.payload.slice(0, 40));
  // only the app's own plain-text blocks, each holding text nodes and no element parsed from the payload
  const made = await reasoning.evaluate((el) =>
    [...el.querySelectorAll('*')].map((e) => `${e.tagName}.${e.className}:${e.childElementCount}`),
  );
  expect(made.length).toBeGreaterThan(0);
  for (const element of made) expect(element).toBe('DIV.text-block:0');
});
