// Images and text files in messages: paste, drop and pick them; large images are downscaled and EXIF
// rotation applied; the server receives the image parts; the images survive reload, a second tab,
// an export/import round trip and a save that fails for lack of room.
import { readFile } from 'node:fs/promises';
import { APP_URL, expect, test } from './fixtures.ts';
import { assistantMessages, openChat, waitForSaved } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import {
  dropFiles,
  isLoaded,
  makeJpeg,
  makePng,
  pasteFile,
  sha256,
  storedImageHashes,
  withExifOrientation,
} from './support/images.ts';
import type { Page } from '@playwright/test';

const REPLY = 'Hello from the OpenAI-compatible test server.';
const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message' });
const tray = (page: Page) => page.getByRole('list', { name: 'Attached images' });
const sentImages = (page: Page) =>
  page.getByRole('article', { name: 'You message' }).last().getByRole('list', { name: 'Images' });

async function setUp(page: Page, baseUrl: string): Promise<void> {
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl });
  await openChat(page);
}

test('a pasted screenshot is sent as an image part, shown in the message, opened full size and kept on reload', async ({
  page,
  openai,
}) => {
  test.setTimeout(60_000); // two tabs and a reload on a shared machine
  await setUp(page, openai.baseUrl);
  const png = makePng(40, 30);
  await pasteFile(messageBox(page), { name: 'shot.png', type: 'image/png', bytes: png });
  await expect.poll(() => isLoaded(tray(page).getByRole('img', { name: 'shot.png' }))).toBe(true);
  // removed, then pasted again
  await tray(page).getByRole('button', { name: 'Remove shot.png' }).click();
  await expect(tray(page)).toHaveCount(0);
  await pasteFile(messageBox(page), { name: 'shot.png', type: 'image/png', bytes: png });
  await messageBox(page).fill('What is this?');
  await messageBox(page).press('Enter');

  await expect(assistantMessages(page).last()).toContainText(`got 1 image, ${png.length} bytes. ${REPLY}`);
  const sent = openai.lastRequest('/v1/chat/completions', 'POST');
  expect(sent?.validation).toEqual(expect.objectContaining({ valid: true }));
  expect(sent?.json).toMatchObject({
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${png.toString('base64')}` } },
        ],
      },
    ],
  });
  await expect(tray(page)).toHaveCount(0);

  const open = sentImages(page).getByRole('button', { name: 'Open image 1' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'shot.png' });
  await expect(dialog.getByRole('img', { name: 'shot.png' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await waitForSaved(page);
  await page.reload();
  const img = sentImages(page).getByRole('img', { name: 'shot.png' });
  await expect.poll(() => isLoaded(img)).toBe(true);
  expect(await storedImageHashes(page)).toEqual([sha256(png)]);

  // another tab of the same browser opens the chat with its image
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(sentImages(other).getByRole('img', { name: 'shot.png' })).toBeVisible();
  // a second turn there keeps the first message's image in the history
  await other.bringToFront(); // a background tab runs no animation frames, which typing waits for
  await messageBox(other).fill('And now?');
  await messageBox(other).press('Enter');
  await expect(assistantMessages(other).last()).toContainText(`got 1 image, ${png.length} bytes.`);
  await expect(assistantMessages(page)).toHaveCount(2);
  await expect(
    page.getByRole('article', { name: 'You message' }).first().getByRole('img', { name: 'shot.png' }),
  ).toBeVisible();
});

test('dropped files: an image is attached, a text file goes into the box as a named block, a PDF is refused', async ({
  page,
  openai,
}) => {
  await setUp(page, openai.baseUrl);
  const composer = page.getByRole('form', { name: 'Message composer' });
  await dropFiles(composer, [
    { name: 'pic.png', type: 'image/png', bytes: makePng(10, 10) },
    { name: 'notes.md', type: 'text/markdown', bytes: Buffer.from('# Title\nsome `code`\n') },
    { name: 'paper.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4') },
  ]);
  await expect(tray(page).getByRole('img', { name: 'pic.png' })).toBeVisible();
  await expect(messageBox(page)).toHaveValue('**notes.md**\n\n```markdown\n# Title\nsome `code`\n```\n');
  await expect(page.getByRole('alert').filter({ hasText: 'paper.pdf' })).toContainText('PDFs cannot be attached');

  await dropFiles(composer, [{ name: 'big.log', type: 'text/plain', bytes: Buffer.alloc(300 * 1024, 'a') }]);
  await expect(page.getByRole('alert').filter({ hasText: 'big.log' })).toContainText('up to 200 KB');
});

test('Send pressed while a pasted image is still being resized waits for it: the image goes with the message', async ({
  page,
  openai,
}) => {
  await setUp(page, openai.baseUrl);
  await messageBox(page).fill('Look at this');
  // a large image takes a while to resize; Enter comes at once, before it is ready
  await pasteFile(messageBox(page), { name: 'big.png', type: 'image/png', bytes: makePng(3000, 1000) });
  await messageBox(page).press('Enter');
  await expect(assistantMessages(page).last()).toContainText(`got 1 image`);
  expect(openai.requests.filter((r) => r.path === '/v1/chat/completions' && r.method === 'POST')).toHaveLength(1);
  await expect(sentImages(page).getByRole('img', { name: 'big.png' })).toBeVisible();
  await expect(tray(page)).toHaveCount(0);
});

test('a large PNG is downscaled to a JPEG; a rotated JPEG arrives upright', async ({ page, openai }) => {
  await setUp(page, openai.baseUrl);
  const big = makePng(3000, 1000);
  await page.getByLabel('Attach files').setInputFiles({ name: 'wide.png', mimeType: 'image/png', buffer: big });
  const wide = tray(page).getByRole('img', { name: 'wide.png' });
  await expect(wide).toHaveAttribute('width', '2048');
  await expect(wide).toHaveAttribute('height', '683');

  const jpeg = withExifOrientation(await makeJpeg(page, 40, 20), 6);
  await page.getByLabel('Attach files').setInputFiles({ name: 'turned.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  const turned = tray(page).getByRole('img', { name: 'turned.jpg' });
  await expect(turned).toHaveAttribute('width', '20');
  await expect(turned).toHaveAttribute('height', '40');

  await messageBox(page).press('Enter');
  await expect(assistantMessages(page).last()).toContainText('got 2 images');
  const parts = (openai.lastRequest('/v1/chat/completions', 'POST')?.json as { messages: { content: unknown[] }[] })
    .messages[0]?.content as { image_url: { url: string } }[];
  expect(parts.map((p) => p.image_url.url.slice(0, 23))).toEqual([
    'data:image/jpeg;base64,',
    'data:image/jpeg;base64,',
  ]);
  const first = Buffer.from(parts[0]?.image_url.url.slice(23) ?? '', 'base64');
  expect(first.length).toBeLessThan(big.length);
});

test('export and import keep the image bytes', async ({ page, openai }) => {
  await setUp(page, openai.baseUrl);
  const png = makePng(64, 48);
  await pasteFile(messageBox(page), { name: 'kept.png', type: 'image/png', bytes: png });
  await messageBox(page).press('Enter');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await waitForSaved(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export chat' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const doc = JSON.parse(text);
  const user = Object.values(
    doc.conversations[0].nodes as Record<string, { role: string; attachments?: { data: string }[] }>,
  ).find((n) => n.role === 'user');
  expect(sha256(Buffer.from(user?.attachments?.[0]?.data ?? '', 'base64'))).toBe(sha256(png));

  // imported into a fresh browser profile, the image is there with the same bytes
  const fresh = await page.context().browser()!.newContext({ baseURL: APP_URL });
  const other = await fresh.newPage();
  await other.goto(APP_URL);
  await other
    .getByLabel('Import chats file')
    .setInputFiles({ name: 'chat.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.getByRole('navigation', { name: 'Chats' }).getByRole('link').first().click();
  const img = sentImages(other).getByRole('img', { name: 'kept.png' });
  await expect.poll(() => isLoaded(img)).toBe(true);
  expect(await storedImageHashes(other)).toEqual([sha256(png)]);
  await fresh.close();
});

test('a quota error while saving an image shows the alert and keeps the image on screen', async ({ page, openai }) => {
  await page.addInitScript(() => {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __full?: boolean }).__full && args[0] instanceof Blob)
        throw new DOMException('Stubbed QuotaExceededError', 'QuotaExceededError');
      return original.apply(this, args);
    };
  });
  await setUp(page, openai.baseUrl);
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = true));
  const png = makePng(50, 50);
  await pasteFile(messageBox(page), { name: 'heavy.png', type: 'image/png', bytes: png });
  await messageBox(page).fill('Too big to keep');
  await messageBox(page).press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
  await expect(alert).toContainText(/no room left to save your chats/);
  await expect(assistantMessages(page).last()).toContainText(`got 1 image, ${png.length} bytes.`);
  const img = sentImages(page).getByRole('img', { name: 'heavy.png' });
  await expect.poll(() => isLoaded(img)).toBe(true);
  expect(await storedImageHashes(page)).toEqual([]);
});

test('a reload right after sending an image, before any save of the chat lands, keeps the image', async ({
  page,
  openai,
}) => {
  // every save of a chat record fails while `__stuck` is set (a save that never lands before the reload);
  // the unload journal writes under keys of its own and is let through
  await page.addInitScript(() => {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const key = args[1];
      if ((window as unknown as { __stuck?: boolean }).__stuck && typeof key === 'string' && key.startsWith('chat:'))
        throw new DOMException('Stubbed: the save did not land', 'UnknownError');
      return original.apply(this, args);
    };
  });
  await setUp(page, openai.baseUrl);
  await page.evaluate(() => ((window as unknown as { __stuck?: boolean }).__stuck = true));
  const png = makePng(36, 24);
  await pasteFile(messageBox(page), { name: 'quick.png', type: 'image/png', bytes: png });
  await messageBox(page).fill('Reloaded at once');
  await messageBox(page).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved.' })).toBeVisible();
  await expect.poll(() => storedImageHashes(page)).toEqual([sha256(png)]); // by the journal, not by a save
  await page.reload();
  await expect(page.getByRole('article', { name: 'You message' }).last()).toContainText('Reloaded at once');
  await expect.poll(() => isLoaded(sentImages(page).getByRole('img', { name: 'quick.png' }))).toBe(true);
  await waitForSaved(page);
  expect(await storedImageHashes(page)).toEqual([sha256(png)]);
});

test('the longest side set in Settings limits attached images', async ({ page, openai }) => {
  await openSettings(page);
  const images = page.getByRole('region', { name: 'Attached images' });
  await images.getByLabel('Longest side (pixels)').fill('1000');
  await images.getByLabel('JPEG quality (%)').fill('50');
  await images.getByRole('button', { name: 'Save image settings' }).click();
  await expect(images.getByRole('status')).toContainText('at most 1000 px on their longest side, at 50% quality');
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await openChat(page);
  await page
    .getByLabel('Attach files')
    .setInputFiles({ name: 'wide.png', mimeType: 'image/png', buffer: makePng(3000, 1000) });
  const wide = tray(page).getByRole('img', { name: 'wide.png' });
  await expect(wide).toHaveAttribute('width', '1000');
  await expect(wide).toHaveAttribute('height', '333');
});
