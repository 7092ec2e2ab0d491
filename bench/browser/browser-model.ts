// The model in this browser (11): the test GGUF (tests/fixtures/models/tiny-random.gguf, random weights) opened
// from a file in a fresh context, then one answer of a fixed length through "This browser": the time from Send
// to the first token (the engine's worker, WASM compile and model load included), the engine's own tokens per
// second, a second answer on the loaded model, and the longest main-thread task while it loads and answers.
// Browser figure only: no native llama.cpp is built on these machines.
import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { Results } from '../stats.ts';
import { assistantMessages, openChat, pickModel } from '../../tests/e2e/support/chat-ui.ts';
import { lastClick, longTasks, longTaskStats, newBenchPage, typeAndSend, type App } from './harness.ts';

const SECTION = '11. Model in this browser';
const MODEL = fileURLToPath(new URL('../../tests/fixtures/models/tiny-random.gguf', import.meta.url));
const MODEL_ID = 'tiny-random.gguf';
/** Answer length: the test model never ends on its own. */
export const BENCH_MAX_TOKENS = 128;
const LOAD_TIMEOUT = 300_000;

export async function browserModel(browser: Browser, app: App, results: Results, runs: number): Promise<void> {
  for (let run = 0; run < runs; run++) {
    const { context, page } = await newBenchPage(browser);
    try {
      await oneRun(page, app, results, run === 0);
    } finally {
      await context.close();
    }
  }
}

async function oneRun(page: Page, app: App, results: Results, first: boolean): Promise<void> {
  await page.goto(`${app.url}#/settings`);
  await page.getByLabel('Open a GGUF file from this computer').setInputFiles(MODEL);
  await expect(page.getByRole('status').filter({ hasText: MODEL_ID })).toContainText('is ready', { timeout: 60_000 });
  const backend = await page.getByTestId('engine-backend').innerText();
  if (first) {
    results.note('browser-model-backend', backend);
    results.note('browser-model-isolated', await page.evaluate(() => globalThis.crossOriginIsolated));
  }
  await openChat(page);
  await pickModel(page, MODEL_ID, 'This browser');
  await setMaxTokens(page, String(BENCH_MAX_TOKENS));

  const cold = await answer(page, 'Hello, model in the page', 1);
  results.add(SECTION, 'first answer: Send → first token (load included)', 'ms', cold.firstToken);
  results.add(SECTION, `tokens per second (${BENCH_MAX_TOKENS} tokens, engine)`, 'tok/s', cold.tokensPerSecond);
  results.add(SECTION, 'longest main-thread task, load + answer', 'ms', cold.longest, '≤ 50');
  const warm = await answer(page, 'And another one', 2);
  results.add(SECTION, 'second answer: Send → first token', 'ms', warm.firstToken);
  results.add(SECTION, `tokens per second, second answer`, 'tok/s', warm.tokensPerSecond);
  results.add(SECTION, 'longest main-thread task, second answer', 'ms', warm.longest, '≤ 50');
}

export async function setMaxTokens(page: Page, value: string): Promise<void> {
  await page.getByRole('button', { name: 'Chat settings' }).click();
  const field = page
    .getByRole('complementary', { name: 'Chat settings' })
    .getByRole('spinbutton', { name: 'Max tokens' });
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(value);
  await page.getByRole('button', { name: 'Chat settings' }).click();
}

interface AnswerFigures {
  firstToken: number;
  tokensPerSecond: number;
  longest: number;
}

/** Sends one message and waits for the answer of `count`-th assistant message to finish. */
async function answer(page: Page, text: string, count: number): Promise<AnswerFigures> {
  await typeAndSend(page, text);
  const sent = await lastClick(page, 'Send');
  await expect(assistantMessages(page)).toHaveCount(count, { timeout: LOAD_TIMEOUT });
  const firstAt = await page.waitForFunction(
    (n) => {
      const all = document.querySelectorAll('article[aria-label="Assistant message"] .markdown');
      const last = all[all.length - 1];
      return all.length >= n && last && (last.textContent ?? '').trim() !== '' ? performance.now() : false;
    },
    count,
    { timeout: LOAD_TIMEOUT, polling: 20 },
  );
  const firstToken = Number(await firstAt.jsonValue()) - sent;
  const message = assistantMessages(page).last();
  await expect(message.getByText(/tok\/s/)).toBeVisible({ timeout: LOAD_TIMEOUT });
  const done = await page.evaluate(() => performance.now());
  const meta = await message.getByText(/tok\/s/).innerText();
  const tokensPerSecond = Number(/([\d.]+)\s*tok\/s/.exec(meta)?.[1] ?? NaN);
  const { longest } = longTaskStats(await longTasks(page), sent, done);
  return { firstToken, tokensPerSecond, longest };
}
