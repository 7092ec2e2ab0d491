// The diagnosis matrix: one failure scenario per test, the app on its own origin and each test server on
// another. Each test checks the cause (data-cause and title), a specific evidence line, and a fix that is
// ready to use: with this page's exact origin where the fix depends on it (CORS, mixed content).
import { APP_ORIGIN, expect, test } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import {
  cardDiagnosis,
  checklistStep,
  commandsOf,
  diagnosisIn,
  evidenceOf,
  fixesOf,
  openSettingsAt,
  runConnectionTest,
  titleOf,
} from './support/diagnosis-ui.ts';
import { addConnection, connectionCard, fillConnectionForm, openSettings, statusOf } from './support/settings-ui.ts';

test.describe('diagnosis', () => {
  test('server down: nothing answers, so it says start the server', async ({ page, startServer }) => {
    const gone = await startServer('openai');
    const baseUrl = gone.baseUrl;
    const host = new URL(gone.url).host;
    await gone.close();

    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Down', baseUrl });
    const d = await cardDiagnosis(page, 'Down', `Nothing answered at ${host}`);
    await expect(d).toHaveAttribute('data-cause', 'unreachable');
    await expect(evidenceOf(d)).toContainText(`No-CORS probe of http://${host}/ failed`);
    await expect(evidenceOf(d)).toContainText(`GET ${baseUrl}/models failed before any answer could be read`);
    await expect(fixesOf(d)).toContainText('Check that llama.cpp is running');
    await expect(fixesOf(d)).toContainText('llama-server -m model.gguf --port 8080');
    await expect(commandsOf(d).first()).toHaveText(`curl -si "${baseUrl}/models" | head -n 5`);
  });

  test('no CORS headers: the checklist stops at CORS and the fix names this origin', async ({ page, startServer }) => {
    const server = await startServer('openai', { cors: 'none' });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'No CORS', baseUrl: server.baseUrl });
    const { test: run, checklist } = await runConnectionTest(page, 'No CORS');
    await expect(checklistStep(checklist, 'The server answers')).toHaveAttribute('data-status', 'pass');
    await expect(checklistStep(checklist, 'The server allows this page (CORS)')).toHaveAttribute('data-status', 'fail');
    await expect(checklistStep(checklist, 'The server allows this page (CORS)')).toContainText('Failed');
    await expect(checklistStep(checklist, 'The model list can be read')).toHaveAttribute('data-status', 'skip');
    await expect(checklistStep(checklist, 'The model list can be read')).toContainText('Skipped');

    const d = diagnosisIn(run);
    await expect(d).toHaveAttribute('data-cause', 'cors-origin');
    await expect(titleOf(d)).toHaveText(`llama.cpp does not allow requests from ${APP_ORIGIN}`);
    await expect(evidenceOf(d)).toContainText(
      `Simple CORS GET of ${server.baseUrl}/models (no Authorization, no Content-Type) was blocked by the browser`,
    );
    await expect(evidenceOf(d)).toContainText(`No-CORS probe of ${server.url}/ got an answer`);
    await expect(fixesOf(d)).toContainText(`Allow ${APP_ORIGIN} in llama-server`);
    await expect(commandsOf(d).first()).toHaveText(`llama-server -m model.gguf --cors-origins "${APP_ORIGIN}"`);
    await expect(fixesOf(d)).toContainText(`Access-Control-Allow-Origin: ${APP_ORIGIN}"`);
    await expect(fixesOf(d)).not.toContainText(`${APP_ORIGIN}/`);
  });

  test('Ollama refuses a foreign origin (403): OLLAMA_ORIGINS with this exact origin, per platform', async ({
    page,
    ollama,
    startAppServer,
  }) => {
    const app = await startAppServer();
    expect(app.origin).toMatch(/^http:\/\/app\.test:\d+$/);
    await openSettingsAt(page, app.url);
    await addConnection(page, { server: 'Ollama', name: 'Home Ollama', baseUrl: ollama.url });
    const d = await cardDiagnosis(page, 'Home Ollama', `Ollama does not allow requests from ${app.origin}`);
    await expect(d).toHaveAttribute('data-cause', 'cors-origin');
    await expect(evidenceOf(d)).toContainText(
      `Simple CORS GET of ${ollama.url}/api/tags (no Authorization, no Content-Type) was blocked by the browser`,
    );
    // app.test looks public, but the browser let the probe through, so Local Network Access is not the cause
    await expect(evidenceOf(d)).toContainText(
      'local network access did not block it: the browser does not treat app.test as a public site',
    );
    // the server really saw this page's origin and refused it
    expect(ollama.lastRequest('/api/tags')?.origin).toBe(app.origin);

    const tabs = d.getByRole('tablist', { name: `Allow ${app.origin} in Ollama (OLLAMA_ORIGINS): choose your system` });
    await expect(tabs.getByRole('tab')).toHaveText(['macOS app', 'Linux (systemd)', 'Windows', 'Docker', 'Any system']);
    await expect(tabs.getByRole('tab', { name: 'macOS app' })).toHaveAttribute('aria-selected', 'true');
    await expect(commandsOf(d).first()).toHaveText(`launchctl setenv OLLAMA_ORIGINS "${app.origin}"`);
    await tabs.getByRole('tab', { name: 'Linux (systemd)' }).click();
    await expect(commandsOf(d).first()).toContainText(`Environment="OLLAMA_ORIGINS=${app.origin}"`);
    await tabs.getByRole('tab', { name: 'Windows' }).click();
    await expect(commandsOf(d).first()).toHaveText(`setx OLLAMA_ORIGINS "${app.origin}"`);
    await tabs.getByRole('tab', { name: 'Docker' }).click();
    await expect(commandsOf(d).first()).toContainText(`-e OLLAMA_ORIGINS="${app.origin}" -p ${ollama.port}:11434`);
    await expect(fixesOf(d)).not.toContainText(`${app.origin}/`);

    // "Test connection" agrees: past the page rules, stopped at CORS
    const { checklist } = await runConnectionTest(page, 'Home Ollama');
    await expect(checklistStep(checklist, 'This page may call it')).toHaveAttribute('data-status', 'pass');
    await expect(checklistStep(checklist, 'The server allows this page (CORS)')).toHaveAttribute('data-status', 'fail');

    // applying the fix (what OLLAMA_ORIGINS does) makes the connection work
    ollama.behave({ origins: [app.origin] });
    await connectionCard(page, 'Home Ollama').getByRole('button', { name: 'Refresh models' }).click();
    await expect(statusOf(connectionCard(page, 'Home Ollama'))).toHaveText(/Online · 2 models/);
  });

  test('preflight refuses Authorization: the checklist stops at the preflight and names the headers', async ({
    page,
    startServer,
  }) => {
    const server = await startServer('openai', { allowedHeaders: ['Content-Type'] });
    await openSettings(page);
    await addConnection(page, {
      server: 'llama.cpp',
      name: 'Keyed',
      baseUrl: server.baseUrl,
      apiKey: 'sk-preflight-1',
    });
    const d = await cardDiagnosis(
      page,
      'Keyed',
      'The server allows this page, but rejects the preflight for our request headers',
    );
    await expect(d).toHaveAttribute('data-cause', 'cors-preflight');
    await expect(evidenceOf(d)).toContainText(
      `Request to ${server.baseUrl}/models with headers content-type, authorization was blocked: the preflight was rejected`,
    );
    await expect(evidenceOf(d)).toContainText('so this origin is allowed');
    await expect(fixesOf(d)).toContainText('Remove the API key if this server does not need one');
    await expect(fixesOf(d)).toContainText(`Allow the request headers content-type, authorization for ${APP_ORIGIN}`);
    await expect(commandsOf(d).first()).toHaveText(
      'llama-server -m model.gguf --cors-headers authorization,content-type',
    );
    // the preflight asked for Authorization and got only Content-Type
    expect(server.preflights('/v1/models').at(-1)?.headers['access-control-request-headers']).toContain(
      'authorization',
    );

    const { checklist } = await runConnectionTest(page, 'Keyed');
    await expect(checklistStep(checklist, 'The server allows this page (CORS)')).toHaveAttribute('data-status', 'pass');
    await expect(checklistStep(checklist, 'The server accepts our request headers (preflight)')).toHaveAttribute(
      'data-status',
      'fail',
    );
  });

  test('401 with a wrong key: check the API key', async ({ page, startServer }) => {
    const server = await startServer('openai', { requireKey: 'sk-right-key' });
    await openSettings(page);
    await addConnection(page, {
      server: 'llama.cpp',
      name: 'Wrong key',
      baseUrl: server.baseUrl,
      apiKey: 'sk-wrong-key',
    });
    const d = await cardDiagnosis(page, 'Wrong key', 'The server wants a valid API key');
    await expect(d).toHaveAttribute('data-cause', 'auth');
    await expect(evidenceOf(d)).toContainText(`GET ${server.baseUrl}/models answered HTTP 401`);
    await expect(evidenceOf(d)).toContainText('The server said: "Invalid API Key"');
    await expect(evidenceOf(d)).toContainText('The request carried an API key');
    await expect(fixesOf(d)).toContainText('Check the API key');
    await expect(fixesOf(d)).toContainText('The server refused the key this connection sent (HTTP 401)');
    await expect(fixesOf(d)).toContainText('--api-key');
    await expect(d).not.toContainText('sk-wrong-key');
  });

  test('404 unknown model in chat: "Diagnose this error" says ollama pull', async ({ page, ollama }) => {
    await openSettings(page);
    await addConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url, modelIds: 'llama3.3:70b' });
    await openChat(page);
    await pickModel(page, 'llama3.3:70b', 'Ollama box');
    await sendMessage(page, 'Hello there');
    const answer = assistantMessages(page).last();
    await expect(answer.getByRole('alert')).toContainText("model 'llama3.3:70b' not found");
    await answer.getByRole('button', { name: 'Diagnose this error' }).click();
    const d = diagnosisIn(answer);
    await expect(d).toHaveAttribute('data-cause', 'model-not-found');
    await expect(titleOf(d)).toHaveText('The server has no model "llama3.3:70b"');
    await expect(evidenceOf(d)).toContainText(`POST ${ollama.url}/api/generate answered HTTP 404`);
    await expect(evidenceOf(d)).toContainText(`The server said: "model 'llama3.3:70b' not found"`);
    await expect(fixesOf(d)).toContainText('Download llama3.3:70b into Ollama');
    await expect(commandsOf(d).first()).toHaveText('ollama pull "llama3.3:70b"');
  });

  test('404 at /v1 on a root-path server: try the base URL without /v1', async ({ page, startServer }) => {
    // Osaurus-style: the API lives at the root. It was still loading (503) when the connection was
    // added, so no candidate answered and the first guess (<origin>/v1) was kept.
    const server = await startServer('openai', { rootPath: true });
    server.behave({ status: { code: 503 } });
    await openSettings(page);
    await addConnection(page, { server: 'Other', name: 'Rooted', mode: 'OpenAI-compatible', baseUrl: server.url });
    await expect(page.getByText(`Saved “Rooted”, but it did not answer`)).toBeVisible();
    await expect(connectionCard(page, 'Rooted').getByText(`${server.url}/v1/chat/completions`)).toBeVisible();
    await expect(statusOf(connectionCard(page, 'Rooted'))).toHaveText('Failed: The model is still loading');
    server.reset();
    await connectionCard(page, 'Rooted').getByRole('button', { name: 'Refresh models' }).click();
    const d = await cardDiagnosis(page, 'Rooted', 'Nothing at this path on the server (HTTP 404)');
    await expect(d).toHaveAttribute('data-cause', 'wrong-path');
    await expect(evidenceOf(d)).toContainText(`GET ${server.url}/v1/models answered HTTP 404`);
    const first = fixesOf(d).getByRole('listitem').first();
    await expect(first.locator('strong')).toHaveText(`Try the base URL ${server.url}`);
    await expect(first).toContainText(`a few also answer at the root. Try ${server.url}.`);

    // following the advice works
    await connectionCard(page, 'Rooted').getByRole('button', { name: 'Edit' }).click();
    await fillConnectionForm(page, { baseUrl: server.url });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(statusOf(connectionCard(page, 'Rooted'))).toHaveText(/Online · 2 models/);
    await expect(
      connectionCard(page, 'Rooted').getByText(`${server.url}/chat/completions`, { exact: true }),
    ).toBeVisible();
  });

  test('an HTML page instead of the API: point the connection at the API', async ({ page, startServer }) => {
    const server = await startServer('openai', { html: true });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Web UI', baseUrl: server.baseUrl });
    const d = await cardDiagnosis(page, 'Web UI', 'This URL is a web page, not the API');
    await expect(d).toHaveAttribute('data-cause', 'web-ui-not-api');
    await expect(evidenceOf(d)).toContainText('The answer is an HTML page');
    await expect(evidenceOf(d)).toContainText(
      `GET ${server.baseUrl}/models answered HTTP 200, but not in the expected format`,
    );
    await expect(fixesOf(d)).toContainText('Point the connection at the API, not the web page');
    await expect(fixesOf(d)).toContainText(`${server.baseUrl} returned a web page`);
  });

  test('Ollama without the /v1 layer in OpenAI mode: switch to Ollama mode', async ({ page, startServer }) => {
    const ollama = await startServer('ollama', {
      status: { code: 404, path: '/v1/models', body: '404 page not found' },
    });
    await openSettings(page);
    await addConnection(page, { server: 'Other', name: 'Mystery', mode: 'OpenAI-compatible', baseUrl: ollama.url });
    const d = await cardDiagnosis(page, 'Mystery', 'This server is Ollama: use Ollama mode');
    await expect(d).toHaveAttribute('data-cause', 'wrong-mode');
    await expect(evidenceOf(d)).toContainText(`GET ${ollama.url}/v1/models answered HTTP 404`);
    await expect(evidenceOf(d)).toContainText(`${ollama.url}/ answered "Ollama is running"`);
    await expect(fixesOf(d)).toContainText('Switch this connection to Ollama mode');
    await expect(fixesOf(d)).toContainText(`Edit the connection: mode "Ollama", base URL ${ollama.url}.`);
    await expect(commandsOf(d).first()).toHaveText(`curl -s "${ollama.url}/api/version"`);

    // following the advice works
    await connectionCard(page, 'Mystery').getByRole('button', { name: 'Edit' }).click();
    await fillConnectionForm(page, { mode: 'Ollama', baseUrl: ollama.url });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(statusOf(connectionCard(page, 'Mystery'))).toHaveText(/Online · 2 models/);
  });

  test('https page → http on a non-local name: mixed content, not CORS, and nothing is sent', async ({
    page,
    openai,
    startAppServer,
  }) => {
    const app = await startAppServer({ https: true });
    expect(app.origin).toMatch(/^https:\/\/app\.test:\d+$/);
    const baseUrl = `${openai.urlWithHost('lan.test')}/v1`;
    const host = `lan.test:${openai.port}`;
    await openSettingsAt(page, app.url);

    await page.getByRole('button', { name: 'Add connection', exact: true }).click();
    await fillConnectionForm(page, { server: 'llama.cpp', name: 'LAN box', baseUrl });
    const warning = page.getByRole('form').getByRole('status').and(page.locator('[data-cause="mixed-content"]'));
    await expect(warning).toContainText(`This https page can't call plain-http ${host}`);
    await expect(warning).toContainText(`Change the base URL to http://localhost:${openai.port}/v1.`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('form')).toHaveCount(0);

    const d = await cardDiagnosis(page, 'LAN box', `This https page can't call plain-http ${host}`);
    await expect(d).toHaveAttribute('data-cause', 'mixed-content');
    await expect(d).not.toHaveAttribute('data-cause', /cors/);
    await expect(evidenceOf(d)).toContainText(
      'Browsers block http:// requests from https pages unless the target is localhost or 127.0.0.1',
    );
    await expect(evidenceOf(d)).toContainText(`Page origin ${app.origin} is`);
    await expect(fixesOf(d)).toContainText(`Change the base URL to http://localhost:${openai.port}/v1.`);
    await expect(fixesOf(d)).toContainText(`this page (${app.origin}) is https`);
    await expect(fixesOf(d)).not.toContainText(`${app.origin}/`);
    await expect(commandsOf(d).first()).toHaveText(`caddy reverse-proxy --from localhost:8443 --to "${host}"`);
    // the browser blocked every request before sending: the server saw nothing, not even a preflight
    expect(openai.requests).toHaveLength(0);
  });

  test('503 while the model loads: the one-token chat of "Test connection" says wait', async ({ page, openai }) => {
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Loading', baseUrl: openai.baseUrl });
    await expect(statusOf(connectionCard(page, 'Loading'))).toHaveText(/Online/);
    openai.behave({ status: { code: 503, path: '/v1/chat/completions' } });
    const { test: run } = await runConnectionTest(page, 'Loading');
    await run.getByRole('checkbox', { name: 'Include a tiny chat (a few tokens)' }).check();
    await run.getByRole('button', { name: 'Run test again' }).click();
    const checklist = run.getByRole('list', { name: 'Connection checklist' });
    await expect(checklistStep(checklist, 'A one-token chat works')).toHaveAttribute('data-status', 'fail');
    await expect(checklistStep(checklist, 'The model list can be read')).toHaveAttribute('data-status', 'pass');
    const d = diagnosisIn(run);
    await expect(d).toHaveAttribute('data-cause', 'loading');
    await expect(titleOf(d)).toHaveText('The model is still loading');
    await expect(evidenceOf(d)).toContainText(`POST ${openai.baseUrl}/chat/completions answered HTTP 503`);
    await expect(evidenceOf(d)).toContainText('The server said: "Loading model"');
    await expect(fixesOf(d)).toContainText('Wait for the model to load, then retry');
    await expect(fixesOf(d)).toContainText('llama.cpp is still loading the model');
  });

  test('a server that stops answering: timeout, not "server down"', async ({ page, openai }) => {
    await openSettings(page);
    await addConnection(page, { server: 'vLLM', name: 'Silent', baseUrl: openai.baseUrl });
    await expect(statusOf(connectionCard(page, 'Silent'))).toHaveText(/Online/);
    openai.behave({ hang: '/v1/models' });
    await connectionCard(page, 'Silent').getByRole('button', { name: 'Refresh models' }).click();
    // the model list gives up after 8 s; the diagnosis then needs only the quick no-cors probe
    const d = await cardDiagnosis(page, 'Silent', 'The server took too long to answer', 11_000);
    const server = openai;
    await expect(d).toHaveAttribute('data-cause', 'timeout');
    await expect(evidenceOf(d)).toContainText(`GET ${server.baseUrl}/models got no answer before the time limit`);
    await expect(evidenceOf(d)).toContainText(`No-CORS probe of ${server.url}/ got an answer`);
    await expect(fixesOf(d)).toContainText('Retry: the first request may load the model');
  });
});
