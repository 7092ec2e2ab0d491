// Stop per column and Stop all in the Compare view, and on a phone the columns as tabs with a live
// indicator per model: both servers hold their streams open after the first words.
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

const REPLY = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
const ONE = 'model-one on One';
const TWO = 'model-two on Two';
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function twoHeldStreams(page: Page, startServer: (k: 'openai', o: object) => Promise<OpenAIServer>) {
  const one = await startServer('openai', { models: ['model-one'], reply: REPLY, holdStream: 1 });
  const two = await startServer('openai', { models: ['model-two'], reply: REPLY, holdStream: 1 });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'One', baseUrl: one.baseUrl });
  await addConnection(page, { server: 'llama.cpp', name: 'Two', baseUrl: two.baseUrl });
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.getByLabel('Model 1', { exact: true }).selectOption({ label: 'model-one' });
  await page.getByLabel('Model 2', { exact: true }).selectOption({ label: 'model-two' });
  await page.getByLabel('Prompt', { exact: true }).fill('Count');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await one.waitForHold();
  await two.waitForHold();
  return { one, two };
}

test('Stop stops only its own column; Stop all stops the rest, keeping what was shown', async ({
  page,
  startServer,
}) => {
  const { one, two } = await twoHeldStreams(page, startServer);
  await expect(column(page, ONE)).toContainText('word0');
  await column(page, ONE)
    .getByRole('button', { name: `Stop ${ONE}` })
    .click();
  await expect(column(page, ONE).getByRole('button', { name: `Continue with this answer (${ONE})` })).toBeVisible();
  await expect(column(page, TWO).getByRole('button', { name: `Stop ${TWO}` })).toBeVisible();
  await page.getByRole('button', { name: 'Stop all' }).click();
  await expect(column(page, TWO).getByRole('button', { name: `Continue with this answer (${TWO})` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop all' })).toHaveCount(0);
  for (const name of [ONE, TWO]) {
    await expect(column(page, name)).toContainText('word0');
    await expect(column(page, name)).not.toContainText('word29');
  }
  one.release();
  two.release();
});

test('on a phone the columns are tabs, each with a live indicator while its model streams', async ({
  page,
  startServer,
}) => {
  await page.setViewportSize({ width: 400, height: 800 });
  const { one, two } = await twoHeldStreams(page, startServer);
  const tabs = page.getByRole('tablist', { name: 'Models' });
  await expect(tabs.getByRole('tab', { name: 'model-one (streaming)' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'model-two (streaming)' })).toBeVisible();
  await expect(column(page, ONE)).toBeVisible();
  await expect(column(page, TWO)).toBeHidden();
  one.release();
  await expect(tabs.getByRole('tab', { name: 'model-one', exact: true })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: 'model-two (streaming)' })).toBeVisible();
  await tabs.getByRole('tab', { name: 'model-one', exact: true }).press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'model-two (streaming)' })).toBeFocused();
  await expect(column(page, TWO)).toBeVisible();
  await expect(column(page, ONE)).toBeHidden();
  two.release();
  await expect(column(page, TWO)).toContainText('word29');
  await expect(tabs.getByRole('tab', { name: 'model-two', exact: true })).toHaveAttribute('aria-selected', 'true');
});
