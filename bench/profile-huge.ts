// Profiles the huge-answer section (issue 11 item 8) in the built app (dist/): a CDP CPU profile and a
// Chromium trace taken together while a big answer streams and keys are typed. Prints every main-thread
// task over 50 ms with what filled it: trace events by self time (GC, layout, body reads, script) and the
// CPU profile's functions sampled inside it, mapped through the source maps. Not part of `npm run bench`.
//   npx tsx bench/profile-huge.ts [--mb=50] [--port=4183] [--dist=dist] [--tasks=12]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SourceMapConsumer } from 'source-map';
import type { CDPSession } from '@playwright/test';
import { startStaticServer } from '../tests/servers/static-server.ts';
import { startBenchServer } from '../tests/servers/bench-streams.ts';
import {
  importConnections,
  launchChromium,
  newBenchPage,
  openNewChat,
  typeAndSend,
  waitForMark,
  watchText,
} from './browser/harness.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    port: { type: 'string', default: process.env['BENCH_APP_PORT'] ?? '4183' },
    dist: { type: 'string', default: 'dist' },
    tasks: { type: 'string', default: '12' },
  },
});
const END = 'zzendofhugeanswerzz';

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, unknown> & { name?: string };
}

const distDir = new URL(`${values.dist.replace(/\/$/, '')}/`, new URL('../', import.meta.url));
const maps = new Map<string, SourceMapConsumer | undefined>();

async function frameName(f: ProfileNode['callFrame']): Promise<string> {
  const file = f.url.match(/\/assets\/[^/?#]+\.js$/)?.[0];
  let name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}`.trim();
  if (!file || f.lineNumber < 0) return name;
  if (!maps.has(file)) {
    try {
      maps.set(file, await new SourceMapConsumer(readFileSync(new URL(`.${file}.map`, distDir), 'utf8')));
    } catch {
      maps.set(file, undefined);
    }
  }
  const pos = maps.get(file)?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  if (pos?.source)
    name = `${f.functionName || pos.name || '(anon)'} ${pos.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${pos.line}`;
  return name;
}

async function collectTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,loading,toplevel,mojom,ipc',
    transferMode: 'ReportEvents',
  } as never);
  await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Self time (ms) per trace event name inside one task. */
function selfByName(inside: TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; children: number }> = [];
  const close = (s: { e: TraceEvent; children: number }) =>
    out.set(s.e.name, (out.get(s.e.name) ?? 0) + (s.e.dur ?? 0) / 1000 - s.children);
  for (const e of inside) {
    while (stack.length > 0 && stack.at(-1)!.e.ts + (stack.at(-1)!.e.dur ?? 0) <= e.ts) close(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) parent.children += (e.dur ?? 0) / 1000;
    stack.push({ e, children: 0 });
  }
  while (stack.length > 0) close(stack.pop()!);
  return out;
}

const appServer = await startStaticServer({
  port: Number(values.port),
  prefix: '/switchboard/',
  root: distDir.pathname,
});
const app = { url: appServer.url };
const server = await startBenchServer({
  models: ['bench-model'],
  bigReply: { bytes: Number(values.mb) * 1024 * 1024, chunkChars: 16_000, end: END },
});
server.frames();
const browser = await launchChromium();
try {
  const { page } = await newBenchPage(browser);
  await importConnections(page, app, [{ name: 'Bench server', baseUrl: server.baseUrl }]);
  await openNewChat(page, app, 'bench-model', 'Bench server');
  await watchText(page, [END]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  let profile: Profile | undefined;
  const events = await collectTrace(cdp, async () => {
    await cdp.send('Profiler.start');
    await typeAndSend(page, `Write ${values.mb} MB of numbered lines.`);
    const done = waitForMark(page, END, 600_000);
    let finished = false;
    void done.then(
      () => (finished = true),
      () => (finished = true),
    );
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.focus().catch(() => undefined);
    while (!finished) await page.keyboard.type('typing while it streams ', { delay: 120 }).catch(() => undefined);
    await done;
    profile = ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
  });
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'UpdateLayoutTree'),
  );
  const mainEvents = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = mainEvents.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  // samples on the trace clock
  const p = profile!;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const sampleTimes: number[] = [];
  let t = p.startTime;
  for (const d of p.timeDeltas) sampleTimes.push((t += d));
  const total = new Map<string, number>();
  console.log(`${tasks.length} tasks over 50 ms; longest first:`);
  const sorted = [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const allFns = new Map<string, number>();
  for (const [rank, task] of sorted.entries()) {
    const end = task.ts + (task.dur ?? 0);
    const inside = mainEvents.filter((e) => e.ts >= task.ts && e.ts < end);
    const names = [...selfByName(inside)].sort((a, b) => b[1] - a[1]).slice(0, 6);
    const fns = new Map<string, number>();
    for (let i = 0; i < p.samples.length; i++) {
      if (sampleTimes[i]! < task.ts || sampleTimes[i]! >= end) continue;
      const node = byId.get(p.samples[i]!)!;
      // self function plus its nearest src/ caller, so a native call reads as "who asked for it"
      let key = await frameName(node.callFrame);
      if (!key.includes('src/')) {
        let up = parents.get(node.id);
        while (up !== undefined && !(await frameName(byId.get(up)!.callFrame)).includes('src/')) up = parents.get(up);
        if (up !== undefined) key += ` ← ${await frameName(byId.get(up)!.callFrame)}`;
      }
      fns.set(key, (fns.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    }
    for (const [n, ms] of fns) allFns.set(n, (allFns.get(n) ?? 0) + ms);
    if (rank >= Number(values.tasks)) continue;
    const top = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 6);
    const mojo = inside
      .filter((e) => e.name === 'Receive mojo message' && (e.dur ?? 0) > 10_000)
      .map((e) => JSON.stringify(e.args).slice(0, 160));
    console.log(
      `\n${((task.dur ?? 0) / 1000).toFixed(0)} ms task at ${((task.ts - tasks[0]!.ts) / 1000).toFixed(0)} ms:`,
    );
    if (mojo.length > 0) console.log(`  mojo: ${mojo.join(' ')}`);
    console.log(`  trace: ${names.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`);
    for (const [n, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${n}`);
  }
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    for (const [n, ms] of selfByName(mainEvents.filter((e) => e.ts >= task.ts && e.ts < end)))
      total.set(n, (total.get(n) ?? 0) + ms);
  }
  console.log('\nall tasks over 50 ms, CPU profile self time:');
  for (const [n, ms] of [...allFns].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${n}`);
  console.log('\nall tasks over 50 ms, self time by trace event:');
  for (const [n, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${n}`);
} finally {
  await browser.close();
  await server.close();
  await appServer.close();
}
