// How a Compare column renders its answer: the markdown blocks a streaming answer has completed are
// rendered while it streams (out of sight, behind the plain text), so when it finishes only its last
// block is new: a block settled mid-stream is the very node shown afterwards, not rendered again.
import { expect, test } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

test.describe.configure({ timeout: 120_000 });

const SETTLED = 'Alpha settled paragraph.\n\nBravo second paragraph.\n\n';
const REPLY = SETTLED + Array.from({ length: 20 }, (_, i) => `tail${i}`).join(' ');
const ONE = 'model-one on One';

test('a block completed while streaming is the same DOM node once the answer is finished', async ({
  page,
  startServer,
}) => {
  // held after the two settled paragraphs and a few words of the third
  const one = await startServer('openai', { models: ['model-one'], reply: REPLY, holdStream: 9 });
  const two = await startServer('openai', { models: ['model-two'], reply: REPLY });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'One', baseUrl: one.baseUrl });
  await addConnection(page, { server: 'llama.cpp', name: 'Two', baseUrl: two.baseUrl });
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.getByLabel('Model 1', { exact: true }).selectOption({ label: 'model-one' });
  await page.getByLabel('Model 2', { exact: true }).selectOption({ label: 'model-two' });
  await page.getByLabel('Prompt', { exact: true }).fill('Write');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await one.waitForHold();
  const column = page.getByRole('region', { name: ONE, exact: true });
  await expect(column.getByRole('button', { name: `Stop ${ONE}` })).toBeVisible();
  await expect(column).toContainText('Bravo second paragraph.');
  // the first paragraph, rendered as markdown while the answer still streams
  const first = column.locator('.md-block', { hasText: 'Alpha settled paragraph.' });
  await expect(first).toHaveCount(1);
  const marked = await first.evaluate((node) => {
    (window as unknown as { settledBlock?: Element }).settledBlock = node;
    return node.isConnected;
  });
  expect(marked).toBe(true);
  one.release();
  await expect(column.getByRole('button', { name: `Continue with this answer (${ONE})` })).toBeVisible();
  await expect(column).toContainText('tail19');
  await expect(first).toBeVisible();
  expect(await first.evaluate((node) => node === (window as unknown as { settledBlock?: Element }).settledBlock)).toBe(
    true,
  );
});

test('a streaming column shows its plain text in small blocks that skip layout while out of view', async ({
  page,
  startServer,
}) => {
  // about 5 KB of short lines, held near the end
  const lines = Array.from({ length: 90 }, (_, i) => `Line ${i}: the quick brown fox jumps over the lazy dog.`);
  const reply = lines.join('\n\n');
  const one = await startServer('openai', { models: ['model-one'], reply, holdStream: 900 });
  const two = await startServer('openai', { models: ['model-two'], reply: 'short' });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'One', baseUrl: one.baseUrl });
  await addConnection(page, { server: 'llama.cpp', name: 'Two', baseUrl: two.baseUrl });
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.getByLabel('Model 1', { exact: true }).selectOption({ label: 'model-one' });
  await page.getByLabel('Model 2', { exact: true }).selectOption({ label: 'model-two' });
  await page.getByLabel('Prompt', { exact: true }).fill('Write');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await one.waitForHold();
  const column = page.getByRole('region', { name: ONE, exact: true });
  await expect(column).toContainText('Line 80:');
  const blocks = column.locator('.plain .text-block');
  expect(await blocks.count()).toBeGreaterThan(1);
  expect(await blocks.first().evaluate((node) => getComputedStyle(node).contentVisibility)).toBe('auto');
  one.release();
  await expect(column.getByRole('button', { name: `Continue with this answer (${ONE})` })).toBeVisible();
});
