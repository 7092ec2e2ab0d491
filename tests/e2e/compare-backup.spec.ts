// Saved comparisons are part of the full backup: one is saved, the backup downloaded, the comparison
// deleted, and restoring the backup lists it again with its answers.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

test.describe.configure({ timeout: 90_000 });

const REPLY = 'An answer worth keeping';

test('a deleted comparison comes back from the full backup', async ({ page, startServer }) => {
  const server = await startServer('openai', { models: ['model-a', 'model-b'], reply: REPLY });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Box', baseUrl: server.baseUrl });
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.getByLabel('Model 1', { exact: true }).selectOption({ label: 'model-a' });
  await page.getByLabel('Model 2', { exact: true }).selectOption({ label: 'model-b' });
  await page.getByLabel('Prompt', { exact: true }).fill('Backed up comparison');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const column = page.getByRole('region', { name: 'model-b on Box', exact: true });
  await expect(column.getByRole('button', { name: /^Continue with this answer/ })).toBeVisible();
  const saved = page.getByRole('navigation', { name: 'Saved comparisons' });
  await expect(saved.getByRole('link', { name: 'Backed up comparison' })).toBeVisible();

  await openSettings(page);
  const backup = page.getByRole('region', { name: 'Backup and restore' });
  const downloading = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Download full backup' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  expect(JSON.parse(text).comparisons).toHaveLength(1);

  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await saved.getByRole('button', { name: 'Delete Backed up comparison' }).click();
  await expect(saved.getByRole('link', { name: 'Backed up comparison' })).toHaveCount(0);

  await openSettings(page);
  await page
    .getByLabel('Backup file to restore')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('Imported 1 comparison.');

  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await saved.getByRole('link', { name: 'Backed up comparison' }).click();
  await expect(page.getByRole('region', { name: 'model-b on Box', exact: true })).toContainText(REPLY);
});
