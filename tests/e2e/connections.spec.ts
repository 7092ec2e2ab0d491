import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { addConnection, connectionCard, fillConnectionForm, openSettings, statusOf } from './support/settings-ui.ts';
import { pickModel } from './support/chat-ui.ts';

test.describe('connections', () => {
  test('add, edit, disable and delete connections of all three modes, surviving a reload', async ({
    page,
    openai,
    ollama,
  }) => {
    openai.behave({ requireKey: 'sk-test-123' });
    await openSettings(page);
    await expect(page.getByRole('heading', { name: 'Add your first server' })).toBeVisible();

    const compat = await addConnection(page, {
      server: 'llama.cpp',
      name: 'Compat',
      mode: 'OpenAI-compatible',
      baseUrl: openai.baseUrl,
      apiKey: 'sk-test-123',
      maxTokens: '77',
    });
    const official = await addConnection(page, {
      server: 'OpenAI',
      name: 'Official',
      mode: 'OpenAI',
      baseUrl: openai.url,
      apiKey: 'sk-test-123',
    });
    const native = await addConnection(page, { server: 'Ollama', name: 'Native', mode: 'Ollama', baseUrl: ollama.url });

    await expect(statusOf(compat)).toHaveText(/Online · 2 models/);
    await expect(statusOf(official)).toHaveText(/Online · 2 models/);
    await expect(statusOf(native)).toHaveText(/Online · \d+ models?/);
    await expect(official.getByText(`${openai.url}/v1/chat/completions`)).toBeVisible();
    await expect(native.getByText(`${ollama.url}/api/generate`)).toBeVisible();
    // the key went to its own server, as a Bearer token
    expect(openai.lastRequest('/v1/models')?.headers['authorization']).toBe('Bearer sk-test-123');
    expect(ollama.lastRequest('/api/tags')?.headers['authorization']).toBeUndefined();

    await page.reload();
    await expect(connectionCard(page, 'Compat')).toBeVisible();
    await expect(connectionCard(page, 'Official')).toBeVisible();
    await expect(connectionCard(page, 'Native')).toBeVisible();

    // edit: rename and change a param; the form shows what was stored
    await connectionCard(page, 'Compat').getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('form').getByLabel('Max tokens', { exact: true })).toHaveValue('77');
    await fillConnectionForm(page, { name: 'Compat renamed', maxTokens: '99' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(connectionCard(page, 'Compat renamed')).toBeVisible();
    await expect(connectionCard(page, 'Compat')).toHaveCount(0);

    // disable: status says so and its models leave the combined list
    const nativeCard = connectionCard(page, 'Native');
    await nativeCard.getByRole('switch', { name: 'Enabled' }).uncheck();
    await expect(statusOf(nativeCard)).toHaveText('Disabled');

    // delete, undo, delete again
    await connectionCard(page, 'Official').getByRole('button', { name: 'Delete' }).click();
    await expect(connectionCard(page, 'Official')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(connectionCard(page, 'Official')).toBeVisible();
    await connectionCard(page, 'Official').getByRole('button', { name: 'Delete' }).click();
    await expect(connectionCard(page, 'Official')).toHaveCount(0);

    await page.reload();
    await expect(connectionCard(page, 'Compat renamed')).toBeVisible();
    await expect(connectionCard(page, 'Official')).toHaveCount(0);
    await expect(connectionCard(page, 'Native').getByRole('switch', { name: 'Enabled' })).not.toBeChecked();
    await expect(statusOf(connectionCard(page, 'Native'))).toHaveText('Disabled');
    await connectionCard(page, 'Compat renamed').getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('form').getByLabel('Max tokens', { exact: true })).toHaveValue('99');
  });

  test('every base-URL form a user pastes resolves to the API and says where requests go', async ({
    page,
    openai,
    startServer,
  }) => {
    const root = await startServer('openai', { rootPath: true, models: ['root-model'] });
    await openSettings(page);
    const forms: [string, string, string][] = [
      ['bare origin', openai.url, `${openai.url}/v1/chat/completions`],
      ['trailing slash', `${openai.url}/`, `${openai.url}/v1/chat/completions`],
      ['with /v1', `${openai.url}/v1`, `${openai.url}/v1/chat/completions`],
      ['with /v1/', `${openai.url}/v1/`, `${openai.url}/v1/chat/completions`],
      ['whole chat endpoint', `${openai.url}/v1/chat/completions`, `${openai.url}/v1/chat/completions`],
      ['whole models endpoint', `${openai.url}/v1/models`, `${openai.url}/v1/chat/completions`],
      ['root-path server', root.url, `${root.url}/chat/completions`],
      ['root-path server, endpoint pasted', `${root.url}/chat/completions`, `${root.url}/chat/completions`],
    ];
    for (const [name, baseUrl, endpoint] of forms) {
      const card = await addConnection(page, { server: 'Other', name, mode: 'OpenAI-compatible', baseUrl });
      await expect(card.getByText(endpoint, { exact: true })).toBeVisible();
      await expect(statusOf(card)).toHaveText(/Online · [12] models?/);
      // the same server may be added once only, so make room for the next form
      await card.getByRole('button', { name: 'Delete' }).click();
      await expect(card).toHaveCount(0);
    }
  });

  test('models from two servers of different modes are listed together, each naming its server', async ({
    page,
    openai,
    ollama,
  }) => {
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Llama box', baseUrl: openai.baseUrl });
    await addConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url });
    const all = page.getByRole('list', { name: 'All models' });
    await expect(all.getByRole('listitem').filter({ hasText: 'test-model' })).toContainText('on Llama box');
    const ollamaModels = ollama.config.models.map((m) => m.name);
    for (const model of ollamaModels) {
      await expect(all.getByRole('listitem').filter({ hasText: model })).toContainText('on Ollama box');
    }
    // a disabled connection's models are not listed
    await connectionCard(page, 'Ollama box').getByRole('switch', { name: 'Enabled' }).uncheck();
    await expect(all.getByRole('listitem').filter({ hasText: ollamaModels[0] as string })).toHaveCount(0);
    await expect(all.getByRole('listitem').filter({ hasText: 'test-model' })).toBeVisible();
  });

  test('a dead server shows as failed while the other still lists its models', async ({
    page,
    openai,
    startServer,
  }) => {
    const doomed = await startServer('openai', { models: ['doomed-model'] });
    const deadUrl = doomed.baseUrl;
    await openSettings(page);
    await addConnection(page, { server: 'vLLM', name: 'Alive', baseUrl: openai.baseUrl });
    await doomed.close();
    await addConnection(page, { server: 'vLLM', name: 'Dead', baseUrl: deadUrl });
    await expect(statusOf(connectionCard(page, 'Dead'))).toHaveText(/Failed/);
    await expect(statusOf(connectionCard(page, 'Alive'))).toHaveText(/Online · 2 models/);
    await page.getByRole('button', { name: 'Refresh all' }).click();
    await expect(statusOf(connectionCard(page, 'Dead'))).toHaveText(/Failed/);
    await expect(page.getByRole('list', { name: 'All models' }).getByText('test-model')).toBeVisible();
  });

  test('a slow server never delays the others', async ({ page, openai, startServer }) => {
    const slow = await startServer('openai', { hang: true });
    await openSettings(page);
    await addConnection(page, { server: 'vLLM', name: 'Hanging', baseUrl: `${slow.url}/v1` });
    await addConnection(page, { server: 'vLLM', name: 'Quick', baseUrl: openai.baseUrl });
    await expect(statusOf(connectionCard(page, 'Quick'))).toHaveText(/Online/);
    await expect(statusOf(connectionCard(page, 'Hanging'))).toHaveText(/Checking|Failed/);
    await expect(statusOf(connectionCard(page, 'Hanging'))).toHaveText(/Failed: no answer in time/, {
      timeout: 15_000,
    });
  });

  test('validation explains what is wrong and saves nothing half-way', async ({ page }) => {
    await openSettings(page);
    await page.getByRole('button', { name: 'Add connection', exact: true }).click();
    await fillConnectionForm(page, { name: '', baseUrl: 'ftp://example.com', extraParams: '{"keep_alive": ' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const form = page.getByRole('form');
    await expect(form.getByText('Give the connection a name')).toBeVisible();
    await expect(form.getByText(/Only http:\/\/ and https:\/\//)).toBeVisible();
    await expect(form.getByText(/not valid JSON/)).toBeVisible();
    // each message is read with its control, which says it is invalid; a hint is read with its control too
    const name = form.getByLabel('Name', { exact: true });
    await expect(name).toHaveAccessibleDescription('Give the connection a name');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Base URL', { exact: true })).toHaveAccessibleDescription(/Only http:\/\/ and https/);
    const key = form.getByLabel('API key', { exact: true });
    await expect(key).toHaveAccessibleDescription('Sent only to this server, as a Bearer token.');
    await expect(key).not.toHaveAttribute('aria-invalid');
    await fillConnectionForm(page, { name: 'Named now' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByText('Give the connection a name')).toHaveCount(0);
    await expect(name).not.toHaveAttribute('aria-invalid');
    await expect(name).not.toHaveAttribute('aria-describedby');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Add your first server' })).toBeVisible();
  });

  test('scan for local servers finds the test servers and adds one', async ({ page, openai, ollama }) => {
    await openSettings(page);
    await page.getByRole('button', { name: 'Scan for local servers' }).first().click();
    await page.getByLabel('Ports to scan').fill(`${ollama.port}, ${openai.port}, 1`);
    await page.getByRole('button', { name: 'Start scan' }).click();
    await expect(page.getByText('Found 2 servers:')).toBeVisible();
    await expect(page.getByText(`http://localhost:${ollama.port}`, { exact: true })).toBeVisible();
    await expect(page.getByText(`http://localhost:${openai.port}/v1`, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: `Add Ollama on port ${ollama.port}` }).click();
    await expect(statusOf(connectionCard(page, `Ollama :${ollama.port}`))).toHaveText(/Online/);
    await expect(page.getByRole('button', { name: `Add llama.cpp on port ${openai.port}` })).toBeVisible();
  });

  test('a change in one tab shows in another without a reload', async ({ page, context, openai }) => {
    await openSettings(page);
    const other = await context.newPage();
    await openSettings(other);
    await addConnection(page, { server: 'vLLM', name: 'Shared', baseUrl: openai.baseUrl });
    await expect(connectionCard(other, 'Shared')).toBeVisible();
    await connectionCard(other, 'Shared').getByRole('switch', { name: 'Enabled' }).uncheck();
    await expect(statusOf(connectionCard(page, 'Shared'))).toHaveText('Disabled');
    await connectionCard(other, 'Shared').getByRole('button', { name: 'Delete' }).click();
    await expect(connectionCard(page, 'Shared')).toHaveCount(0);
  });

  test('connections export to a file (keys left out) and import back with the stored field names', async ({
    page,
    openai,
  }) => {
    await openSettings(page);
    await addConnection(page, {
      server: 'vLLM',
      name: 'Backed up',
      baseUrl: openai.url,
      apiKey: 'sk-never-exported',
      maxTokens: '321',
    });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export connections' }).click();
    const text = await readFile(await (await downloading).path(), 'utf8');
    expect(text).not.toContain('sk-never-exported');
    const doc = JSON.parse(text);
    expect(doc.connections[0]).toMatchObject({
      name: 'Backed up',
      mode: 'openai_compatible',
      base_url: `${openai.url}/v1`,
      params: { max_tokens: 321 },
    });

    await connectionCard(page, 'Backed up').getByRole('button', { name: 'Delete' }).click();
    await expect(connectionCard(page, 'Backed up')).toHaveCount(0);
    await page
      .getByLabel('Import connections file')
      .setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByText('Imported 1 connection.')).toBeVisible();
    await expect(statusOf(connectionCard(page, 'Backed up'))).toHaveText(/Online/);
  });

  test('model ids typed by hand work for a server without a model list, and a filter trims big lists', async ({
    page,
    openai,
    startServer,
  }) => {
    const listless = await startServer('openai', { status: { code: 404, path: '/v1/models' } });
    await openSettings(page);
    await addConnection(page, {
      server: 'vLLM',
      name: 'No list',
      baseUrl: `${listless.url}/v1`,
      modelIds: 'my-exact-model',
    });
    const card = connectionCard(page, 'No list');
    await expect(statusOf(card)).toHaveText(/^Model list failed: HTTP 404.* · 1 model typed by hand$/);
    await page.getByRole('link', { name: 'Chat', exact: true }).click();
    await pickModel(page, 'my-exact-model', 'No list');
    await page.getByRole('textbox', { name: 'Message' }).fill('Hi');
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect(page.getByRole('article', { name: 'Assistant message' })).toContainText(
      'Hello from the OpenAI-compatible test server.',
    );
    expect((listless.lastRequest('/v1/chat/completions', 'POST')?.json as { model: string }).model).toBe(
      'my-exact-model',
    );

    await openSettings(page);
    await addConnection(page, {
      server: 'OpenRouter',
      name: 'Filtered',
      baseUrl: openai.baseUrl,
      modelFilter: 'other',
    });
    await expect(statusOf(connectionCard(page, 'Filtered'))).toHaveText('Online · 1 model');
    await expect(
      page.getByRole('list', { name: 'All models' }).getByRole('listitem').filter({ hasText: 'on Filtered' }),
    ).toHaveText(/other-model/);
  });
});
