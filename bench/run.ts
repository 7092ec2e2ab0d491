// `npm run bench`: node micro-benchmarks, then the built app in real Chromium against loopback test
// servers (see docs/benchmarks.md). Prints a table (median, min, max over several runs) and writes
// bench/results.json. Never part of `npm test`: machines are noisy, so nothing here is asserted.
//   npm run bench                    full (about 5-8 minutes on 2 cores)
//   npm run bench -- --quick         fewer runs, shorter sustained stream (or BENCH_QUICK=1)
//   npm run bench -- --only=stream,weight   only some sections: micro, stream, sustained, startup, weight, discovery,
//                                           overhead, pathological, picker, huge, compare, browser-model;
//                                           pipeline = stream + sustained (issue 19's figures, five runs each)
//   npm run bench -- --no-build      use the existing dist/
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../tests/servers/static-server.ts';
import { runMicro } from './micro.ts';
import { launchChromium } from './browser/harness.ts';
import { overhead, sustained, throughput } from './browser/stream.ts';
import { startup } from './browser/startup.ts';
import { weight } from './browser/weight.ts';
import { discovery } from './browser/discovery.ts';
import { pathological } from './browser/pathological.ts';
import { picker } from './browser/picker.ts';
import { hugeAnswer } from './browser/huge.ts';
import { compareColumns } from './browser/compare.ts';
import { browserModel } from './browser/browser-model.ts';
import { Results, table } from './stats.ts';

const SECTIONS = [
  'micro',
  'stream',
  'sustained',
  'startup',
  'weight',
  'discovery',
  'overhead',
  'pathological',
  'picker',
  'huge',
  'compare',
  'browser-model',
] as const;
/** names for several sections at once */
const ALIASES: Record<string, readonly Section[]> = { pipeline: ['stream', 'sustained'] };
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env['BENCH_QUICK'] === '1' },
    only: { type: 'string' },
    build: { type: 'boolean', default: true },
    port: { type: 'string', default: process.env['BENCH_APP_PORT'] ?? '4183' },
  },
  allowNegative: true,
});

const quick = values.quick;
const only = new Set(
  (values.only ?? SECTIONS.join(','))
    .split(',')
    .map((s) => s.trim())
    .flatMap((s) => ALIASES[s] ?? [s as Section]),
);
for (const s of only)
  if (!SECTIONS.includes(s))
    throw new Error(`unknown section "${s}"; known: ${[...SECTIONS, ...Object.keys(ALIASES)].join(', ')}`);
const runs = {
  stream: quick ? 2 : 5,
  streamLimitSeconds: quick ? 60 : 90,
  sustained: quick ? 1 : 5,
  sustainedSeconds: quick ? 10 : 30,
  startup: quick ? 1 : 3,
  discovery: quick ? 2 : 5,
  overhead: quick ? 3 : 7,
  pathological: quick ? 3 : 5,
  picker: quick ? 1 : 3,
  hugeMegabytes: quick ? 16 : 50,
  huge: quick ? 2 : 5,
  compare: quick ? 2 : 5,
  browserModel: quick ? 1 : 5,
};

const results = new Results();
const started = Date.now();

if (only.has('micro')) {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => (lines.push(args.join(' ')), log(...args));
  try {
    await runMicro();
  } finally {
    console.log = log;
  }
  results.note('micro', lines);
}

const browserSections = [...only].filter((s) => s !== 'micro');
if (browserSections.length > 0) {
  if (values.build) {
    console.log('\nBuilding the app (vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const appServer = await startStaticServer({ port: Number(values.port), prefix: '/switchboard/' });
  const app = { url: appServer.url };
  const browser = await launchChromium();
  results.note('chromium', browser.version());
  const step = async (name: Section, fn: () => Promise<void>): Promise<void> => {
    if (!only.has(name)) return;
    const t0 = Date.now();
    console.log(`\n▶ ${name}`);
    try {
      await fn();
    } catch (error) {
      console.error(`  ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      results.note(`error-${name}`, String(error));
    }
    console.log(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  };
  try {
    await step('weight', () => weight(browser, app, results));
    await step('overhead', () => overhead(browser, app, results, runs.overhead));
    await step('stream', async () => {
      await throughput(browser, app, results, 2_000, runs.stream, runs.streamLimitSeconds);
      await throughput(browser, app, results, 20_000, runs.stream, runs.streamLimitSeconds);
      await throughput(browser, app, results, 2_000, runs.stream, runs.streamLimitSeconds, 'paragraph');
      await throughput(browser, app, results, 20_000, runs.stream, runs.streamLimitSeconds, 'paragraph');
    });
    await step('sustained', () => sustained(browser, app, results, runs.sustainedSeconds, runs.sustained));
    await step('discovery', () => discovery(browser, app, results, runs.discovery));
    await step('startup', () => startup(browser, app, results, runs.startup));
    await step('pathological', () => pathological(browser, app, results, runs.pathological, runs.streamLimitSeconds));
    await step('picker', async () => {
      await picker(browser, app, results, runs.picker, 5_000);
      await picker(browser, app, results, runs.picker, 10_000);
    });
    await step('huge', () => hugeAnswer(browser, app, results, runs.hugeMegabytes, 600, runs.huge));
    await step('compare', () => compareColumns(browser, app, results, runs.compare, 5_000, runs.streamLimitSeconds));
    await step('browser-model', () => browserModel(browser, app, results, runs.browserModel));
  } finally {
    await browser.close();
    await appServer.close();
  }
}

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1e9),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  chromium: results.notes['chromium'] ?? 'not launched',
};
const report = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  sections: [...only],
  seconds: Math.round((Date.now() - started) / 1000),
  machine,
  metrics: results.metrics.map((m) => ({ ...m })),
  notes: results.notes,
};
if (results.metrics.length > 0) {
  console.log(`\n${table(results.metrics)}`);
  console.log(
    `\n${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, node ${machine.node}, Chromium ${String(machine.chromium)}; ${report.mode} run, ${report.seconds} s`,
  );
}
const out = new URL('./results.json', import.meta.url);
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
