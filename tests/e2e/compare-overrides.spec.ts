// Per-column overrides in the Compare view: each column's own system prompt and temperature reach its
// server (the two test servers' request logs differ), an empty override inherits the shared settings,
// the overrides are shown on each column and survive a reload, the JSON export and its import, and a
// value out of range is refused before anything is sent (and the form passes axe meanwhile).
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

const FAST = 'fast-model on Fast';
const SLOW = 'slow-model on Slow';
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const overrides = (page: Page, name: string) => page.getByRole('group', { name: `Overrides for ${name}` });

async function open(page: Page, name: string) {
  await page.getByText(`Overrides for ${name}`).click();
  return overrides(page, name);
}

test('each column’s overrides reach its own server, are shown, and survive reload, export and import', async ({
  page,
  startServer,
}) => {
  const fast = await startServer('openai', { models: ['fast-model'], reply: 'Fast answer' });
  const slow = await startServer('openai', { models: ['slow-model'], reply: 'Slow answer' });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Fast', baseUrl: fast.baseUrl });
  await addConnection(page, { server: 'llama.cpp', name: 'Slow', baseUrl: slow.baseUrl });
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.getByLabel('Model 1', { exact: true }).selectOption({ label: 'fast-model' });
  await page.getByLabel('Model 2', { exact: true }).selectOption({ label: 'slow-model' });
  await page.getByLabel('Prompt', { exact: true }).fill('Same question');
  await page.getByText('System prompt and runs').click();
  await page.getByLabel('System prompt (optional)').fill('Shared rules');

  const first = await open(page, FAST);
  await first.getByLabel('System prompt').fill('Be brief.');
  await first.getByLabel('Temperature').fill('0.2');
  const second = await open(page, SLOW);
  await second.getByLabel('Temperature').fill('5');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  // out of range: refused in the form, nothing sent
  await expect(page.getByRole('alert')).toHaveText('Some overrides need fixing.');
  await expect(second.getByLabel('Temperature')).toBeFocused();
  await expect(second).toContainText('Temperature must be between 0 and 2');
  expect(slow.requestsTo('/v1/chat/completions', 'POST')).toHaveLength(0);
  // the form with both disclosures open and a field in error
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  await second.getByLabel('Temperature').fill('1.5');
  await second.getByLabel('Top P').fill('0.5');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();

  for (const name of [FAST, SLOW])
    await expect(column(page, name).getByRole('button', { name: /^Continue with this answer/ })).toBeVisible();
  const body = (server: typeof fast) =>
    server.requestsTo('/v1/chat/completions', 'POST')[0]?.json as {
      temperature?: number;
      top_p?: number;
      messages: { role: string; content: string }[];
    };
  expect(body(fast).temperature).toBe(0.2);
  expect(body(fast).top_p).toBeUndefined();
  expect(body(fast).messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
  expect(body(slow).temperature).toBe(1.5);
  expect(body(slow).top_p).toBe(0.5);
  // no system prompt of its own: the shared one
  expect(body(slow).messages[0]).toEqual({ role: 'system', content: 'Shared rules' });

  const shown = async () => {
    await expect(column(page, FAST)).toContainText('Overrides: temperature 0.2 · own system prompt');
    await expect(column(page, SLOW)).toContainText('Overrides: temperature 1.5 · top_p 0.5');
  };
  await shown();
  await page.reload();
  await shown();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const json = await readFile((await download.path())!, 'utf8');
  const saved = page.getByRole('navigation', { name: 'Saved comparisons' });
  await saved.getByRole('button', { name: 'Delete Same question' }).click();
  await expect(saved.getByRole('link', { name: 'Same question' })).toHaveCount(0);
  await saved
    .getByLabel('Import a comparison file')
    .setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(saved.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await saved.getByRole('link', { name: 'Same question' }).click();
  await shown();
});
