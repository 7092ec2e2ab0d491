// A very long answer (issue 11, item 8): it streams in while the message box takes typing, goes to
// IndexedDB in pieces as it streams (never re-written whole), and a reload opens it without ever
// putting the whole text in the page: only the pieces near the viewport are on it, in small text nodes,
// and both its start and its end are reachable by scrolling. The numbers for 50 MB are in `npm run bench`.
// Long tasks and keystroke-to-frame times are measured and reported here, never asserted (machine speed).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bigReplyPieces } from '../servers/stream-pump.ts';
import { assistantMessages, openChat, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const BYTES = 8 * 1024 * 1024;
const PIECE = 256 * 1024;
/** No text node may hold more than this (the app cuts text into 64 K blocks at line ends). */
const LARGEST_TEXT_NODE = 80_000;
/** All the text of the answer on the page at once stays under this (a few pieces of 256 K, and the tail). */
const TEXT_ON_PAGE = 3_000_000;

/** Collects long tasks and, per key press, the time to the next frame (for the report only). */
async function watchMainThread(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; keyToFrame: number[] };
    w.longTasks = [];
    w.keyToFrame = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => w.keyToFrame.push(performance.now() - start));
      },
      true,
    );
  });
}

async function mainThreadReport(page: Page): Promise<string> {
  const { longTasks, keyToFrame } = await page.evaluate(() => {
    const w = window as unknown as { longTasks?: number[]; keyToFrame?: number[] };
    return { longTasks: w.longTasks, keyToFrame: w.keyToFrame };
  });
  const max = (xs: number[] = []) => (xs.length ? Math.max(...xs).toFixed(0) : '–');
  return `${longTasks?.length ?? 0} long tasks (longest ${max(longTasks)} ms); key→frame longest ${max(keyToFrame)} ms over ${keyToFrame?.length ?? 0} keys`;
}

/**
 * Watches the text written into the page from now on: each text node the first time it is seen (added
 * on its own or inside an element), and every growth of one in place. Counts the characters, and the
 * answer's numbered lines ("Line 000123: …") written more than once: an answer shown by appending
 * writes each line once; one whose shown text is re-set (or read back when a piece is stored) writes
 * the same lines again and again.
 */
async function watchWrittenText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { written: Written };
    w.written = { chars: 0, lines: 0, again: 0 };
    const seen = new WeakSet<Node>();
    const lines = new Set<string>();
    const note = (text: string) => {
      w.written.chars += text.length;
      for (const [label] of text.matchAll(/Line \d{6}:/g)) {
        if (lines.has(label)) {
          w.written.again++;
        } else {
          lines.add(label);
          w.written.lines++;
        }
      }
    };
    const count = (node: Node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let n = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode(); n; n = walker.nextNode()) {
        if (seen.has(n)) continue;
        seen.add(n);
        note((n as Text).data);
      }
    };
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Text;
        const before = record.oldValue?.length ?? 0;
        if (record.type === 'characterData' && seen.has(target) && target.length > before)
          note(target.data.slice(before));
        for (const node of record.addedNodes) count(node);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  });
}

interface Written {
  chars: number;
  lines: number;
  again: number;
}

/** The longest text node inside `answer` and the total text on the page for it. */
function textOnPage(answer: Locator): Promise<{ largest: number; total: number }> {
  return answer.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let largest = 0;
    let total = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const length = (n as Text).data.length;
      largest = Math.max(largest, length);
      total += length;
    }
    return { largest, total };
  });
}

