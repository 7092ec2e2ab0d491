// Where the page's long tasks come from while the model in this browser loads and answers: a scratch tool,
// not a bench section. Serves dist/, opens the test GGUF, answers once (load included) and once more, with a
// CPU profile of the page's main thread (CDP Profiler: the page only, never a worker) and the page's
// PerformanceObserver('longtask') entries. Prints each long task and the functions that ran in it.
//   npm run build && npx tsx bench/browser/profile-browser-model.ts [port] [dist folder]
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../tests/servers/static-server.ts';
import { openChat, pickModel } from '../../tests/e2e/support/chat-ui.ts';
import { launchChromium, longTasks, newBenchPage, typeAndSend } from './harness.ts';
import { BENCH_MAX_TOKENS, setMaxTokens } from './browser-model.ts';

const MODEL = fileURLToPath(new URL('../../tests/fixtures/models/tiny-random.gguf', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

let byId = new Map<number, ProfileNode>();
let parent = new Map<number, number>();

const root = process.argv[3];
const server = await startStaticServer({
  port: Number(process.argv[2] ?? 4211),
  prefix: '/switchboard/',
  ...(root ? { root } : {}),
});
const browser = await launchChromium();
try {
  const { context, page } = await newBenchPage(browser);
  page.on('worker', (w) => console.log(`worker started: ${w.url().slice(0, 100)}`));
  await page.goto(`${server.url}#/settings`);
  await page.getByLabel('Open a GGUF file from this computer').setInputFiles(MODEL);
  await expect(page.getByRole('status').filter({ hasText: 'tiny-random.gguf' })).toContainText('is ready', {
    timeout: 60_000,
  });
  await openChat(page);
  await pickModel(page, 'tiny-random.gguf', 'This browser');
  await setMaxTokens(page, String(BENCH_MAX_TOKENS));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  for (const [n, text] of [
    [1, 'Hello, model in the page'],
    [2, 'And another one'],
  ] as const) {
    const before = (await longTasks(page)).length;
    await cdp.send('Profiler.start');
    const t0 = await page.evaluate(() => performance.now());
    await markFirstToken(page, n);
    await typeAndSend(page, text);
    // polled rarely from here: Playwright's own checks in the page would show up as long tasks
    await page.waitForFunction(
      (k) =>
        document.querySelectorAll('article[aria-label="Assistant message"]').length >= k &&
        /tok\/s/.test(document.querySelectorAll('article[aria-label="Assistant message"]')[k - 1]?.textContent ?? ''),
      n,
      { timeout: 300_000, polling: 2000 },
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const tasks = (await longTasks(page)).slice(before);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const first = await page.evaluate(() => (window as unknown as { __firstToken?: number }).__firstToken ?? NaN);
    console.log(`\n=== answer ${n}: ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms`);
    console.log(`   Send at ${t0.toFixed(0)}, first token in the DOM at ${first.toFixed(0)}`);
    console.log(
      `   scripts requested after the first token: ${(await scriptsAfter(page, first)).join(', ') || 'none'}`,
    );
    index(profile);
    const samples = timedSamples(profile, t0);
    console.log(`   page CPU by script: ${byScript(samples)}`);
    for (const task of tasks) {
      const inside = samples.filter((x) => x.t >= task.start && x.t < task.start + task.duration);
      console.log(
        `-- long task at ${task.start.toFixed(0)} (${(task.start - first).toFixed(0)} from first token): ${task.duration.toFixed(0)} ms; heaviest:`,
      );
      for (const line of heaviest(inside)) console.log(`   ${line}`);
    }
  }
  await resourcesOf(page);
} finally {
  await browser.close();
  await server.close();
}

/** Records (page clock) when the n-th answer's markdown first holds text. */
async function markFirstToken(page: Page, n: number): Promise<void> {
  await page.evaluate((k) => {
    const w = window as unknown as { __firstToken?: number };
    delete w.__firstToken;
    const observer = new MutationObserver(() => {
      const all = document.querySelectorAll('article[aria-label="Assistant message"] .markdown');
      if (all.length >= k && (all[all.length - 1]?.textContent ?? '').trim() !== '') {
        w.__firstToken = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, n);
}

async function scriptsAfter(page: Page, t: number): Promise<string[]> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
  );
  return entries.filter((e) => e.start >= t && /\.js/.test(e.name)).map((e) => e.name.split('/').pop() ?? e.name);
}

async function resourcesOf(page: Page): Promise<void> {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  console.log('\npage resources:', names.filter((n) => /\.(js|wasm)/.test(n)).join('\n  '));
}

interface Sample {
  /** page clock (performance.now), approximately: the profile starts when t0 was read */
  t: number;
  id: number;
  dt: number;
}

function timedSamples(profile: Profile, t0: number): Sample[] {
  const out: Sample[] = [];
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    out.push({ t: t0 + at / 1000, id: profile.samples[i]!, dt: profile.timeDeltas[i + 1] ?? 0 });
  }
  return out;
}

function label(n: ProfileNode): string {
  return `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
}

/** Sampled time per script file (the top frame's file, or the nearest script frame under a native one). */
function byScript(samples: Sample[]): string {
  const time = new Map<string, number>();
  for (const s of samples) {
    const file = scriptOf(s.id);
    time.set(file, (time.get(file) ?? 0) + s.dt);
  }
  return [...time.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([f, t]) => `${f} ${(t / 1000).toFixed(0)} ms`)
    .join(', ');
}

function index(profile: Profile): void {
  byId = new Map(profile.nodes.map((n) => [n.id, n]));
  parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
}

function scriptOf(id: number): string {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = byId.get(at)!.callFrame.url;
    if (url) return url.split('/').pop() ?? url;
  }
  return byId.get(id)!.callFrame.functionName;
}

function heaviest(run: Sample[]): string[] {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const r of run) {
    const node = byId.get(r.id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + r.dt);
    const seen = new Set<string>();
    for (let id: number | undefined = r.id; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id)!);
      if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + r.dt);
      seen.add(l);
    }
  }
  const fmt = (m: Map<string, number>, k: string) => `${((m.get(k) ?? 0) / 1000).toFixed(1)}`;
  const top = [...self.keys()]
    .sort((a, b) => self.get(b)! - self.get(a)!)
    .slice(0, 6)
    .map((k) => `${fmt(self, k)} / ${fmt(total, k)} ms  ${k}`);
  const callers = [...total.keys()]
    .filter((k) => !k.startsWith('(root)') && !k.startsWith('(program)'))
    .sort((a, b) => total.get(b)! - total.get(a)!)
    .slice(0, 4)
    .map((k) => `   total ${fmt(total, k)} ms  ${k}`);
  return [...top, ...callers];
}
