// Profiles one streamed answer in the built app (dist/), for finding where a burst's time goes:
// a CDP CPU profile (self time per function, mapped through the source maps to src/ files) and a
// Chromium trace (main-thread time per event: layout, style, paint, script). Not part of `npm run bench`.
//   npx tsx bench/profile.ts [--tokens=20000] [--kind=paragraph|markdown] [--port=4183] [--trace] [--dist=dist]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SourceMapConsumer } from 'source-map';
import type { CDPSession, Page } from '@playwright/test';
import { startStaticServer } from '../tests/servers/static-server.ts';
import { startBenchServer } from '../tests/servers/bench-streams.ts';
import { markdownReply, paragraphReply } from './markdown.ts';
import {
  importConnections,
  launchChromium,
  lastClick,
  newBenchPage,
  openNewChat,
  typeAndSend,
  waitForIdle,
  waitForMark,
  watchText,
} from './browser/harness.ts';

const { values } = parseArgs({
  options: {
    tokens: { type: 'string', default: '20000' },
    kind: { type: 'string', default: 'paragraph' },
    port: { type: 'string', default: process.env['BENCH_APP_PORT'] ?? '4183' },
    trace: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
  },
});
const END = 'zzendofanswerzz';
const tokens = Number(values.tokens);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), named by original source file and line where the URL has a source map. */
async function selfTimes(profile: Profile, distDir: URL): Promise<Array<[string, number]>> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const maps = new Map<string, SourceMapConsumer | undefined>();
  const named = new Map<string, number>();
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id) as ProfileNode;
    let name = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop() ?? ''}`;
    const file = callFrame.url.match(/\/assets\/[^/?#]+\.js$/)?.[0];
    if (file && callFrame.lineNumber >= 0) {
      if (!maps.has(file)) {
        let consumer: SourceMapConsumer | undefined;
        try {
          consumer = await new SourceMapConsumer(readFileSync(new URL(`.${file}.map`, distDir), 'utf8'));
        } catch {
          consumer = undefined;
        }
        maps.set(file, consumer);
      }
      const pos = maps
        .get(file)
        ?.originalPositionFor({ line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
      if (pos?.source)
        name = `${callFrame.functionName || pos.name || '(anonymous)'} ${pos.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${pos.line}`;
    }
    named.set(name, (named.get(name) ?? 0) + ms);
  }
  return [...named].sort((a, b) => b[1] - a[1]);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { type?: string }; beginData?: { stackTrace?: Array<{ functionName: string }> } };
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,disabled-by-default-devtools.timeline.stack',
    transferMode: 'ReportEvents',
  } as never);
  await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Per event name on the renderer's main thread between `from` and `to`: [name, self ms, total ms, longest ms]. */
function traceSummary(events: TraceEvent[], from: number, to: number): Array<[string, number, number, number]> {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'UpdateLayoutTree'),
  );
  const inside = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, [number, number, number]>();
  const stack: Array<{ e: TraceEvent; children: number; name: string }> = [];
  const close = (entry: { e: TraceEvent; children: number; name: string }): void => {
    const dur = (entry.e.dur ?? 0) / 1000;
    const t = totals.get(entry.name) ?? [0, 0, 0];
    totals.set(entry.name, [t[0] + dur - entry.children, t[1] + dur, Math.max(t[2], dur)]);
  };
  for (const e of inside) {
    while (stack.length > 0 && stack.at(-1)!.e.ts + (stack.at(-1)!.e.dur ?? 0) <= e.ts) close(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) parent.children += (e.dur ?? 0) / 1000;
    // a layout asked for by script (reading sizes after a change) is told apart from the frame's own
    let name = e.name;
    if (name === 'Layout') {
      const script = stack.some((s) => s.e.name === 'FunctionCall' || s.e.name === 'EventDispatch');
      const observer = stack.some((s) => s.e.name === 'LocalFrameView::NotifyResizeObservers');
      name = script ? `Layout (forced by script${observer ? ', in a ResizeObserver callback' : ''})` : 'Layout (frame)';
      const caller = e.args?.beginData?.stackTrace?.[0]?.functionName;
      if (caller !== undefined && process.env['PROFILE_STACKS']) {
        const path = stack.map((s) =>
          s.e.name === 'EventDispatch' ? `${s.e.name}:${s.e.args?.data?.type}` : s.e.name,
        );
        const at = ((e.ts - from) / 1000).toFixed(0);
        console.log(`${((e.dur ?? 0) / 1000).toFixed(1)} ms layout at ${at} ms, from ${caller} in ${path.join(' > ')}`);
      }
    }
    stack.push({ e, children: 0, name });
  }
  while (stack.length > 0) close(stack.pop()!);
  return [...totals].map(([n, t]) => [n, ...t] as [string, number, number, number]).sort((a, b) => b[1] - a[1]);
}

async function once(page: Page, label: string): Promise<{ click: number; end: number }> {
  await openNewChat(page, app, 'bench-model', 'Bench server');
  await watchText(page, [END]);
  await page.evaluate(() => performance.mark('bench-from'));
  await typeAndSend(page, `${label} ${tokens} tokens`);
  const mark = await waitForMark(page, END, 120_000);
  await page.evaluate(() => performance.mark('bench-to'));
  const click = await lastClick(page, 'Send');
  await waitForIdle(page);
  return { click, end: mark.painted };
}

const distDir = new URL(`${values.dist.replace(/\/$/, '')}/`, new URL('../', import.meta.url));
const appServer = await startStaticServer({
  port: Number(values.port),
  prefix: '/switchboard/',
  root: distDir.pathname,
});
const app = { url: appServer.url };
const server = await startBenchServer({ models: ['bench-model'] });
server.behave({ reply: values.kind === 'markdown' ? markdownReply(tokens, END) : paragraphReply(tokens, END) });
const browser = await launchChromium();
try {
  const { page } = await newBenchPage(browser);
  await importConnections(page, app, [{ name: 'Bench server', baseUrl: server.baseUrl }]);
  await once(page, 'warm-up');
  const cdp = await page.context().newCDPSession(page);
  if (values.trace) {
    let span = { click: 0, end: 0 };
    const events = await trace(cdp, async () => void (span = await once(page, 'traced')));
    const at = (name: string): number => events.filter((e) => e.name === name).at(-1)?.ts ?? NaN;
    console.log(`traced run: click → end painted ${(span.end - span.click).toFixed(0)} ms`);
    console.log('     self     total   longest  (ms, main thread, from before Send to after the end painted)');
    for (const [name, self, total, max] of traceSummary(events, at('bench-from'), at('bench-to')).slice(
      0,
      Number(process.env['PROFILE_ROWS'] ?? 30),
    ))
      console.log(
        `${self.toFixed(1).padStart(9)} ${total.toFixed(1).padStart(9)} ${max.toFixed(1).padStart(9)}  ${name}`,
      );
  } else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await openNewChat(page, app, 'bench-model', 'Bench server');
    await watchText(page, [END]);
    await cdp.send('Profiler.start');
    await typeAndSend(page, `profiled ${tokens} tokens`);
    const mark = await waitForMark(page, END, 120_000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const click = await lastClick(page, 'Send');
    console.log(`profiled run: click → end painted ${(mark.painted - click).toFixed(0)} ms`);
    for (const [name, ms] of (await selfTimes(profile, distDir)).slice(0, 40))
      console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
  await appServer.close();
}
