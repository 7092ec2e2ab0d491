// Start-up never leaves a blank page: a malformed address, blocked site storage (localStorage and
// IndexedDB throwing SecurityError) and being framed by another site each give a working app or a
// short explanation, never an empty document.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, modelPicker, openChat, pickModel, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { blockLocalStorage } from './support/block-storage.ts';
import { addConnection, fillConnectionForm, openSettings } from './support/settings-ui.ts';
import { storeRawRecords } from './support/idb.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

const REPLY = 'Hello from the OpenAI-compatible test server.';

/** …and IndexedDB refuses too: reading window.indexedDB throws. */
async function blockIndexedDb(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
}

test('a malformed percent-encoding in the address opens the chat list with a message, also after a reload', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#/chat/%');
  await expect(modelPicker(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add your first server' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await page.reload();
  await expect(modelPicker(page)).toBeVisible();
  // a bad address typed while the app runs is handled the same way
  await page.evaluate(() => (location.hash = '#/chat/%E0%A4%A'));
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(modelPicker(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('with localStorage blocked the app starts, chats, saves and switches theme', async ({ page, openai }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await blockLocalStorage(page);
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await openChat(page);
  await pickModel(page, 'other-model', 'Box');
  await sendMessage(page, 'Hello without localStorage');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await waitForSaved(page);
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('article').filter({ hasText: 'Hello without localStorage' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a renderer warm-up file that fails to load (an open page after a new deploy) raises no error', async ({
  page,
  openai,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let refused = 0;
  await page.route('**/assets/warm-renderer-*.js', (route) => (refused++, route.abort()));
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await openChat(page);
  await pickModel(page, 'other-model', 'Box');
  await expect.poll(() => refused).toBeGreaterThan(0);
  await sendMessage(page, 'Hello after a deploy');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  expect(errors).toEqual([]);
});

test('with all site storage blocked the app still starts and says what could not be saved', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await blockLocalStorage(page);
  await blockIndexedDb(page);
  await page.goto('./#/chat');
  await expect(modelPicker(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add your first server' })).toBeVisible();
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  await fillConnectionForm(page, { name: 'Box', baseUrl: 'http://127.0.0.1:9/v1' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Could not save/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('framed by another site on a host that sends no frame headers, the app does not mount', async ({
  page,
  startServer,
  startAppServer,
}) => {
  const app = await startAppServer({ hostname: 'app.test', headersFile: false });
  const host = await startServer('openai', { html: true });
  await page.goto(host.url);
  await page.evaluate((src) => {
    document.body.innerHTML = '';
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Framed app';
    document.body.append(frame);
  }, app.url);
  const framed = page.frameLocator('iframe');
  const link = framed.getByRole('link', { name: 'Open Switchboard in its own tab' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  expect(new URL((await link.getAttribute('href')) ?? '', app.url).origin).toBe(app.origin);
  await expect(framed.getByRole('link', { name: 'Switchboard home' })).toHaveCount(0);
  await expect(framed.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  // the same build, opened on its own, runs
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a chat whose message list cannot load says so, instead of showing an empty chat', async ({ page }) => {
  await page.goto('./#/chat');
  const chat = linearConversation('chat-unloadable', ['A stored question', 'A stored answer'], {
    title: 'Unloadable chat',
    created_at: 1_700_000_000_000,
  });
  await storeRawRecords(page, [['chat:chat-unloadable', chat]]);
  // the list's file is gone, as after a new deploy to a host that keeps no old files
  await page.route(/\/VirtualMessages-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./#/chat/chat-unloadable');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'The messages could not be shown' })
      .filter({ hasText: 'Reload the page' }),
  ).toBeVisible();
});
