// The first answer of a page meets a renderer that is already loaded and has already run (issue 18: its
// first token was a long task, marked and DOMPurify being compiled and first used then). Checked by
// structure, never by time: with a model chosen and nothing sent, the idle page has loaded the markdown
// renderer, the open block's renderer and the code highlighter; while the answer streams, no script is fetched.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, pickModel, sendMessage } from './support/chat-ui.ts';
import { seedConnection } from './support/seed-connection.ts';
import { storeRawRecords } from './support/idb.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

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
const MESSAGE_LIST = /^VirtualMessages-[\w-]{8}\.js$/;
/** highlight.js (its common languages): the warm-up's last step */
const HIGHLIGHTER = /^common-[\w-]{8}\.js$/;

test('the answer renderer is ready before the first answer, and nothing loads while it streams', async ({
  page,
  openai,
}) => {
  await seedConnection(page, { server: 'llama.cpp', name: 'Llama box', baseUrl: openai.baseUrl });
  await pickModel(page, 'other-model', 'Llama box');

  // nothing sent yet: the idle chat page gets the renderer and the message list ready
  await expect
    .poll(() => scripts(page), { timeout: 30_000 })
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(MARKDOWN),
        expect.stringMatching(OPEN_BLOCK),
        expect.stringMatching(MESSAGE_LIST),
        expect.stringMatching(HIGHLIGHTER),
      ]),
    );
  const beforeSend = await scripts(page);

  // a code block: highlight.js is ready too (its 154 kB evaluated mid-stream made a 54 ms frame)
  openai.behave({ chunkDelayMs: 20, holdStream: 2, reply: 'Run this:\n\n```python\nprint("hello")\n```\n\nDone.' });
  await sendMessage(page, 'Say hello');
  await openai.waitForHold();
  const answer = assistantMessages(page).last();
  await expect(answer.locator('.markdown')).not.toBeEmpty();
  openai.release();
  await expect(answer).toContainText(/tok\/s/);
  await expect(answer.locator('pre code[data-highlighted]')).toContainText('print("hello")');
  // no script between Send and its request, nor while the answer streams
  expect(await scripts(page)).toEqual(beforeSend);
});

// Issue 19: opening a 2,000-message chat took 230 ms on this 2-core machine, most of it waiting for the
// message list's and the renderer's code, which only started loading once the chat's record was read.
test('with chats to open, the idle chat list loads what a chat needs, and opening one loads no script', async ({
  page,
}) => {
  await page.goto('./#/chat');
  const at = 1_700_000_000_000;
  const chat = linearConversation('chat-ready', ['A stored question', 'A **stored** answer'], {
    title: 'Stored chat',
    created_at: at,
    updated_at: at + 10,
  });
  await storeRawRecords(page, [['chat:chat-ready', chat]]);
  await page.reload();
  await expect(
    page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: 'Stored chat' }),
  ).toBeVisible();

  // no server, so no model is chosen: the renderer's warm-up comes from the chat list alone (the code
  // highlighter is its last load, one idle moment per step after the markdown renderer loaded)
  await expect
    .poll(() => scripts(page), { timeout: 30_000 })
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(MESSAGE_LIST),
        expect.stringMatching(MARKDOWN),
        expect.stringMatching(OPEN_BLOCK),
        expect.stringMatching(HIGHLIGHTER),
      ]),
    );
  const beforeOpen = await scripts(page);
  await page.getByRole('navigation', { name: 'Chats' }).getByRole('link', { name: 'Stored chat' }).click();
  await expect(page.locator('.markdown strong', { hasText: 'stored' })).toBeVisible();
  expect(await scripts(page)).toEqual(beforeOpen);
});
