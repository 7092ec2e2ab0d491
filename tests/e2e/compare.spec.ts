// The Compare view against two servers on different origins and speeds: both columns stream at once
// (the servers' requests overlap), the faster one shows the higher tokens/s, a failing column shows its
// own diagnosis while the other finishes, Continue makes a chat, N runs give a chart and a CSV, and a
// reload mid-run keeps the finished runs.
import { readFile } from 'node:fs/promises';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import type { Page } from '@playwright/test';

// four servers' worth of setup and N runs each: more than the default 30 s on two shared cores
test.describe.configure({ timeout: 120_000 });

const REPLY = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');

async function twoServers(page: Page, startServer: (k: 'openai', o: object) => Promise<OpenAIServer>) {
  // far enough apart that the browser reads the fast answer in several network chunks (its rate is measured
  // between the first and the last chunk read), still well ahead of the slow one
  const fast = await startServer('openai', { models: ['fast-model'], reply: REPLY, chunkDelayMs: 15 });
  const slow = await startServer('openai', { models: ['slow-model'], reply: REPLY, chunkDelayMs: 40 });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Fast', baseUrl: fast.baseUrl });
  await addConnection(page, { server: 'llama.cpp', name: 'Slow', baseUrl: slow.baseUrl });
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Compare models', level: 1 })).toBeVisible();
  await page.getByLabel('Model 1', { exact: true }).selectOption({ label: 'fast-model' });
  await page.getByLabel('Model 2', { exact: true }).selectOption({ label: 'slow-model' });
  await page.getByLabel('Prompt', { exact: true }).fill('Count some words');
  return { fast, slow };
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const FAST = 'fast-model on Fast';
const SLOW = 'slow-model on Slow';

async function setRuns(page: Page, n: number) {
  await page.getByText('System prompt and runs').click();
  await page.getByLabel('Runs per model (1–20)').fill(String(n));
}

test('both columns stream at once; the faster server shows more tokens/s; Continue makes a chat', async ({
  page,
  startServer,
}) => {
  const { fast, slow } = await twoServers(page, startServer);
  slow.behave({ holdStream: 1 });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  // the slow server holds its stream open while the fast server gets its request: they overlap
  await slow.waitForHold();
  await expect.poll(() => fast.requestsTo('/v1/chat/completions', 'POST').length).toBe(1);
  await expect(column(page, FAST).getByRole('button', { name: /^Continue with this answer/ })).toBeVisible();
  await expect(column(page, SLOW).getByRole('button', { name: `Stop ${SLOW}` })).toBeVisible();
  slow.release();
  await expect(column(page, SLOW).getByRole('button', { name: /^Continue with this answer/ })).toBeVisible();
  const rate = async (name: string) =>
    parseFloat((await column(page, name).locator('[data-figure="tps-browser"]').textContent()) ?? '');
  expect(await rate(FAST)).toBeGreaterThan(await rate(SLOW));
  await expect(column(page, FAST)).toContainText('word29');

  await column(page, FAST)
    .getByRole('button', { name: `Continue with this answer (${FAST})` })
    .click();
  await expect(page).toHaveURL(/#\/chat\//);
  const answer = page.getByRole('article', { name: 'Assistant message' }).last();
  await expect(answer).toContainText('word29');
  await expect(answer.getByLabel('Version 1 of 2')).toBeVisible();
});

test('a failing column shows its own diagnosis while the other finishes', async ({ page, startServer }) => {
  const { slow } = await twoServers(page, startServer);
  slow.behave({ status: { code: 500, path: '/v1/chat/completions' } });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(column(page, SLOW).getByRole('alert')).toBeVisible();
  await expect(column(page, SLOW).getByRole('region', { name: `Diagnosis of ${SLOW}` })).toBeVisible();
  await expect(column(page, FAST)).toContainText('word29');
  await expect(column(page, FAST).getByRole('button', { name: /^Continue with this answer/ })).toBeVisible();
});

test('5 runs per model give a chart and a CSV with 10 rows', async ({ page, startServer }) => {
  const { slow } = await twoServers(page, startServer);
  slow.behave({ chunkDelayMs: 0 });
  await setRuns(page, 5);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('row', { name: /fast-model on Fast 5 of 5/ })).toBeVisible({ timeout: 60_000 });
  await expect(results.getByRole('row', { name: /slow-model on Slow 5 of 5/ })).toBeVisible({ timeout: 60_000 });
  await expect(results.getByRole('img', { name: /^Tokens per second, measured in the browser/ })).toBeVisible();
  await expect(results.getByRole('img', { name: /^First token, measured in the browser/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    results.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toContain('tokens_per_second_browser');
  expect(lines.slice(1)).toHaveLength(10);
});

test('a reload mid-run keeps the finished runs and the partial answer', async ({ page, startServer }) => {
  const { slow } = await twoServers(page, startServer);
  slow.behave({ holdStream: 1 });
  await setRuns(page, 3);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('row', { name: /fast-model on Fast 3 of 3/ })).toBeVisible({ timeout: 60_000 });
  await slow.waitForHold();
  await expect(column(page, SLOW)).toContainText('word0');
  await page.reload();
  await expect(results.getByRole('row', { name: /fast-model on Fast 3 of 3/ })).toBeVisible({ timeout: 60_000 });
  await expect(column(page, SLOW)).toContainText('word0');
  await expect(column(page, SLOW)).toContainText('interrupted');
  slow.release();
});
