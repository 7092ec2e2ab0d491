// Discovery (5): ten connections, one refusing (a closed port), one hanging (accepts, never answers)
// and eight healthy servers that answer /v1/models after different delays. Measured on a fresh load of
// the chat page: when the last healthy server's models are in the DOM, against when the slowest
// healthy server sent its answer (server clock moved onto the page's clock). The picker keeps its options
// out of the DOM while closed, so it is opened as soon as it offers a first model; models already listed
// then are marked at that moment, which only the fastest servers' are.
import type { Browser } from '@playwright/test';
import { closedPort, startBenchServer, type BenchServer } from '../../tests/servers/bench-streams.ts';
import { openModelList } from '../../tests/e2e/support/chat-ui.ts';
import type { Results } from '../stats.ts';
import {
  clockOffset,
  gotoBlank,
  importConnections,
  newBenchPage,
  timeOrigin,
  waitForMark,
  watchNextLoad,
  type App,
} from './harness.ts';

const SECTION = '5. Discovery (10 connections, 2 dead)';
const DELAYS_MS = [0, 20, 40, 60, 90, 120, 160, 200];

export async function discovery(browser: Browser, app: App, results: Results, runs: number): Promise<void> {
  const healthy: BenchServer[] = [];
  const hanging = await startBenchServer({ hang: true });
  const refusing = await closedPort();
  const { context, page } = await newBenchPage(browser);
  try {
    for (const [i, delay] of DELAYS_MS.entries())
      healthy.push(await startBenchServer({ models: [`disc-model-${i}`], modelsDelayMs: delay }));
    await importConnections(page, app, [
      { name: 'Refusing server', baseUrl: `http://127.0.0.1:${refusing}/v1` },
      { name: 'Hanging server', baseUrl: hanging.baseUrl },
      ...healthy.map((s, i) => ({ name: `Healthy ${i}`, baseUrl: s.baseUrl })),
    ]);
    const ids = DELAYS_MS.map((_, i) => `disc-model-${i}`);
    for (let run = 0; run < runs; run++) {
      await gotoBlank(page, app);
      await watchNextLoad(page, ids);
      for (const s of healthy) s.clearLog();
      await page.goto(`${app.url}#/chat`);
      await openModelList(page);
      const marks = [];
      for (const id of ids) marks.push(await waitForMark(page, id, 20_000));
      const clock = await clockOffset(page);
      const origin = await timeOrigin(page);
      const lastListed = Math.max(...marks.map((m) => m.painted));
      const answers = healthy.map((s) => s.modelsAnswered[0]);
      if (answers.some((a) => a === undefined)) throw new Error('a healthy server was not asked for its models');
      const slowest = Math.max(...(answers as number[])) + clock.offset - origin;
      results.add(SECTION, 'navigation → last healthy list painted', 'ms', lastListed);
      results.add(SECTION, 'navigation → slowest healthy answer sent', 'ms', slowest);
      results.add(SECTION, 'slowest answer → its list painted', 'ms', lastListed - slowest, '≤ 50');
    }
    results.note('discovery-delays-ms', DELAYS_MS);
  } finally {
    await context.close();
    await Promise.all([...healthy, hanging].map((s) => s.close()));
  }
}
