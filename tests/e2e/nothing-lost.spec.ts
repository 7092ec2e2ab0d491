// The text already shown is in IndexedDB whatever ends the stream. Stop, a cut stream and a reload
// mid-stream are covered in chat.spec.ts; here: a server error mid-stream (both protocols), a tab
// closed mid-stream, and an idle chat that leaves IndexedDB alone.
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { allStoredTexts, storedMessageTexts } from './support/idb.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

for (const kind of ['openai', 'ollama'] as const) {
  test(`${kind}: a server error mid-stream keeps the text already shown, in IndexedDB and after a reload`, async ({
    page,
    openai,
    ollama,
  }) => {
    const server = kind === 'openai' ? openai : ollama;
    server.behave({ midStreamError: { afterChunks: 2, message: 'model runner crashed' }, chunkDelayMs: 30 });
    await openSettings(page);
    await addConnection(
      page,
      kind === 'openai'
        ? { server: 'vLLM', name: 'Flaky', baseUrl: openai.baseUrl }
        : { server: 'Ollama', name: 'Flaky', baseUrl: ollama.url },
    );
    await openChat(page);
    await sendMessage(page, 'Crash halfway');
    const answer = assistantMessages(page).last();
    await expect(answer.getByRole('alert')).toContainText('model runner crashed');
    // the alert can show a frame before the text's last render (a first answer whose stream ended before any
    // frame rendered it): nothing comes after the error, so what settles is what was shown
    await expect(answer.locator('.markdown')).toHaveText(/^\s*Hello from/);
    const shown = (await answer.locator('.markdown').textContent())?.trim() ?? '';
    await waitForSaved(page);
    // exactly what was on screen is stored
    expect((await allStoredTexts(page)).map((t) => t.trim())).toContain(shown);
    await page.reload();
    await expect(assistantMessages(page).last()).toContainText('Hello from');
    await expect(assistantMessages(page).last().getByRole('alert')).toContainText('model runner crashed');
  });
}

test('a tab closed mid-stream leaves the text it showed for the next tab', async ({ page, context, openai }) => {
  openai.behave({ holdStream: 3 });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Held', baseUrl: openai.baseUrl });
  await openChat(page);
  await sendMessage(page, 'Close the tab during this');
  await expect(assistantMessages(page).last()).toContainText('Hello from the');
  await openai.waitForHold();
  const url = page.url();
  await page.close({ runBeforeUnload: true }); // no wait for "Saved": pagehide must not lose the text
  // The closed tab's last write may still be committing; the next tab must not race it (a user reopens
  // seconds later). Watch from a bare page of the same origin until the text is stored somewhere.
  const probe = await context.newPage();
  await probe.goto(new URL('favicon.svg', url).href);
  await expect
    .poll(async () =>
      Object.values(await storedMessageTexts(probe, ['chat:', 'journal:']))
        .flat()
        .some((t) => t.startsWith('Hello from the')),
    )
    .toBe(true);
  await probe.close();
  const next = await context.newPage();
  await next.goto(url);
  const answer = assistantMessages(next).last();
  await expect(answer).toContainText('Hello from the');
  await expect(answer.getByRole('status')).toContainText('Interrupted');
  expect((await allStoredTexts(next)).some((t) => t.startsWith('Hello from the'))).toBe(true);
  openai.release();
});

test('an open chat does not keep re-reading IndexedDB while nothing happens', async ({ page, openai }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __reads: number };
    w.__reads = 0;
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      w.__reads++;
      return get.apply(this, args);
    };
  });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Quiet', baseUrl: openai.baseUrl });
  await openChat(page);
  await sendMessage(page, 'Then sit still');
  await expect(assistantMessages(page).last()).toHaveAttribute('data-status', 'complete');
  await waitForSaved(page);
  const reads = () => page.evaluate(() => (window as unknown as { __reads: number }).__reads);
  const before = await reads();
  // ten animation frames: a read loop (it once did ~800 reads a second) shows up at once
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 10;
        const tick = () => (--frames === 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
  expect(await reads()).toBe(before);
});
