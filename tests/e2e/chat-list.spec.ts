// A long history: chats stored by an older build (no summary index) are listed after one backfill,
// the list renders only the rows in view yet stays whole for keyboards, screen readers and search.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { storeRawRecords } from './support/idb.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

const COUNT = 300;

/** Stores `count` three-message chats the way a build without the summary index did (chat:<id> only). */
async function seedOldChats(page: Page, count: number): Promise<void> {
  const chats = Array.from({ length: count }, (_, i) => {
    const id = `old-${i}`;
    const at = 1_700_000_000_000 + i * 60_000;
    const texts = [
      `Question number ${i}`,
      `Answer number ${i}`,
      i === 7 ? 'a needle deep in history' : `Follow-up ${i}`,
    ];
    return [
      `chat:${id}`,
      linearConversation(id, texts, { title: `Chat ${i}`, created_at: at, updated_at: at + 10 }),
    ] as const;
  });
  await storeRawRecords(page, chats);
}

test('a long history is listed whole, while only the rows in view are rendered', async ({ page }) => {
  await page.goto('./#/');
  const nav = page.getByRole('navigation', { name: 'Chats' });
  await expect(nav.getByText('No chats yet.')).toBeVisible();
  await seedOldChats(page, COUNT);
  await page.reload();

  const rows = nav.getByRole('listitem');
  await expect(nav.getByRole('link', { name: `Chat ${COUNT - 1}`, exact: true })).toBeVisible();
  // screen readers hear the whole list's size and each row's place in it
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(COUNT / 2);

  // the oldest chat is reached by scrolling
  await nav.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(nav.getByRole('link', { name: 'Chat 0', exact: true })).toBeVisible();
  await expect(rows.last()).toHaveAttribute('aria-posinset', String(COUNT));

  // and by keyboard: Tab walks past the first screenful, row after row
  await nav.evaluate((el) => el.scrollTo(0, 0));
  await nav.getByRole('link', { name: `Chat ${COUNT - 1}`, exact: true }).focus();
  const stops = 4 * (rendered + 5); // a link, a move, a pin and a delete button per row
  for (let i = 0; i < stops; i++) await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^(Chat \d+|Move Chat \d+ to folder|Pin Chat \d+|Delete Chat \d+)$/);
  const position = Number(await focused.locator('xpath=ancestor::li').getAttribute('aria-posinset'));
  expect(position).toBeGreaterThan(rendered);
  await expect(focused).toBeInViewport();

  // search still reads every chat
  await page.getByRole('searchbox', { name: 'Search chats' }).fill('needle');
  await expect(rows).toHaveCount(1);
  await expect(nav.getByRole('link', { name: /Chat 7/ })).toContainText('a needle deep in history');

  // opening a chat deep in history works from the list
  await page.getByRole('searchbox', { name: 'Search chats' }).fill('');
  await nav.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await nav.getByRole('link', { name: 'Chat 0', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chat 0', level: 1 })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Follow-up 0' })).toBeVisible();
});
