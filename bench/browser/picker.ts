// 10,000-model picker (7): one server that lists 10,000 models. On a fresh load of the chat page: from
// the moment the server sent its list (server clock moved onto the page's clock) to the picker painted
// and then interactive (no long task in the way), and the longest main-thread task in that stretch.
// Then, with the page idle: opening the picker and typing a filter key by key until the last model's
// option is painted, with the longest task while doing so, and how many options the open list holds. `npm run bench -- --only=picker` runs this alone.
import type { Browser } from '@playwright/test';
import { startBenchServer, type BenchServer } from '../../tests/servers/bench-streams.ts';
import { modelPicker, openModelList } from '../../tests/e2e/support/chat-ui.ts';
import type { Results } from '../stats.ts';
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
  watchText,
  type App,
} from './harness.ts';

const SECTION = '7. 10,000-model picker';
const COUNT = 10_000;
/** The picker once it offers models (an enabled field named "Model"). */
const READY = '[aria-label="Model"]:not([disabled])';
const LAST = `model-${COUNT - 1}`;

export async function picker(browser: Browser, app: App, results: Results, runs: number): Promise<void> {
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

      const openedAt = await page.evaluate(() => performance.now());
      await openModelList(page);
      const rendered = await page.getByRole('option').count();
      await watchText(page, [LAST]);
      await modelPicker(page).pressSequentially(LAST);
      const found = await waitForMark(page, LAST, 30_000);
      await sleep(500);
      const typing = longTaskStats(await longTasks(page), openedAt, found.painted + 500);
      results.add(SECTION, 'open + type a filter → the wanted model painted', 'ms', found.painted - openedAt);
      results.add(SECTION, 'open + type: longest task', 'ms', typing.longest, '≤ 50');
      results.add(SECTION, 'option elements in the DOM when opened', 'count', rendered);
      await page.keyboard.press('Escape');
    }
    results.note('picker-models', COUNT);
  } finally {
    await context.close();
    await server?.close();
  }
}
