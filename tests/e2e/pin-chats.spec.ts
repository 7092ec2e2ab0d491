// Pinned chats: listed first under "Pinned", the rest under "Recent"; the pin is stored with the chat, so
// it outlives a reload, and unpinning puts the chat back in its place by time.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { storeRawRecords } from './support/idb.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

async function listed(nav: Locator): Promise<string[]> {
  return nav.getByRole('link').allInnerTexts();
}

test('a pinned chat is listed first, under "Pinned", and stays pinned after a reload', async ({ page }) => {
  await page.goto('./#/');
  const at = 1_700_000_000_000;
  await storeRawRecords(
    page,
    ['Newest', 'Middle', 'Oldest'].map((title, i) => {
      const id = `pin-${i}`;
      const time = at - i * 60_000;
      return [
        `chat:${id}`,
        linearConversation(id, [`Ask ${title}`, 'Answer'], { title, created_at: time, updated_at: time }),
      ];
    }),
  );
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Chats' });
  await expect(nav.getByRole('link', { name: 'Oldest' })).toBeVisible();
  await expect(nav.getByText('Pinned')).toHaveCount(0);
  expect(await listed(nav)).toEqual(['Newest', 'Middle', 'Oldest']);

  await nav.getByRole('button', { name: 'Pin Oldest' }).click();
  await expect(nav.getByRole('button', { name: 'Unpin Oldest' })).toBeVisible();
  await expect.poll(() => listed(nav)).toEqual(['Oldest', 'Newest', 'Middle']);
  // the labels sit in their own slots: "Pinned" above the pinned row, "Recent" between the sections
  const pinnedLabel = await nav.getByText('Pinned', { exact: true }).boundingBox();
  const oldest = await nav.getByRole('link', { name: 'Oldest' }).boundingBox();
  const recentLabel = await nav.getByText('Recent', { exact: true }).boundingBox();
  const newest = await nav.getByRole('link', { name: 'Newest' }).boundingBox();
  if (!pinnedLabel || !oldest || !recentLabel || !newest) throw new Error('a row or label is not laid out');
  expect(pinnedLabel.y + pinnedLabel.height).toBeLessThanOrEqual(oldest.y);
  expect(oldest.y + oldest.height).toBeLessThanOrEqual(recentLabel.y);
  expect(recentLabel.y + recentLabel.height).toBeLessThanOrEqual(newest.y);

  await page.reload();
  await expect(nav.getByRole('button', { name: 'Unpin Oldest' })).toBeVisible();
  expect(await listed(nav)).toEqual(['Oldest', 'Newest', 'Middle']);

  // the open chat is pinned through its session, and unpinning restores the order by time
  await nav.getByRole('link', { name: 'Middle' }).click();
  await expect(page.getByRole('heading', { name: 'Middle', level: 1 })).toBeVisible();
  await nav.getByRole('button', { name: 'Pin Middle' }).click();
  await expect.poll(() => listed(nav)).toEqual(['Middle', 'Oldest', 'Newest']);
  await nav.getByRole('button', { name: 'Unpin Oldest' }).click();
  await nav.getByRole('button', { name: 'Unpin Middle' }).click();
  await expect.poll(() => listed(nav)).toEqual(['Newest', 'Middle', 'Oldest']);
  await expect(nav.getByText('Pinned', { exact: true })).toHaveCount(0);
});
