// Streaming benchmarks: throughput against a bare fetch reader (1), a sustained 200 tokens/s stream
// with typing (2), and the app's own overhead around one request (6).
import type { Browser, Page } from '@playwright/test';
import { startBenchServer, type BenchServer } from '../../tests/servers/bench-streams.ts';
import { markdownReply, paragraphReply } from '../markdown.ts';
import type { Results } from '../stats.ts';
import {
  clockOffset,
  importConnections,
  lastClick,
  longTasks,
  longTaskStats,
  newBenchPage,
  openNewChat,
  sleep,
  timeOrigin,
  typeAndSend,
  waitForIdle,
  waitForMark,
  watchText,
  type App,
} from './harness.ts';

const MODEL = 'bench-model';
const CONNECTION = 'Bench server';
const END = 'zzendofanswerzz';

async function setUp(
  browser: Browser,
  app: App,
): Promise<{ page: Page; server: BenchServer; close: () => Promise<void> }> {
  const server = await startBenchServer({ models: [MODEL] });
  const { context, page } = await newBenchPage(browser);
  await importConnections(page, app, [{ name: CONNECTION, baseUrl: server.baseUrl }]);
  return { page, server, close: async () => (await context.close(), await server.close()) };
}

/**
 * Fetches the same endpoint with a bare reader (read + decode, no parsing, no rendering); with `parse`, it
 * also splits the SSE events and parses each one's JSON (no rendering): how far parsing alone is from the
 * floor, so the ratio's remainder is what rendering costs.
 */
async function floor(page: Page, server: BenchServer, parse = false): Promise<{ ms: number; chars: number }> {
  return page.evaluate(
    async ([url, parse]) => {
      const t0 = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ model: 'bench-model', messages: [{ role: 'user', content: 'floor' }], stream: true }),
      });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let chars = 0;
      let pending = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        if (!parse) {
          chars += text.length;
          continue;
        }
        const events = (pending + text).split('\n\n');
        pending = events.pop() ?? '';
        for (const event of events) {
          const data = event.startsWith('data: ') ? event.slice(6) : '[DONE]';
          if (data === '[DONE]') continue;
          const parsed = JSON.parse(data) as { choices?: Array<{ delta?: { content?: string } }> };
          chars += parsed.choices?.[0]?.delta?.content?.length ?? 0;
        }
      }
      return { ms: performance.now() - t0, chars };
    },
    [`${server.baseUrl}/chat/completions`, parse] as const,
  );
}

/**
 * `limitSeconds` bounds one run: an app that blocks its main thread for minutes gets a "did not finish"
 * row (and no further runs) instead of stalling the whole benchmark.
 */
export async function throughput(
  browser: Browser,
  app: App,
  results: Results,
  tokens: number,
  runs: number,
  limitSeconds: number,
  kind: 'markdown' | 'paragraph' = 'markdown',
): Promise<void> {
  const section = `1. Stream ${tokens.toLocaleString('en')} tokens${kind === 'paragraph' ? ', one paragraph' : ''}`;
  const { page, server, close } = await setUp(browser, app);
  try {
    server.behave({ reply: kind === 'paragraph' ? paragraphReply(tokens, END) : markdownReply(tokens, END) });
    results.note(
      `stream-${tokens}-bytes`,
      server.frames().reduce((n, f) => n + Buffer.byteLength(f), 0),
    );
    for (let run = 0; run < runs; run++) {
      await openNewChat(page, app, MODEL, CONNECTION);
      await floor(page, server); // warms the connection and the preflight cache, as the app's request will find them
      const bare = await floor(page, server);
      const parsed = await floor(page, server, true);
      await sleep(300);
      await watchText(page, [END]);
      const clock = await clockOffset(page);
      const origin = await timeOrigin(page);
      server.clearLog();
      await page.evaluate(() => window.__bench.startFrames());
      await typeAndSend(page, `Write ${tokens} tokens of notes (run ${run + 1}).`);
      const mark = await waitForMark(page, END, limitSeconds * 1000).catch(() => undefined);
      const frames = await page.evaluate(() => window.__bench.stopFrames());
      if (!mark) {
        results.fail(section, 'Send → last token in DOM', 'ms', `did not finish within ${limitSeconds} s`);
        results.fail(
          section,
          'ratio app / bare fetch',
          'ratio',
          `> ${((limitSeconds * 1000) / bare.ms).toFixed(0)}`,
          tokens === 20_000 ? '≤ 1.15' : undefined,
        );
        break;
      }
      const click = await lastClick(page, 'Send');
      const appMs = mark.dom - click;
      const tasks = longTaskStats(await longTasks(page), click, mark.painted);
      results.add(section, 'Send → last token in DOM', 'ms', appMs);
      results.add(section, 'bare fetch read + decode', 'ms', bare.ms);
      results.add(
        section,
        'ratio fetch + SSE and JSON parse (no rendering) / bare fetch',
        'ratio',
        parsed.ms / bare.ms,
      );
      results.add(
        section,
        'ratio app / bare fetch',
        'ratio',
        appMs / bare.ms,
        tokens === 20_000 ? '≤ 1.15' : undefined,
      );
      results.add(section, 'longest task', 'ms', tasks.longest, '≤ 50');
      results.add(section, 'total long-task time', 'ms', tasks.total);
      results.add(section, 'long tasks (over 50 ms)', 'count', tasks.count, '0');
      const during = frames.filter((t) => t >= click && t <= mark.painted);
      const edges = [click, ...during, mark.painted];
      const gaps = edges.slice(1).map((t, i) => t - (edges[i] as number));
      results.add(section, 'frames painted during the stream', 'count', during.length);
      results.add(section, 'longest frame gap during the stream', 'ms', Math.max(0, ...gaps), '≤ 33');
      const lastByte = server.chats.at(-1)?.lastByte;
      if (lastByte !== undefined) {
        const onPage = lastByte + clock.offset - origin;
        results.add(section, 'last byte → last token painted', 'ms', mark.painted - onPage, '≤ 17');
      }
      await waitForIdle(page);
    }
  } finally {
    await close();
  }
}

