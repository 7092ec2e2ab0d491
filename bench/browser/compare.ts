// Compare view (10): four columns, each on its own bench server, each receiving a 5,000-token burst at
// once. From the Compare click to the last column's end marker in the DOM, against the same four streams
// read at once by bare fetch readers in the same page (read + decode only), and the longest main-thread
// task meanwhile. `npm run bench -- --only=compare` runs this alone.
import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { startBenchServer, type BenchServer } from '../../tests/servers/bench-streams.ts';
import { markdownReply } from '../markdown.ts';
import type { Results } from '../stats.ts';
import {
  gotoBlank,
  importConnections,
  lastClick,
  longTasks,
  longTaskStats,
  newBenchPage,
  sleep,
  waitForMark,
  watchText,
  type App,
} from './harness.ts';

const COLUMNS = 4;
const ends = Array.from({ length: COLUMNS }, (_, i) => `zzendofcolumn${i + 1}zz`);
const models = Array.from({ length: COLUMNS }, (_, i) => `bench-model-${i + 1}`);

/** The four streams fetched at once with bare readers; ms until the last one has ended. */
async function floor(page: Page, urls: string[]): Promise<number> {
  return page.evaluate(async (list) => {
    const t0 = performance.now();
    await Promise.all(
      list.map(async (url) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ model: 'floor', messages: [{ role: 'user', content: 'floor' }], stream: true }),
        });
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          decoder.decode(value, { stream: true });
        }
      }),
    );
    return performance.now() - t0;
  }, urls);
}

async function fillForm(page: Page, app: App, run: number): Promise<void> {
  await gotoBlank(page, app);
  await page.goto(`${app.url}#/compare`);
  await expect(page.getByLabel('Model 1', { exact: true })).toBeEnabled({ timeout: 15_000 });
  for (let i = 2; i < COLUMNS; i++) await page.getByRole('button', { name: 'Add a model' }).click();
  for (const [i, model] of models.entries()) {
    const field = page.getByLabel(`Model ${i + 1}`, { exact: true });
    await expect(field.locator('option', { hasText: model })).toHaveCount(1, { timeout: 15_000 });
    await field.selectOption({ label: model });
  }
  await page.getByLabel('Prompt', { exact: true }).fill(`Write 5,000 tokens of notes (run ${run + 1}).`);
}

export async function compareColumns(
  browser: Browser,
  app: App,
  results: Results,
  runs: number,
  tokens: number,
  limitSeconds: number,
): Promise<void> {
  const section = `10. Compare, ${COLUMNS} columns × ${tokens.toLocaleString('en')} tokens`;
  const servers: BenchServer[] = [];
  const { context, page } = await newBenchPage(browser);
  try {
    for (const [i, model] of models.entries()) {
      servers.push(await startBenchServer({ models: [model], reply: markdownReply(tokens, ends[i]!) }));
    }
    await importConnections(
      page,
      app,
      servers.map((s, i) => ({ name: `Bench ${i + 1}`, baseUrl: s.baseUrl })),
    );
    const urls = servers.map((s) => `${s.baseUrl}/chat/completions`);
    for (let run = 0; run < runs; run++) {
      await fillForm(page, app, run);
      await floor(page, urls); // warms the connections and the preflight cache, as the app's requests will find them
      const bare = await floor(page, urls);
      await sleep(300);
      await watchText(page, ends);
      await page.getByRole('button', { name: 'Compare', exact: true }).click({ noWaitAfter: true });
      const marks = await Promise.all(ends.map((end) => waitForMark(page, end, limitSeconds * 1000))).catch(
        () => undefined,
      );
      if (!marks) {
        results.fail(section, 'Compare → last column complete', 'ms', `did not finish within ${limitSeconds} s`);
        break;
      }
      const click = await lastClick(page, 'Compare');
      const lastDom = Math.max(...marks.map((m) => m.dom));
      const lastPainted = Math.max(...marks.map((m) => m.painted));
      const tasks = longTaskStats(await longTasks(page), click, lastPainted);
      results.add(section, 'Compare → last column complete', 'ms', lastDom - click);
      results.add(section, 'bare fetch, same 4 streams at once', 'ms', bare);
      results.add(section, 'ratio app / bare fetch', 'ratio', (lastDom - click) / bare, '≤ 2');
      results.add(section, 'longest task', 'ms', tasks.longest, '≤ 50');
      results.add(section, 'total long-task time', 'ms', tasks.total);
      // every run saved and finished before the next page load
      await expect(page.getByRole('button', { name: /^Continue with this answer/ })).toHaveCount(COLUMNS, {
        timeout: limitSeconds * 1000,
      });
    }
  } finally {
    await context.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
