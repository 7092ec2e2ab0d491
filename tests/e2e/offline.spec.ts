// Installable and offline: the manifest and its icons, the service worker that precaches the app shell
// (and never answers a request to an LLM server), and the update notice that waits for a streaming answer.
// Tests that stop the app's server or change its files serve their own copy on their own port.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Response } from '@playwright/test';
import { DIST_DIR } from '../servers/static-server.ts';
import { APP_URL, expect, test, type OpenAIServer } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { addConnection } from './support/settings-ui.ts';

test.use({ serviceWorkers: 'allow' });

const REPLY = 'Hello from the OpenAI-compatible test server.';

/** Waits for the service worker to be active, then reloads so that it controls the page. */
async function reloadUnderServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/switchboard\/sw\.js$/);
}

/** Every response the page gets from `server`, to check that none came from the service worker. */
function responsesFrom(page: Page, server: OpenAIServer): Response[] {
  const origin = new URL(server.baseUrl).origin;
  const seen: Response[] = [];
  page.on('response', (response) => void (new URL(response.url()).origin === origin && seen.push(response)));
  return seen;
}

/** The chat completion responses (answers and title requests) the page has received so far. */
function chatCompletionsSeen(responses: Response[]): Response[] {
  return responses.filter((r) => r.url().endsWith('/v1/chat/completions') && r.request().method() === 'POST');
}

async function chatWith(page: Page, appUrl: string, server: OpenAIServer, text: string): Promise<void> {
  await page.goto(`${appUrl}#/settings`);
  await addConnection(page, { server: 'llama.cpp', name: 'Here', baseUrl: server.baseUrl });
  await openChat(page);
  await pickModel(page, 'other-model', 'Here');
  await sendMessage(page, text);
}

test('the manifest is linked and served, with its icons', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest'); // relative: any path prefix works
  const manifestUrl = new URL(href ?? '', APP_URL).href;
  const reply = await request.get(manifestUrl);
  expect(reply.ok()).toBe(true);
  expect(reply.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await reply.json();
  expect(manifest).toMatchObject({
    name: 'Switchboard',
    short_name: 'Switchboard',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });
  expect(manifest.description).toBeTruthy();
  const icons = manifest.icons as Array<{ src: string; sizes: string; purpose: string }>;
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  for (const src of [...icons.map((i) => i.src), apple ?? '']) {
    const icon = await request.get(new URL(src, manifestUrl).href);
    expect(icon.ok(), src).toBe(true);
    expect(icon.headers()['content-type']).toBe('image/png');
    const size = await page.evaluate(async (url) => {
      const bitmap = await createImageBitmap(await (await fetch(url)).blob());
      return `${bitmap.width}x${bitmap.height}`;
    }, new URL(src, manifestUrl).href);
    expect(size).toBe(icons.find((i) => i.src === src)?.sizes ?? '180x180');
  }
  // light and dark theme colours for the browser's bar
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]')).toHaveCount(1);
});

test('the service worker precaches the built files, not source maps, and routes nothing else', async ({ request }) => {
  const sw = await (await request.get(new URL('sw.js', APP_URL).href)).text();
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(precached).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icons/icon-192.png']));
  expect(precached.some((url) => /^assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
  expect(precached.filter((url) => url.endsWith('.map'))).toEqual([]);
  // one route besides the precache: navigations to the app's own index.html; no runtime caching of any kind
  expect(sw.match(/registerRoute\(/g)).toHaveLength(1);
  expect(sw).toMatch(/registerRoute\(new \w+\.NavigationRoute\(\w+\.createHandlerBoundToURL\("index\.html"\)/);
  expect(sw).not.toMatch(/StaleWhileRevalidate|NetworkFirst|CacheFirst|NetworkOnly|setDefaultHandler/);
});

test('the service worker registers and controls the page after a reload; offline, the app still opens', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await reloadUnderServiceWorker(page);
  const appResponses: Response[] = [];
  page.on('response', (r) => void (r.url().startsWith(APP_URL) && appResponses.push(r)));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  // the page and its scripts came from the precache, not from the (unreachable) network
  expect(appResponses.length).toBeGreaterThan(0);
  expect(appResponses.every((r) => r.fromServiceWorker())).toBe(true);
  // lazily loaded parts are precached too
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('with the app’s server gone, the app opens from the precache and chats with a server on this computer; the service worker never answers the LLM server', async ({
  page,
  openai,
  startAppServer,
}) => {
  test.setTimeout(180_000); // installs a service worker, then reloads twice: slow on a busy machine
  // Playwright's setOffline also cuts loopback, so the LLM server would be unreachable too: "no network
  // for the app" is its own server stopped while the LLM server on this computer keeps running.
  const app = await startAppServer({ hostname: 'localhost' });
  const fromServer = responsesFrom(page, openai);
  await page.goto(app.url);
  await reloadUnderServiceWorker(page);
  await chatWith(page, app.url, openai, 'Online question');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  // the chat's automatic title is asked for after the answer: let it come back before the reload, which would
  // cut it off (the server logs it, the page never sees its response: CI once counted 2 of 3 so)
  await expect.poll(() => chatCompletionsSeen(fromServer).length).toBe(2);

  await app.close();
  expect((await page.request.get(app.url).catch((e: Error) => e)) instanceof Error).toBe(true);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await sendMessage(page, 'Offline question');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await expect(page.getByRole('article').filter({ hasText: 'Offline question' })).toBeVisible();

  // every answer reached the page from the server itself: it logged each request, none came from the worker
  const chats = openai.requestsTo('/v1/chat/completions', 'POST');
  expect(chats.map((r) => (r.json as { messages: Array<{ content: string }> }).messages.at(-1)?.content)).toEqual([
    'Online question',
    'Offline question',
  ]);
  const chatResponses = chatCompletionsSeen(fromServer);
  // (the chat's automatic title is one more request, which the server logs apart)
  expect(chatResponses).toHaveLength(chats.length + openai.titleRequests.length);
  expect(fromServer.length).toBeGreaterThan(2); // the model lists too
  expect(fromServer.filter((r) => r.fromServiceWorker()).map((r) => r.url())).toEqual([]);
});

test('a new version shows the update notice; Reload waits for the streaming answer, then reloads', async ({
  page,
  openai,
  startAppServer,
}) => {
  test.setTimeout(180_000); // installs a service worker twice and reloads twice: slow on a busy machine
  const root = await mkdtemp(join(tmpdir(), 'switchboard-update-'));
  try {
    await cp(DIST_DIR, root, { recursive: true });
    const app = await startAppServer({ hostname: 'localhost', root });
    await page.goto(app.url);
    await reloadUnderServiceWorker(page);
    await chatWith(page, app.url, openai, 'First');
    await expect(assistantMessages(page).last()).toContainText(REPLY);
    const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await expect(notice).toHaveCount(0);

    // deploy "version 2": a changed service worker on the same origin, found by the browser's update check
    const sw = join(root, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// version 2\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(notice).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .include('.update-notice')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    openai.behave({ holdStream: true });
    await sendMessage(page, 'Second');
    await openai.waitForHold();
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Reloading after the answer finishes…' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);

    openai.release();
    // the answer finishes, the new version takes over and the page reloads (the marker is gone)
    await expect
      .poll(() =>
        page
          .evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate ?? 'reloaded')
          .catch(() => 'navigating'),
      )
      .toBe('reloaded');
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBe(
      null,
    );
    await expect(page.getByRole('status').filter({ hasText: /new version|Reloading/ })).toHaveCount(0);
    await expect(assistantMessages(page).last()).toContainText(REPLY);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
