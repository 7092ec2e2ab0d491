// The first answer of a page meets a renderer that is already loaded and has already run (issue 18: its
// first token was a long task, marked and DOMPurify being compiled and first used then). Checked by
// structure, never by time: with a model chosen and nothing sent, the idle page has loaded the markdown
// renderer and the open block's renderer; while the answer streams, no script is fetched.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, pickModel, sendMessage } from './support/chat-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

/** The file names of the scripts this page has requested so far. */
function scripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );
}

const MARKDOWN = /^markdown-[\w-]{8}\.js$/;
const OPEN_BLOCK = /^open-block-render-[\w-]{8}\.js$/;

test('the answer renderer is ready before the first answer, and nothing loads while it streams', async ({
  page,
  openai,
}) => {
  await seedConnection(page, { server: 'llama.cpp', name: 'Llama box', baseUrl: openai.baseUrl });
  await pickModel(page, 'other-model', 'Llama box');

  // nothing sent yet: the idle chat page gets the renderer ready
  await expect
    .poll(() => scripts(page), { timeout: 30_000 })
    .toEqual(expect.arrayContaining([expect.stringMatching(MARKDOWN), expect.stringMatching(OPEN_BLOCK)]));

  openai.behave({ chunkDelayMs: 20, holdStream: 2 });
  await sendMessage(page, 'Say hello');
  await openai.waitForHold();
  const answer = assistantMessages(page).last();
  await expect(answer.locator('.markdown')).not.toBeEmpty();
  const atFirstToken = await scripts(page);
  openai.release();
  await expect(answer).toContainText(/tok\/s/);
  expect(await scripts(page)).toEqual(atFirstToken);
});
