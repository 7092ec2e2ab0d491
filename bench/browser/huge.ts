// A huge answer (issue 11, item 8): 50 MB streamed as fast as the loopback server sends it while the
// benchmark types into the message box, then the chat opened again after a reload. Reports, per run (a
// fresh context each), the keystroke → next paint latency while it streams, the slowest key event (Event
// Timing), the longest task, the stream's duration and the time from the reload until the answer's end
// is on the page.
import { startBenchServer } from '../../tests/servers/bench-streams.ts';
import type { Browser } from '@playwright/test';
import type { Results } from '../stats.ts';
import {
  importConnections,
  lastClick,
  longTasks,
  longTaskStats,
  newBenchPage,
  openNewChat,
  typeAndSend,
  waitForIdle,
  waitForMark,
  watchNextLoad,
  watchText,
  type App,
} from './harness.ts';

const MODEL = 'bench-model';
const CONNECTION = 'Bench server';
const END = 'zzendofhugeanswerzz';
const REOPEN_LIMIT_MS = 120_000;

const at = (sorted: readonly number[], q: number): number => sorted[Math.floor(q * (sorted.length - 1))] ?? NaN;

export async function hugeAnswer(
  browser: Browser,
  app: App,
  results: Results,
  megabytes: number,
  limitSeconds: number,
  runs: number,
): Promise<void> {
  const server = await startBenchServer({
    models: [MODEL],
    bigReply: { bytes: megabytes * 1024 * 1024, chunkChars: 16_000, end: END },
  });
  server.frames(); // built before anything is timed
  try {
    for (let run = 0; run < runs; run++) await hugeRun(browser, app, results, megabytes, limitSeconds, server.baseUrl);
  } finally {
    await server.close();
  }
}

async function hugeRun(
  browser: Browser,
  app: App,
  results: Results,
  megabytes: number,
  limitSeconds: number,
  baseUrl: string,
): Promise<void> {
  const section = `9. Huge answer (${megabytes} MB)`;
  const { context, page } = await newBenchPage(browser);
  try {
    await importConnections(page, app, [{ name: CONNECTION, baseUrl }]);
    await openNewChat(page, app, MODEL, CONNECTION);
    await watchText(page, [END]);
    const box = page.getByRole('textbox', { name: 'Message' });
    await typeAndSend(page, `Write ${megabytes} MB of numbered lines.`);
    const limit = limitSeconds * 1000;
    const done = waitForMark(page, END, limit);
    let finished = false;
    void done.then(
      () => (finished = true),
      () => (finished = true),
    );
    // about 8 keys a second until the answer ends (a blocked page holds each key); focus, not a click,
    // which would wait for the page to settle
    await box.focus({ timeout: limit }).catch(() => undefined);
    while (!finished) await page.keyboard.type('typing while it streams ', { delay: 120 }).catch(() => undefined);
    const mark = await done.catch(() => undefined);
    if (!mark) {
      results.fail(section, 'stream duration', 'ms', `did not finish within ${limitSeconds} s`);
      return;
    }
    const click = await lastClick(page, 'Send');
    const keys = (await page.evaluate(() => window.__bench.keyLatencies)).sort((a, b) => a - b);
    const tasks = longTaskStats(await longTasks(page), click, mark.painted);
    const keyEvents = (await page.evaluate(() => window.__bench.events)).filter(
      (e) => e.name.startsWith('key') && e.start >= click && e.start <= mark.painted,
    );
    results.add(section, 'typing latency p50 (key → paint)', 'ms', at(keys, 0.5));
    results.add(section, 'typing latency p95 (key → paint)', 'ms', at(keys, 0.95));
    results.add(section, 'typing latency max (key → paint)', 'ms', keys.at(-1) ?? NaN, '< 50');
    results.add(
      section,
      'slowest key event (Event Timing)',
      'ms',
      Math.max(0, ...keyEvents.map((e) => e.duration)),
      '< 50',
    );
    // the maximum of one run swings with the machine: how many keys were slow says more
    results.add(
      section,
      'keys slower than 50 ms (Event Timing)',
      'count',
      keyEvents.filter((e) => e.name === 'keydown' && e.duration > 50).length,
    );
    results.add(section, 'keys typed while streaming', 'count', keys.length);
    results.add(section, 'longest task', 'ms', tasks.longest, '≤ 50');
    results.add(section, 'total long-task time', 'ms', tasks.total);
    results.add(section, 'stream duration (Send → end in DOM)', 'ms', mark.dom - click);

    await waitForIdle(page, limit);
    await box.fill('');
    // saved as it streamed: after a reload the chat opens at its end (only the pieces near it are read)
    await watchNextLoad(page, [END]);
    await page.reload();
    const reopened = await waitForMark(page, END, REOPEN_LIMIT_MS).catch(() => undefined);
    if (reopened) results.add(section, 'reopen: reload → end of the answer painted', 'ms', reopened.painted);
    else results.fail(section, 'reopen: reload → end of the answer painted', 'ms', `not within ${REOPEN_LIMIT_MS} ms`);
  } finally {
    await context.close();
  }
}
