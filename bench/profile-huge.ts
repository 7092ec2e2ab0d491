// Profiles the huge-answer section (issue 11 item 8) in the built app (dist/): a CDP CPU profile and a
// Chromium trace taken together while a big answer streams and keys are typed. Prints every main-thread
// task over 50 ms with what filled it: trace events by self time (GC, layout, body reads, script) and the
// CPU profile's functions sampled inside it, mapped through the source maps. Not part of `npm run bench`.
//   npx tsx bench/profile-huge.ts [--mb=50] [--port=4183] [--dist=dist] [--tasks=12]
import { parseArgs } from 'node:util';
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
import {
  collectTrace,
  mainThreadEvents,
  sourceNamer,
  traceSummary,
  type Profile,
  type TraceEvent,
} from './cdp-profile.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    port: { type: 'string', default: process.env['BENCH_APP_PORT'] ?? '4183' },
    dist: { type: 'string', default: 'dist' },
    tasks: { type: 'string', default: '12' },
  },
});
const END = 'zzendofhugeanswerzz';
const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,loading,toplevel,mojom,ipc';

const distDir = new URL(`${values.dist.replace(/\/$/, '')}/`, new URL('../', import.meta.url));
const frameName = sourceNamer(distDir);
/** Self time (ms) per trace event name inside one task. */
const selfByName = (inside: readonly TraceEvent[]): Map<string, number> =>
  new Map(traceSummary(inside, inside[0]?.ts ?? 0).map(([name, self]) => [name, self]));

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
  const events = await collectTrace(cdp, TRACE_CATEGORIES, async () => {
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
  const mainEvents = mainThreadEvents(events);
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
