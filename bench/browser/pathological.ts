// Pathological markdown (7): answers built to break the renderer — a quote and a list nested 5,000 levels
// deep (marked overflows its stack) and 30,000 "_a" / "*a" (quadratic emphasis matching). First the
// block's render time in node (limits + marked, as renderMarkdown runs them, without DOMPurify); then in
// the app, each streamed as one answer followed by a plain marker paragraph: Send → marker painted (the
// hostile block and everything after it rendered) and the longest main-thread task in between.
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import { unsanitisedHtml } from '../../src/lib/render/markdown-html.ts';
import { renderOrPlain } from '../../src/lib/render/plain-fallback.ts';
import { startBenchServer } from '../../tests/servers/bench-streams.ts';
import type { Results } from '../stats.ts';
import {
  importConnections,
  lastClick,
  longTasks,
  longTaskStats,
  newBenchPage,
  openNewChat,
  typeAndSend,
  waitForIdle,
  waitForMark,
  watchText,
  type App,
} from './harness.ts';

const SECTION = '7. Pathological markdown';
const MODEL = 'bench-model';
const CONNECTION = 'Bench server';
const END = 'zzendofanswerzz';

export const PATHOLOGICAL_INPUTS: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'quote nested 5,000 deep', text: `${'>'.repeat(5_000)} deep` },
  { name: 'list nested 5,000 deep', text: `${'- '.repeat(5_000)}deep` },
  { name: '30,000 "_a"', text: '_a'.repeat(30_000) },
  { name: '30,000 "*a"', text: '*a'.repeat(30_000) },
];

export async function pathological(
  browser: Browser,
  app: App,
  results: Results,
  runs: number,
  limitSeconds: number,
): Promise<void> {
  for (const input of PATHOLOGICAL_INPUTS) {
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      renderOrPlain(input.text, (text) => unsanitisedHtml(text));
      results.add(SECTION, `${input.name}: render in node`, 'ms', performance.now() - t0);
    }
  }
  const server = await startBenchServer({ models: [MODEL] });
  const { context, page } = await newBenchPage(browser);
  try {
    await importConnections(page, app, [{ name: CONNECTION, baseUrl: server.baseUrl }]);
    for (const input of PATHOLOGICAL_INPUTS) {
      server.behave({ reply: `Here it comes.\n\n${input.text}\n\n${END}` });
      for (let run = 0; run < runs; run++) {
        await openNewChat(page, app, MODEL, CONNECTION);
        await watchText(page, [END]);
        await typeAndSend(page, `Pathological ${input.name} (run ${run + 1})`);
        const mark = await waitForMark(page, END, limitSeconds * 1000).catch(() => undefined);
        if (!mark) {
          results.fail(SECTION, `${input.name}: Send → painted`, 'ms', `did not finish within ${limitSeconds} s`);
          break;
        }
        const click = await lastClick(page, 'Send');
        const tasks = longTaskStats(await longTasks(page), click, mark.painted);
        results.add(SECTION, `${input.name}: Send → painted`, 'ms', mark.painted - click);
        results.add(SECTION, `${input.name}: longest task`, 'ms', tasks.longest, '≤ 50');
        await waitForIdle(page);
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
}
