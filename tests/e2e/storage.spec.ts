// Storage failures: the user is told what happened and what to do, the chat stays on screen and keeps
// working, a download of it is offered, and saving resumes when storage works again. Also Settings'
// storage usage and quota.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { allStoredTexts } from './support/idb.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const REPLY = 'Hello from the OpenAI-compatible test server.';

/** From the moment window.__failStorage names an error, every IndexedDB write or transaction throws it. */
async function stubStorageErrors(page: import('@playwright/test').Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __failStorage?: string };
    const wrap = <T extends object>(proto: T, name: keyof T & string, only?: (args: unknown[]) => boolean) => {
      const original = proto[name] as unknown as (...args: unknown[]) => unknown;
      (proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        if (w.__failStorage && (!only || only(args)))
          throw new DOMException(`Stubbed ${w.__failStorage}`, w.__failStorage);
        return original.apply(this, args);
      };
    };
    wrap(IDBObjectStore.prototype, 'put');
    // a closed or unusable database refuses new write transactions (reads still work)
    wrap(
      IDBDatabase.prototype,
      'transaction',
      (args) => args[1] === 'readwrite' && w.__failStorage !== 'QuotaExceededError',
    );
  });
}

const cases = [
  { error: 'QuotaExceededError', message: /no room left to save your chats/ },
  { error: 'InvalidStateError', message: /does not let Switchboard save anything/ },
] as const;

for (const { error, message } of cases) {
  test(`${error} while saving: the chat stays, a download is offered, and saving resumes`, async ({ page, openai }) => {
    test.setTimeout(60_000); // two chats, two downloads and a retry on a shared machine
    await stubStorageErrors(page);
    await openSettings(page);
    await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
    await openChat(page);
    await sendMessage(page, 'Saved before the trouble');
    await expect(assistantMessages(page).last()).toContainText(REPLY);
    await waitForSaved(page);

    await page.evaluate((name) => ((window as unknown as { __failStorage?: string }).__failStorage = name), error);
    await sendMessage(page, 'Remember the tomatoes');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Your chat is still on screen and keeps working.');
    await expect(alert).toContainText(`Browser said: ${error}`);
    await expect(page.locator('[data-save-state="failed"]')).toHaveText('Not saved');
    // the chat keeps working: the answer streams in and the text is on screen
    await expect(assistantMessages(page)).toHaveCount(2);
    await expect(assistantMessages(page).last()).toContainText(REPLY);
    await expect(page.getByRole('article').filter({ hasText: 'Remember the tomatoes' })).toBeVisible();
    expect(await allStoredTexts(page)).not.toContain('Remember the tomatoes');

    const downloading = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download this chat' }).click();
    const file = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
    expect(file).toMatchObject({ format: 'switchboard-chats', version: 1 });
    const texts = Object.values(file.conversations[0].nodes as Record<string, { content: string }>).map(
      (n) => n.content,
    );
    expect(texts).toEqual(expect.arrayContaining(['Saved before the trouble', 'Remember the tomatoes', REPLY]));

    const downloadingAll = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download all unsaved chats' }).click();
    expect(await readFile(await (await downloadingAll).path(), 'utf8')).toContain('Remember the tomatoes');

    // storage works again: the session retries on its own
    await page.evaluate(() => delete (window as unknown as { __failStorage?: string }).__failStorage);
    await expect(page.locator('[data-save-state="saved"]')).toHaveText('Saved', { timeout: 10_000 });
    await expect(alert).toHaveCount(0);
    expect(await allStoredTexts(page)).toContain('Remember the tomatoes');
    await page.reload();
    await expect(page.getByRole('article').filter({ hasText: 'Remember the tomatoes' })).toBeVisible();
  });
}

test('Settings shows the storage used and the quota, and the first saved chat asks for persistent storage', async ({
  page,
  openai,
}) => {
  await openSettings(page);
  await expect(page.getByTestId('storage-usage')).toHaveText(
    /^Using \d[\d.]* (B|kB|MB|GB) of \d[\d.]* (kB|MB|GB|TB) \((\d[\d.]*%|under 0\.01%)\) of this browser’s storage for this site\.$/,
  );
  await expect(page.getByRole('region', { name: 'Storage' }).getByRole('status')).toHaveText(/persistent|Persistent/);
  expect(await page.evaluate(() => localStorage.getItem('switchboard.persist-asked'))).toBeNull();

  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await openChat(page);
  await sendMessage(page, 'Keep me');
  await waitForSaved(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('switchboard.persist-asked'))).toBe('1');
});