export async function sustained(
  browser: Browser,
  app: App,
  results: Results,
  seconds: number,
  runs: number,
): Promise<void> {
  const section = `2. Sustained 200 tok/s × ${seconds} s`;
  const rate = 200;
  const { page, server, close } = await setUp(browser, app);
  try {
    server.behave({ reply: markdownReply(rate * seconds, END, 2), tokensPerSecond: rate });
    for (let run = 0; run < runs; run++) {
      await openNewChat(page, app, MODEL, CONNECTION);
      await watchText(page, [END]);
      const box = page.getByRole('textbox', { name: 'Message' });
      const keysBefore = (await page.evaluate(() => window.__bench.keyLatencies)).length;
      const eventsBefore = (await page.evaluate(() => window.__bench.events)).length;
      await page.evaluate(() => window.__bench.startFrames());
      await typeAndSend(page, `Stream steadily (run ${run + 1}).`);
      const limit = (seconds + 60) * 1000;
      const done = waitForMark(page, END, limit);
      let finished = false;
      void done.then(
        () => (finished = true),
        () => (finished = true),
      );
      // type lower-case letters at ~8 keys/s until the answer ends (a blocked page holds each key)
      await box.click({ noWaitAfter: true, timeout: limit }).catch(() => undefined);
      while (!finished)
        await box.pressSequentially('typing while it streams ', { delay: 120, timeout: limit }).catch(() => undefined);
      const mark = await done.catch(() => undefined);
      if (!mark) {
        results.fail(section, 'stream duration', 'ms', `did not finish within ${seconds + 60} s`);
        break;
      }
      const click = await lastClick(page, 'Send');
      const frames = await page.evaluate(() => window.__bench.stopFrames());
      const gaps = frames
        .slice(1)
        .map((t, i) => t - (frames[i] as number))
        .filter((_, i) => (frames[i] as number) >= click);
      const keys = (await page.evaluate(() => window.__bench.keyLatencies)).slice(keysBefore).sort((a, b) => a - b);
      // keys typed while it streamed: the typing goes on after the end, when headless Chromium presents a
      // frame only every ~125 ms for about 1.5 s (docs/benchmarks.md), which Event Timing reads as 1.4 s keys
      const events = (await page.evaluate(() => window.__bench.events))
        .slice(eventsBefore)
        .filter((e) => /^key|input/.test(e.name) && e.start >= click && e.start <= mark.painted);
      const tasks = longTaskStats(await longTasks(page), click, mark.painted);
      results.add(section, 'frames over 50 ms', 'count', gaps.filter((g) => g > 50).length, '0');
      results.add(section, 'longest frame gap', 'ms', Math.max(0, ...gaps));
      results.add(section, 'longest task', 'ms', tasks.longest);
      results.add(section, 'long tasks (over 50 ms)', 'count', tasks.count, '0');
      results.add(section, 'typing latency p50 (key → paint)', 'ms', keys[Math.floor(keys.length / 2)] ?? NaN);
      results.add(section, 'typing latency max (key → paint)', 'ms', keys.at(-1) ?? NaN, '< 50');
      results.add(section, 'slowest key event (Event Timing)', 'ms', Math.max(0, ...events.map((e) => e.duration)));
      results.add(section, 'stream duration', 'ms', mark.dom - click);
      await waitForIdle(page);
      await box.fill('');
    }
  } finally {
    await close();
  }
}

const FIRST = 'zzfirsttokenzz';

export async function overhead(browser: Browser, app: App, results: Results, runs: number): Promise<void> {
  const section = '6. Overhead per request';
  const { page, server, close } = await setUp(browser, app);
  try {
    server.behave({ reply: `${FIRST} and a few more words to finish the answer.`, pauseAfterFirstMs: 300 });
    for (let run = -1; run < runs; run++) {
      await openNewChat(page, app, MODEL, CONNECTION);
      const clock = await clockOffset(page);
      const origin = await timeOrigin(page);
      server.clearLog();
      await watchText(page, [FIRST]);
      await typeAndSend(page, `Say one word (run ${run + 1}).`);
      const mark = await waitForMark(page, FIRST);
      const click = await lastClick(page, 'Send');
      await waitForIdle(page);
      const chat = server.chats[0];
      if (!chat) throw new Error('the server saw no chat request');
      if (run < 0) continue; // warm-up: first request of the page
      // server times moved onto the page's clock, then made relative to the page's timeOrigin
      const onPage = (serverTime: number): number => serverTime + clock.offset - origin;
      results.add(section, 'Send → request at server', 'ms', onPage(chat.arrived) - click);
      results.add(section, 'preflights before the request', 'count', server.preflights.length);
      results.add(section, 'first byte → first token in DOM', 'ms', mark.dom - onPage(chat.firstByte));
      results.add(section, 'first byte → first token painted', 'ms', mark.painted - onPage(chat.firstByte));
      // what the user waits for, with a server that answers at once (a real one's first byte comes later)
      results.add(section, 'Send → first token painted', 'ms', mark.painted - click);
      results.add(section, 'clock uncertainty (± round trip / 2)', 'ms', clock.uncertainty);
    }
  } finally {
    await close();
  }
}
