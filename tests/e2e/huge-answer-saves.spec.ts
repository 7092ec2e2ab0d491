// A huge answer's structure while it streams (issue 11, item 8; the timings are in `npm run bench`, huge
// section): each stored piece is put into IndexedDB once (by the unload journal or by a save, never both:
// cloning a piece is a quarter of a megabyte of main-thread work), no record ever holds the whole text,
// and the box still being written grows in small blocks (the block appended to is laid out again on each
// write), while the pieces before it stay in boxes of their own.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bigReplyPieces } from '../servers/stream-pump.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const BYTES = 4 * 1024 * 1024;
const CHUNK = 16_000;
const PIECE = 256 * 1024;
/** The live box's blocks: 8 K characters, closed at the next line end. */
const LIVE_BLOCK_MAX = 8 * 1024 + 200;

interface Puts {
  pieces: string[];
  longestText: number;
}

/** Records every put of a piece (its key) and the longest message text of any record put. */
async function watchPuts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const puts: Puts = { pieces: [], longestText: 0 };
    (window as unknown as { puts: Puts }).puts = puts;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (Array.isArray(key) && key[0] === 'piece') puts.pieces.push(JSON.stringify(key));
      const nodes = (value as { nodes?: Record<string, { content?: unknown }> } | null)?.nodes;
      for (const node of Object.values(nodes ?? {}))
        if (typeof node.content === 'string') puts.longestText = Math.max(puts.longestText, node.content.length);
      return put.call(this, value, key);
    };
  });
}

test('a streaming huge answer puts each piece once, never the whole text, and writes its open piece in small blocks', async ({
  page,
  ollama,
}) => {
  test.setTimeout(120_000);
  const text = bigReplyPieces({ bytes: BYTES, pieceChars: CHUNK }).join('');
  const lastLine = text.trim().split('\n\n').at(-1) as string;
  // held after 40 chunks (640,000 characters): two pieces stored, the third one's box being written
  ollama.behave({ bigReply: { bytes: BYTES, pieceChars: CHUNK }, chunkDelayMs: 2, holdStream: 40 });
  await watchPuts(page);
  await page.goto('.');
  await openSettings(page);
  await addConnection(page, { server: 'Ollama', name: 'Big', baseUrl: ollama.url });
  await openChat(page);
  await sendMessage(page, 'Write a lot');
  await ollama.waitForHold();

  const answer = assistantMessages(page).last();
  await expect(answer).toHaveAttribute('data-status', 'streaming');
  const boxes = answer.locator('.text-piece');
  // the held text is all on the page: the stored pieces' boxes, then the open one with the rest
  await expect.poll(() => boxes.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  const open = boxes.last();
  await expect
    .poll(async () => (await open.textContent())?.length ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(PIECE / 4);
  const blocks = await open.locator('.text-block').evaluateAll((els) => els.map((el) => el.textContent?.length ?? 0));
  expect(blocks.length).toBeGreaterThan(1);
  expect(Math.max(...blocks)).toBeLessThanOrEqual(LIVE_BLOCK_MAX);

  ollama.release();
  await expect(answer).toHaveAttribute('data-status', 'complete', { timeout: 90_000 });
  await waitForSaved(page);
  const puts = await page.evaluate(() => (window as unknown as { puts: Puts }).puts);
  const distinct = new Set(puts.pieces);
  expect(distinct.size).toBeGreaterThanOrEqual(Math.floor(text.length / PIECE));
  // each once (a save running just as the answer ends may meet the last journal: a piece or two again);
  // before the fix, every piece was put twice
  expect(puts.pieces.length - distinct.size).toBeLessThanOrEqual(2);
  // a record holds at most the text not in pieces yet (under two pieces), never the 4 MB
  expect(puts.longestText).toBeLessThan(2 * PIECE + CHUNK);

  // opened again: the answer's end is there
  await page.reload();
  const reopened = assistantMessages(page).last();
  await expect(reopened).toHaveAttribute('data-status', 'complete');
  await expect(reopened).toContainText(lastLine);
});
