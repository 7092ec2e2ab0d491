import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, fillConnectionForm, openSettings } from './support/settings-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

const OPENAI_REPLY = 'Hello from the OpenAI-compatible test server.';

test.describe('chat', () => {
  test('streams a chat with an OpenAI-compatible server, with a spec-valid request body', async ({ page, openai }) => {
    // held mid-stream, so the Stop button is checked while it must be there, not raced on a loaded machine
    openai.behave({ chunkDelayMs: 30, holdStream: 2 });
    await seedConnection(page, { server: 'llama.cpp', name: 'Llama box', baseUrl: openai.baseUrl, maxTokens: '128' });
    await pickModel(page, 'other-model', 'Llama box');
    await sendMessage(page, 'Say hello');

    await openai.waitForHold();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    openai.release();
    await expect(page.getByRole('article').filter({ hasText: 'Say hello' })).toBeVisible();
    const answer = assistantMessages(page).last();
    await expect(answer).toContainText(OPENAI_REPLY);
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
    await expect(answer).toContainText('other-model · on Llama box');
    await expect(answer).toContainText(/first token \d+/);
    await expect(answer).toContainText(/tok\/s/);

    const sent = openai.lastRequest('/v1/chat/completions', 'POST');
    expect(sent?.validation).toEqual(expect.objectContaining({ valid: true }));
    expect(sent?.json).toMatchObject({
      model: 'other-model',
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 128,
      messages: [{ role: 'user', content: 'Say hello' }],
    });
    expect(Object.keys(sent?.headers ?? {})).not.toContain('authorization');

    // the title comes from the first message and the chat survives a reload
    await expect(page.getByRole('heading', { name: 'Say hello' })).toBeVisible();
    await waitForSaved(page);
    await page.reload();
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    await expect(
      page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: 'Say hello' }),
    ).toBeVisible();
  });

  test('translates a two-turn chat for Ollama /api/generate', async ({ page, ollama }) => {
    await seedConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url, maxTokens: '42' });
    await pickModel(page, 'llama3.2:1b', 'Ollama box');
    await page.getByRole('button', { name: 'Chat settings' }).click();
    await page.getByLabel('System prompt').fill('You are terse.');
    await page.getByRole('button', { name: 'Apply' }).click();

    await sendMessage(page, 'First question');
    await expect(assistantMessages(page).last()).toContainText('Hello from the Ollama test server.');
    await sendMessage(page, 'Second question');
    await expect(assistantMessages(page)).toHaveCount(2);
    await expect(assistantMessages(page).last()).toContainText('Hello from the Ollama test server.');

    const body = ollama.lastRequest('/api/generate', 'POST')?.json as Record<string, unknown>;
    expect(body.model).toBe('llama3.2:1b');
    expect(body.system).toBe('You are terse.');
    expect(body.options).toMatchObject({ num_predict: 42 });
    const prompt = String(body.prompt);
    expect(prompt).toContain('First question');
    expect(prompt).toContain('Hello from the Ollama test server.');
    expect(prompt).toContain('Second question');
    expect(prompt.indexOf('First question')).toBeLessThan(prompt.indexOf('Second question'));
    expect(prompt).not.toContain('You are terse.');
    // Ollama's reported counts reach the message
    await expect(assistantMessages(page).last()).toContainText(/\d+ completion tokens/);
  });

  test('chats with a root-path server (no /v1)', async ({ page, startServer }) => {
    const root = await startServer('openai', { rootPath: true, models: ['osaurus-model'], reply: 'Rooted reply.' });
    await openSettings(page);
    await addConnection(page, { server: 'Osaurus', name: 'Osaurus box', baseUrl: root.url });
    await openChat(page);
    await pickModel(page, 'osaurus-model', 'Osaurus box');
    await sendMessage(page, 'Hi root');
    await expect(assistantMessages(page).last()).toContainText('Rooted reply.');
    expect(root.lastRequest('/chat/completions', 'POST')?.validation?.valid).toBe(true);
  });

  test('stop keeps the partial answer, also after a reload', async ({ page, openai }) => {
    openai.behave({ holdStream: 3 });
    await seedConnection(page, { server: 'vLLM', name: 'Held', baseUrl: openai.baseUrl });
    await sendMessage(page, 'Start and stop');
    await expect(assistantMessages(page).last()).toContainText('Hello from the');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(assistantMessages(page).last().getByRole('status')).toHaveText('Stopped');
    openai.release();
    await waitForSaved(page);
    await page.reload();
    const answer = assistantMessages(page).last();
    await expect(answer).toContainText('Hello from the');
    await expect(answer).not.toContainText('test server');
    await expect(answer.getByRole('status')).toHaveText('Stopped');
  });

  test('a stream cut after N chunks shows an error and keeps the N chunks', async ({ page, openai }) => {
    // The cut waits until the page has shown both chunks: a fetch body stream that errors drops the
    // chunks its reader has not taken yet (the Streams spec empties the queue), so on a busy machine
    // a cut right after the chunks could lose them before the app ever sees them.
    openai.behave({ holdStream: 2, cutAfterChunks: 2 });
    await seedConnection(page, { server: 'vLLM', name: 'Cut', baseUrl: openai.baseUrl });
    await sendMessage(page, 'Cut me off');
    const answer = assistantMessages(page).last();
    await expect(answer).toContainText('Hello from');
    openai.release();
    await expect(answer.getByRole('alert')).toBeVisible();
    await expect(answer).toContainText('Hello from');
    await expect(answer).not.toContainText('the OpenAI-compatible');
    await waitForSaved(page);
    await page.reload();
    await expect(assistantMessages(page).last()).toContainText('Hello from');
    await expect(assistantMessages(page).last().getByRole('alert')).toBeVisible();
  });

  test('a reload mid-stream shows the partial answer marked as interrupted', async ({ page, openai }) => {
    openai.behave({ holdStream: 3 });
    await seedConnection(page, { server: 'vLLM', name: 'Reloaded', baseUrl: openai.baseUrl });
    await sendMessage(page, 'Reload during this');
    await expect(assistantMessages(page).last()).toContainText('Hello from the');
    await waitForSaved(page); // the bounded-rate save has written the partial answer
    await page.reload();
    const answer = assistantMessages(page).last();
    await expect(answer).toContainText('Hello from the');
    await expect(answer.getByRole('status')).toContainText('Interrupted');
    openai.release();
  });

  test('regenerate keeps the earlier answer as a branch', async ({ page, openai }) => {
    await seedConnection(page, { server: 'vLLM', name: 'Branchy', baseUrl: openai.baseUrl });
    await sendMessage(page, 'Branch me');
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    openai.behave({ reply: 'A second, different answer.' });
    await page.getByRole('button', { name: 'Regenerate' }).click();
    const answer = assistantMessages(page).last();
    await expect(answer).toContainText('A second, different answer.');
    await expect(answer.getByLabel('Version 2 of 2')).toBeVisible();
    await answer.getByRole('button', { name: 'Previous version' }).click();
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    await waitForSaved(page);
    await page.reload();
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    await expect(assistantMessages(page).last().getByLabel('Version 1 of 2')).toBeVisible();
    await assistantMessages(page).last().getByRole('button', { name: 'Next version' }).click();
    await expect(assistantMessages(page).last()).toContainText('A second, different answer.');
  });

  test('edit a user message and resend keeps the old branch', async ({ page, openai }) => {
    await seedConnection(page, { server: 'vLLM', name: 'Editor', baseUrl: openai.baseUrl });
    await sendMessage(page, 'Original question');
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    await page.getByRole('article', { name: 'You message' }).getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Edit message').fill('Edited question');
    await page.getByRole('button', { name: 'Save and send' }).click();
    await expect(page.getByRole('article', { name: 'You message' })).toContainText('Edited question');
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    expect((openai.lastRequest('/v1/chat/completions', 'POST')?.json as { messages: unknown[] }).messages).toEqual([
      { role: 'user', content: 'Edited question' },
    ]);
    await page.getByRole('article', { name: 'You message' }).getByRole('button', { name: 'Previous version' }).click();
    await expect(page.getByRole('article', { name: 'You message' })).toContainText('Original question');
  });

  test("shows the server's own error text inline, with a retry", async ({ page, ollama }) => {
    await seedConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url });
    await pickModel(page, 'qwen3:0.6b', 'Ollama box');
    ollama.behave({ models: ['llama3.2:1b'] });
    await sendMessage(page, 'Use a model that is gone');
    const answer = assistantMessages(page).last();
    await expect(answer.getByRole('alert')).toContainText("model 'qwen3:0.6b' not found");
    ollama.reset();
    await answer.getByRole('button', { name: 'Retry' }).click();
    await expect(assistantMessages(page).last()).toContainText('Hello from the Ollama test server.');
  });

  test('export then import round-trips the chats', async ({ page, openai }) => {
    await seedConnection(page, { server: 'vLLM', name: 'Exporter', baseUrl: openai.baseUrl });
    await sendMessage(page, 'Keep me safe');
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all' }).click();
    const download = await downloadPromise;
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'switchboard-chats', version: 1 });

    const chats = page.getByRole('navigation', { name: 'Chats' });
    await chats.getByRole('button', { name: 'Delete Keep me safe' }).click();
    await expect(chats.getByRole('link', { name: 'Keep me safe' })).toHaveCount(0);
    await page
      .getByLabel('Import chats file')
      .setInputFiles({ name: 'chats.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByText('Imported 1 chat.')).toBeVisible();
    await chats.getByRole('link', { name: 'Keep me safe' }).click();
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    await expect(page.getByRole('article').filter({ hasText: 'Keep me safe' }).first()).toBeVisible();
  });

  test('importing a chats file with unreadable entries stores the good one and says what it skipped', async ({
    page,
    openai,
  }) => {
    await seedConnection(page, { server: 'vLLM', name: 'Importer', baseUrl: openai.baseUrl });
    const good = {
      id: 'imported-good',
      title: 'The good one',
      created_at: 1,
      updated_at: 2,
      messages: [{ role: 'user', content: 'hi' }],
    };
    const file = JSON.stringify({
      format: 'switchboard-chats',
      version: 1,
      exported_at: 3,
      conversations: [good, 'junk', { ...good, id: 'imported-bad', title: 7 }],
    });
    await page
      .getByLabel('Import chats file')
      .setInputFiles({ name: 'chats.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 of 3 chats' })).toContainText(
      '2 were not valid (entry 2 is not an object; entry 3.title must be text)',
    );
    await expect(
      page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: 'The good one' }),
    ).toBeVisible();
  });

  test('a connection with streaming off makes one non-streaming call, for both protocols', async ({
    page,
    openai,
    ollama,
  }) => {
    await openSettings(page);
    for (const [server, name, baseUrl] of [
      ['vLLM', 'Whole OpenAI', openai.baseUrl],
      ['Ollama', 'Whole Ollama', ollama.url],
    ] as const) {
      await page.getByRole('button', { name: 'Add connection', exact: true }).click();
      await fillConnectionForm(page, { server, name, baseUrl });
      await page.getByRole('form').getByLabel('Stream', { exact: true }).selectOption({ label: 'Off' });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('form')).toHaveCount(0);
    }
    await openChat(page);
    await pickModel(page, 'test-model', 'Whole OpenAI');
    await sendMessage(page, 'No stream please');
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    const openaiBody = openai.lastRequest('/v1/chat/completions', 'POST');
    expect(openaiBody?.json).toMatchObject({ stream: false });
    expect((openaiBody?.json as Record<string, unknown>).stream_options).toBeUndefined();
    expect(openaiBody?.validation?.valid).toBe(true);

    await page.getByRole('link', { name: 'New chat' }).click();
    await pickModel(page, 'llama3.2:1b', 'Whole Ollama');
    await sendMessage(page, 'No stream either');
    await expect(assistantMessages(page).last()).toContainText('Hello from the Ollama test server.');
    expect(ollama.lastRequest('/api/generate', 'POST')?.json).toMatchObject({ stream: false });
  });

  test('chats from a copy of the app served over plain http on a LAN-style name', async ({
    page,
    openai,
    startAppServer,
  }) => {
    // not a secure context: no crypto.randomUUID, Web Locks or async clipboard there
    const app = await startAppServer();
    await page.goto(app.url + '#/settings');
    await addConnection(page, { server: 'llama.cpp', name: 'Lan box', baseUrl: openai.baseUrl });
    await openChat(page);
    await sendMessage(page, 'Hello over http');
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
    expect(openai.lastRequest('/v1/chat/completions', 'POST')?.origin).toBe(app.origin);
    await expect(assistantMessages(page).last()).toHaveAttribute('data-status', 'complete');
    await waitForSaved(page);
    await page.reload();
    await expect(assistantMessages(page).last()).toContainText(OPENAI_REPLY);
  });
});