/** How many pieces of long texts IndexedDB holds (keys only). */
function storedPieces(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('switchboard-chats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db
            .transaction('conversations', 'readonly')
            .objectStore('conversations')
            .count(IDBKeyRange.bound(['piece'], ['piece', []]));
          request.onsuccess = () => (db.close(), resolve(request.result));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Scrolls the message list to its top or bottom, step by step, until it stays there (pieces load on the way). */
async function scrollTo(page: Page, where: 'top' | 'bottom'): Promise<void> {
  const list = page.locator('.messages');
  await expect
    .poll(
      () =>
        list.evaluate((el, w) => {
          el.scrollTop = w === 'top' ? 0 : el.scrollHeight;
          return w === 'top' ? el.scrollTop === 0 : el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
        }, where),
      { timeout: 20_000 },
    )
    .toBe(true);
}

test('an 8 MB answer streams into pieces while typing works, and opens again without the whole text on the page', async ({
  page,
  ollama,
}) => {
  test.setTimeout(120_000);
  const text = bigReplyPieces({ bytes: BYTES, pieceChars: 16_000 }).join('');
  const lines = text.trim().split('\n\n');
  const [firstLine, lastLine] = [lines[0] as string, lines.at(-1) as string];
  // the server stops half way (260 of about 525 chunks) until released, so the test can look in between
  ollama.behave({ bigReply: { bytes: BYTES, pieceChars: 16_000 }, chunkDelayMs: 2, holdStream: 260 });
  await watchMainThread(page);
  await page.goto('.');
  await openSettings(page);
  await addConnection(page, { server: 'Ollama', name: 'Big', baseUrl: ollama.url });
  await openChat(page);
  await watchWrittenText(page);
  await sendMessage(page, 'Write a lot');

  const answer = assistantMessages(page).last();
  // the server builds 8 MB first; then any line will do: the view follows the answer, and only the pieces
  // near it are on the page, so how far it got before this looks depends on the machine
  await expect(answer).toContainText('the quick brown fox', { timeout: 30_000 });
  // (a) while it streams: the box takes typing, and pieces are written as the answer grows
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.pressSequentially('still typing');
  await expect(box).toHaveValue('still typing');
  await ollama.waitForHold();
  await expect.poll(() => storedPieces(page), { timeout: 30_000 }).toBeGreaterThan(12);
  await expect(answer).toHaveAttribute('data-status', 'streaming');
  const midway = await storedPieces(page);
  ollama.release();
  await expect(answer).toHaveAttribute('data-status', 'complete', { timeout: 90_000 });
  await waitForSaved(page);
  const stored = await storedPieces(page);
  expect(stored).toBeGreaterThan(midway); // written piece by piece, not at the end
  expect(stored).toBeGreaterThanOrEqual(Math.floor(text.length / PIECE));
  // the answer was appended as it came: few lines shown twice. Re-setting the text after the stored pieces,
  // or reading a piece back when it is stored, writes up to half a megabyte again each time (over a third
  // of all lines again, before this was fixed). What may come twice: the pieces near the view when the
  // virtual list unmounts the message and mounts it again (it does, a few times, while it grows).
  const written = await page.evaluate(() => (window as unknown as { written: Written }).written);
  test.info().annotations.push({
    type: 'written while streaming',
    description: `${written.chars} characters for ${text.length}; ${written.lines} lines, ${written.again} again`,
  });
  expect(written.lines).toBeGreaterThan(0);
  expect(written.again).toBeLessThan(lines.length / 10);
  const streamed = await textOnPage(answer);
  test.info().annotations.push({ type: 'while streaming', description: await mainThreadReport(page) });
  expect(streamed.largest).toBeLessThanOrEqual(LARGEST_TEXT_NODE);
  expect(streamed.total).toBeLessThan(TEXT_ON_PAGE);

  // (b) opened again: the end is on screen, the start is reachable, never the whole text at once
  await box.fill('');
  await page.reload();
  const reopened = assistantMessages(page).last();
  await expect(reopened).toHaveAttribute('data-status', 'complete');
  await expect(reopened).toContainText('8.4 million characters');
  await scrollTo(page, 'bottom');
  await expect(reopened).toContainText(lastLine);
  // the last stored piece is on the page too, and it runs on into the tail: the answer's end, seamless
  await expect
    .poll(async () => {
      const shown = await reopened.evaluate((el) =>
        [...el.querySelectorAll('.text-piece, .plain:not(:has(.text-piece))')]
          .slice(-2)
          .map((box) => box.textContent ?? '')
          .join(''),
      );
      return shown.length > PIECE / 2 && text.endsWith(shown);
    })
    .toBe(true);
  const atEnd = await textOnPage(reopened);
  expect(atEnd.largest).toBeLessThanOrEqual(LARGEST_TEXT_NODE);
  expect(atEnd.total).toBeLessThan(TEXT_ON_PAGE);
  await scrollTo(page, 'top');
  await expect(reopened).toContainText(firstLine);
  const atStart = await textOnPage(reopened);
  expect(atStart.total).toBeLessThan(TEXT_ON_PAGE);
  expect(atStart.largest).toBeLessThanOrEqual(LARGEST_TEXT_NODE);
  test.info().annotations.push({ type: 'after reopening', description: await mainThreadReport(page) });
  console.log(
    test
      .info()
      .annotations.map((a) => `${a.type}: ${a.description}`)
      .join('\n'),
  );
});
