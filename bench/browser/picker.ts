// Model picker (7): one server that lists 5,000 (or 10,000) models. On a fresh load of the chat page:
// from the moment the server sent its list (server clock moved onto the page's clock) to the picker
// painted and then interactive (no long task in the way), and the longest main-thread task in that
// stretch. Then, with the page idle, measured in the page: click → open list painted; each typed key of a
// filter → painted (median and max); each ArrowDown → painted; Enter chooses; the longest task meanwhile,
// and how many options the open list holds. `npm run bench -- --only=picker` runs this alone.
import type { Browser } from '@playwright/test';
import { startBenchServer, type BenchServer } from '../../tests/servers/bench-streams.ts';
import { openModelList } from '../../tests/e2e/support/chat-ui.ts';
import { summarise, type Results } from '../stats.ts';
import { timePicker } from './picker-timing.ts';
import {
  clockOffset,
  gotoBlank,
  importConnections,
  interactiveAt,
  longTasks,
  longTaskStats,
  newBenchPage,
  sleep,
  timeOrigin,
  waitForMark,
  watchNextLoad,
  type App,
} from './harness.ts';

/** The picker once it offers models (an enabled field named "Model"). */
const READY = '[aria-label="Model"]:not([disabled])';
const ARROWS = 5;

export async function picker(browser: Browser, app: App, results: Results, runs: number, count: number): Promise<void> {
  const SECTION = `7. ${count.toLocaleString('en')}-model picker`;
  const COUNT = count;
  /** the filter typed: narrows to the last ten models (model-4990 … model-4999 for 5,000) */
  const FILTER = `model-${Math.floor((COUNT - 1) / 10)}`;
  const models = Array.from({ length: COUNT }, (_, i) => `model-${i}`);
  let server: BenchServer | undefined;
  const { context, page } = await newBenchPage(browser);
  try {
    server = await startBenchServer({ models });
    await importConnections(page, app, [{ name: 'Big box', baseUrl: server.baseUrl }]);
    for (let run = 0; run < runs; run++) {
      await gotoBlank(page, app);
      await watchNextLoad(page, [], READY);
      server.clearLog();
      await page.goto(`${app.url}#/chat`);
      const ready = await waitForMark(page, 'selector', 60_000);
      await sleep(1500); // let any long task after the first paint finish and be reported
      const tasks = await longTasks(page);
      const clock = await clockOffset(page);
      const answered = server.modelsAnswered[0];
      if (answered === undefined) throw new Error('the server was not asked for its models');
      const sent = answered + clock.offset - (await timeOrigin(page));
      const interactive = interactiveAt(ready.painted, tasks);
      results.add(SECTION, 'list sent → picker painted', 'ms', ready.painted - sent);
      results.add(SECTION, 'list sent → picker interactive', 'ms', interactive - sent, '≤ 100');
      results.add(SECTION, 'load: longest task', 'ms', longTaskStats(tasks, sent, interactive + 1000).longest, '≤ 50');

      // a recent model would lead the filtered list: start from none
      await page.evaluate(() => localStorage.removeItem('switchboard:recent-models'));
      const t = await timePicker(page, FILTER, ARROWS);
      // the filter leaves model-N, model-N0 … model-N9: ARROWS steps down from model-N lands on model-N(ARROWS-1)
      const wanted = `${FILTER}${ARROWS - 1}`;
      if (t.chosen !== wanted) throw new Error(`the picker chose ${t.chosen}, not ${wanted}`);
      await sleep(500);
      const busy = longTaskStats(await longTasks(page), t.from, t.to);
      const keys = summarise(t.keys);
      const arrows = summarise(t.arrows);
      results.add(SECTION, 'click → open list painted', 'ms', t.open, '≤ 50');
      results.add(SECTION, 'filter: key → painted (median)', 'ms', keys?.median ?? NaN, '≤ 50');
      results.add(SECTION, 'filter: key → painted (max)', 'ms', keys?.max ?? NaN, '≤ 50');
      results.add(SECTION, 'ArrowDown → painted (max)', 'ms', arrows?.max ?? NaN, '≤ 50');
      results.add(SECTION, 'open, filter, arrows: longest task', 'ms', busy.longest, '≤ 50');
      await openModelList(page);
      results.add(SECTION, 'option elements in the DOM when opened', 'count', await page.getByRole('option').count());
      await page.keyboard.press('Escape');
    }
    results.note(`picker-models-${COUNT}`, COUNT);
  } finally {
    await context.close();
    await server?.close();
  }
}
