// Saved comparisons: a rename survives a reload; Delete offers Undo, which brings the comparison back
// whole (also after a reload), and without Undo it stays gone after a reload; two tabs see each other's
// saves, renames and deletes without a reload, and a rename in one tab while the other streams the same
// comparison loses neither the new title nor any run.
import type { Page } from '@playwright/test';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

test.describe.configure({ timeout: 120_000 });

const REPLY = 'A saved answer from the test server';
const A = 'model-a on Box';
const B = 'model-b on Box';

const saved = (page: Page) => page.getByRole('navigation', { name: 'Saved comparisons' });
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const finished = (page: Page, name: string) =>
  expect(column(page, name).getByRole('button', { name: /^Continue with this answer/ })).toBeVisible();

async function setUp(page: Page, startServer: (k: 'openai', o: object) => Promise<OpenAIServer>) {
  const server = await startServer('openai', { models: ['model-a', 'model-b'], reply: REPLY });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Box', baseUrl: server.baseUrl });
  return server;
}

async function compare(page: Page, prompt: string) {
  await page.getByRole('link', { name: 'New comparison' }).click();
  await page.getByLabel('Model 1', { exact: true }).selectOption({ label: 'model-a' });
  await page.getByLabel('Model 2', { exact: true }).selectOption({ label: 'model-b' });
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
}

async function rename(page: Page, from: string, to: string) {
  await saved(page)
    .getByRole('button', { name: `Rename ${from}` })
    .click();
  await saved(page).getByLabel('New name').fill(to);
  await saved(page).getByRole('button', { name: 'Save' }).click();
}

async function openCompare(page: Page) {
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Compare models', level: 1 })).toBeVisible();
}

test('a renamed comparison keeps its name after a reload', async ({ page, startServer }) => {
  await setUp(page, startServer);
  await openCompare(page);
  await compare(page, 'First name');
  await finished(page, B);
  await rename(page, 'First name', 'Second name');
  await expect(saved(page).getByRole('link', { name: 'Second name' })).toBeVisible();
  await page.reload();
  await expect(saved(page).getByRole('link', { name: 'Second name' })).toBeVisible();
  await expect(saved(page).getByRole('link', { name: 'First name' })).toHaveCount(0);
  await expect(column(page, B)).toContainText(REPLY);
});

test('Undo brings a deleted comparison back whole, also after a reload; without Undo it stays gone', async ({
  page,
  startServer,
}) => {
  await setUp(page, startServer);
  await openCompare(page);
  await compare(page, 'Keep me');
  await finished(page, B);
  await compare(page, 'Drop me');
  await finished(page, B);

  await saved(page).getByRole('button', { name: 'Delete Keep me' }).click();
  await expect(saved(page).getByRole('link', { name: 'Keep me' })).toHaveCount(0);
  await saved(page).getByRole('button', { name: 'Undo' }).click();
  await expect(saved(page).getByRole('link', { name: 'Keep me' })).toBeVisible();
  await saved(page).getByRole('button', { name: 'Delete Drop me' }).click();
  await expect(saved(page).getByRole('link', { name: 'Drop me' })).toHaveCount(0);

  await page.reload();
  await expect(saved(page).getByRole('link', { name: 'Keep me' })).toBeVisible();
  await expect(saved(page).getByRole('link', { name: 'Drop me' })).toHaveCount(0);
  await saved(page).getByRole('link', { name: 'Keep me' }).click();
  for (const name of [A, B]) await expect(column(page, name)).toContainText(REPLY);
  await expect(column(page, A).getByRole('button', { name: `Continue with this answer (${A})` })).toBeVisible();
});

test('two tabs see each other’s saves, renames and deletes without a reload', async ({
  page,
  context,
  startServer,
}) => {
  await setUp(page, startServer);
  const other = await context.newPage();
  await other.goto('./#/compare');
  await openCompare(page);
  await expect(saved(other)).toBeVisible();

  await compare(page, 'Made in tab one');
  await finished(page, B);
  await expect(saved(other).getByRole('link', { name: 'Made in tab one' })).toBeVisible();
  await rename(page, 'Made in tab one', 'Renamed in tab one');
  await expect(saved(other).getByRole('link', { name: 'Renamed in tab one' })).toBeVisible();
  await expect(saved(other).getByRole('link', { name: 'Made in tab one' })).toHaveCount(0);
  await saved(other).getByRole('button', { name: 'Delete Renamed in tab one' }).click();
  await expect(saved(page).getByRole('link', { name: 'Renamed in tab one' })).toHaveCount(0);
});

test('a rename in one tab while the other streams the same comparison loses neither the name nor a run', async ({
  page,
  context,
  startServer,
}) => {
  const server = await setUp(page, startServer);
  await openCompare(page);
  server.behave({ holdStream: 1 });
  await page.getByText('System prompt and runs').click();
  await page.getByLabel('Runs per model (1–20)').fill('2');
  await compare(page, 'Streaming here');
  await server.waitForHold();
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await expect(saved(other).getByRole('link', { name: 'Streaming here' })).toBeVisible();
  await rename(other, 'Streaming here', 'Renamed meanwhile');
  await expect(saved(page).getByRole('link', { name: 'Renamed meanwhile' })).toBeVisible();
  server.release();
  server.behave({ holdStream: false });

  const results = page.getByRole('region', { name: 'Results' });
  for (const name of [A, B])
    await expect(results.getByRole('row', { name: new RegExp(`${name} 2 of 2`) })).toBeVisible({ timeout: 60_000 });
  await expect(saved(other).getByRole('link', { name: 'Renamed meanwhile' })).toBeVisible();
  for (const tab of [page, other]) {
    await tab.reload();
    await expect(saved(tab).getByRole('link', { name: 'Renamed meanwhile' })).toBeVisible();
    await expect(saved(tab).getByRole('link', { name: 'Streaming here' })).toHaveCount(0);
    const rows = tab.getByRole('region', { name: 'Results' });
    for (const name of [A, B])
      await expect(rows.getByRole('row', { name: new RegExp(`${name} 2 of 2`) })).toBeVisible();
    await expect(column(tab, B)).toContainText(REPLY);
  }
});
