// A first visit with service workers allowed: the worker registers after load and precaches the app
// shell while the user adds a server and chats. Nothing of that may disturb the chat (the page is not
// controlled until the next load: clientsClaim is off), with or without localStorage.
import type { Page, Response } from '@playwright/test';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { blockLocalStorage } from './support/block-storage.ts';
import { assistantMessages, openChat, pickModel, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

test.use({ serviceWorkers: 'allow' });

const REPLY = 'Hello from the OpenAI-compatible test server.';

function responsesFrom(page: Page, server: OpenAIServer): Response[] {
  const origin = new URL(server.baseUrl).origin;
  const seen: Response[] = [];
  page.on('response', (response) => void (new URL(response.url()).origin === origin && seen.push(response)));
  return seen;
}

for (const storage of ['available', 'blocked'] as const) {
  test(`a first visit adds a server and chats while the service worker installs (localStorage ${storage})`, async ({
    page,
    openai,
  }) => {
    test.slow(); // two page loads, two chats and a whole app shell precached, on two shared cores
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const fromServer = responsesFrom(page, openai);
    if (storage === 'blocked') await blockLocalStorage(page);
    await openSettings(page);
    await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
    await openChat(page);
    await pickModel(page, 'other-model', 'Box');
    await sendMessage(page, 'Hello on a first visit');
    await expect(assistantMessages(page).last()).toContainText(REPLY);
    await waitForSaved(page);

    // the worker did install during this visit, and it never answered for the LLM server
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(scope).toMatch(/\/switchboard\/$/);
    expect(fromServer.some((r) => new URL(r.url()).pathname === '/v1/chat/completions')).toBe(true);
    expect(fromServer.filter((r) => r.fromServiceWorker())).toEqual([]);

    // the next load is controlled by the worker, and chats just the same
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    await sendMessage(page, 'And again under the worker');
    await expect(assistantMessages(page).last()).toContainText(REPLY);
    await expect(page.getByRole('article').filter({ hasText: 'Hello on a first visit' })).toBeVisible();
    expect(fromServer.filter((r) => r.fromServiceWorker())).toEqual([]);
    expect(errors).toEqual([]);
  });
}
