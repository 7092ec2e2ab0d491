// Profiles one streamed answer in the built app (dist/), for finding where a burst's time goes:
// a CDP CPU profile (self time per function, mapped through the source maps to src/ files) and a
// Chromium trace (main-thread time per event: layout, style, paint, script). Not part of `npm run bench`.
//   npx tsx bench/profile.ts [--tokens=20000] [--kind=paragraph|markdown] [--port=4183] [--trace] [--dist=dist]
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
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
import {
  collectTrace,
  mainThreadEvents,
  sourceNamer,
  taskTimeline,
  traceSummary,
  type Profile,
  type ProfileNode,
} from './cdp-profile.ts';

const { values } = parseArgs({
  options: {
    tokens: { type: 'string', default: '20000' },
    kind: { type: 'string', default: 'paragraph' },
    port: { type: 'string', default: process.env['BENCH_APP_PORT'] ?? '4183' },
    trace: { type: 'boolean', default: false },
    /** with --trace: also list every main-thread task of at least this many ms, in order */
    tasks: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});
const END = 'zzendofanswerzz';
const TRACE_CATEGORIES =
  'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,disabled-by-default-devtools.timeline.stack';
const tokens = Number(values.tokens);

/** Self time per function (ms), named by original source file and line where the URL has a source map. */
async function selfTimes(profile: Profile, distDir: URL): Promise<Array<[string, number]>> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const nameOf = sourceNamer(distDir);
  const named = new Map<string, number>();
  for (const [id, ms] of self) {
    const name = await nameOf((byId.get(id) as ProfileNode).callFrame);
    named.set(name, (named.get(name) ?? 0) + ms);
  }
  return [...named].sort((a, b) => b[1] - a[1]);
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
    const events = await collectTrace(cdp, TRACE_CATEGORIES, async () => void (span = await once(page, 'traced')));
    const at = (name: string): number => events.filter((e) => e.name === name).at(-1)?.ts ?? NaN;
    console.log(`traced run: click → end painted ${(span.end - span.click).toFixed(0)} ms`);
    console.log('     self     total   longest  (ms, main thread, from before Send to after the end painted)');
    const from = at('bench-from'); // the mark set just before Send: times below count from it
    const inside = mainThreadEvents(events).filter((e) => e.ts >= from && e.ts <= at('bench-to'));
    for (const [name, self, total, max] of traceSummary(inside, from).slice(
      0,
      Number(process.env['PROFILE_ROWS'] ?? 30),
    ))
      console.log(
        `${self.toFixed(1).padStart(9)} ${total.toFixed(1).padStart(9)} ${max.toFixed(1).padStart(9)}  ${name}`,
      );
    if (values.tasks !== undefined) {
      for (const task of taskTimeline(inside, from, Number(values.tasks)))
        console.log(
          `${task.at.toFixed(0).padStart(6)} ms ${task.ms.toFixed(1).padStart(6)} ms  ${task.parts
            .slice(0, 6)
            .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
            .join(', ')}`,
        );
    }
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
