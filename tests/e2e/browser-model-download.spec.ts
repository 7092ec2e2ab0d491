// Downloading a model for this browser (issue 18) from a host on another origin (a loopback model-file server:
// CORS, byte ranges, holds at chosen bytes): progress moves with speed and time left, Cancel keeps nothing, a
// reload mid-download resumes with a Range request from the last kept part, a failed download says why and keeps
// no model, and a finished download loads and answers. The server pauses at bytes the test chooses, so nothing
// here depends on how fast the machine is.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { startModelFileServer, type ModelFileServer } from '../servers/model-file-server.ts';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { openSettings } from './support/settings-ui.ts';

const TINY_MODEL = fileURLToPath(new URL('../fixtures/models/tiny-random.gguf', import.meta.url));
const NAME = 'tiny-random.gguf';
const MB = 1_000_000; // the progress line counts in decimal units
const PART = 4 * 1024 * 1024; // the download keeps the file in parts of this size
const LOAD = { timeout: 120_000 };

test.describe.configure({ timeout: 240_000 });

let files: ModelFileServer;

test.beforeEach(async () => {
  files = await startModelFileServer({ [NAME]: readFileSync(TINY_MODEL) });
});

test.afterEach(async () => {
  await files.close();
});

async function startDownload(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Add a GGUF by URL' }).fill(files.urlOf(NAME));
  await page.getByRole('button', { name: 'Download from URL' }).click();
}

/** What Cache Storage holds for models, as paths (…/models/<id>, …/partial/<id>/<n>). */
async function storedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('switchboard-models');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
}

const progressText = (page: Page) => page.getByTestId('download-progress');
const modelGets = () => files.requests.filter((r) => r.method === 'GET');

test('a download shows its progress, speed and time left, and Cancel keeps nothing of it', async ({ page }) => {
  files.holdAt(1 * MB);
  files.holdAt(2 * MB);
  await page.goto('./');
  await openSettings(page);
  await startDownload(page);
  await files.reached(1 * MB);
  await expect(progressText(page)).toContainText('1 MB of 4.86 MB');
  await expect(page.getByRole('progressbar', { name: 'Download progress' })).toHaveAttribute('value', String(MB));
  files.release(1 * MB);
  await files.reached(2 * MB);
  await expect(progressText(page)).toContainText('2 MB of 4.86 MB');
  await expect(progressText(page)).toHaveText(/^2 MB of 4\.86 MB · .+\/s · .+ left$/);

  await page.getByRole('button', { name: 'Cancel download' }).click();
  await expect(page.getByRole('alert')).toHaveText('Download cancelled; nothing of it is kept.');
  await expect.poll(() => storedPaths(page)).toEqual([]);
  await expect(page.getByText('None kept.')).toBeVisible();
  await expect(page.getByTestId('unfinished-download')).toHaveCount(0);
});

test('a reload mid-download resumes from the last kept part; the finished model loads and answers', async ({
  page,
}) => {
  const past = 4.5 * MB; // past the first part, which is then kept
  files.holdAt(past);
  await page.goto('./');
  await openSettings(page);
  await startDownload(page);
  await files.reached(past);
  await expect(progressText(page)).toContainText('4.5 MB of 4.86 MB');

  await page.reload();
  const unfinished = page.getByTestId('unfinished-download');
  await expect(unfinished).toContainText(`Unfinished download: ${NAME} (4.19 MB kept)`);
  files.release(past);
  await unfinished.getByRole('button', { name: 'Resume download' }).click();
  await expect(page.getByRole('status').filter({ hasText: NAME })).toContainText('is downloaded');
  expect(modelGets().at(-1)).toMatchObject({ range: `bytes=${PART}-`, status: 206, start: PART });
  await expect(page.getByRole('list', { name: 'Models in this browser' })).toContainText(NAME);
  expect(await storedPaths(page)).toEqual([`/models/${NAME}`]);

  await openChat(page);
  await pickModel(page, NAME, 'This browser');
  await sendMessage(page, 'Hello, downloaded model');
  const answer = assistantMessages(page).last();
  await expect(answer.locator('.markdown').first()).not.toBeEmpty(LOAD);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(answer.getByRole('status')).toHaveText('Stopped');
});

test('a failed download says why and keeps no model: the host answers 404 or 500, or the connection breaks', async ({
  page,
}) => {
  await page.goto('./');
  await openSettings(page);
  const alert = page.getByRole('alert');

  files.failWith(404);
  await startDownload(page);
  await expect(alert).toHaveText('Download failed: The server answered 404 Not Found.');
  expect(await storedPaths(page)).toEqual([]);

  files.failWith(500);
  await startDownload(page);
  await expect(alert).toHaveText('Download failed: The server answered 500 Internal Server Error.');
  expect(await storedPaths(page)).toEqual([]);

  files.failWith(undefined);
  files.cutAt(1 * MB);
  await startDownload(page);
  await expect(alert).toContainText(/Download failed: The connection broke after .+ of 4\.6 MB \(.+\); 0 B are kept/);
  // no model and no part: only the note that lets Resume start it again
  expect(await storedPaths(page)).toEqual([`/partial/${NAME}/meta`]);
  await expect(page.getByText('None kept.')).toBeVisible();
  const unfinished = page.getByTestId('unfinished-download');
  await expect(unfinished).toContainText(`${NAME} (0 B kept)`);
  await unfinished.getByRole('button', { name: 'Discard' }).click();
  await expect(unfinished).toHaveCount(0);
  expect(await storedPaths(page)).toEqual([]);
});
