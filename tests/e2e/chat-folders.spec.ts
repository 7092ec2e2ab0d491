// Folders in the chat list: a chat moves into a new or existing folder from its "Move to folder…", each
// folder is a section (after "Pinned", before "Recent") that opens and closes by keyboard, the folder is
// stored with its chats (a reload and another tab see it), and deleting a folder keeps its chats.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { storeRawRecords } from './support/idb.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

const listed = (nav: Locator): Promise<string[]> => nav.getByRole('link').allInnerTexts();

async function seedChats(page: Page, titles: readonly string[]): Promise<void> {
  await page.goto('./#/');
  const at = 1_700_000_000_000;
  await storeRawRecords(
    page,
    titles.map((title, i) => {
      const time = at - i * 60_000;
      return [
        `chat:f-${i}`,
        linearConversation(`f-${i}`, [`Ask ${title}`, 'Answer'], { title, created_at: time, updated_at: time }),
      ];
    }),
  );
  await page.reload();
}

async function moveTo(page: Page, chat: string, choose: (panel: Locator) => Promise<void>): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Chats' });
  await nav.getByRole('button', { name: `Move ${chat} to folder` }).click();
  const panel = page.getByRole('dialog', { name: `Move ${chat} to folder` });
  await expect(panel).toBeVisible();
  await choose(panel);
  await expect(panel).toHaveCount(0);
}

test.describe.configure({ timeout: 90_000 });

test('a chat moves into a new folder, the folder opens and closes by keyboard, and a reload and another tab keep it', async ({
  page,
  context,
}) => {
  await seedChats(page, ['Alpha', 'Beta', 'Gamma', 'Delta']);
  const nav = page.getByRole('navigation', { name: 'Chats' });
  await expect(nav.getByRole('link', { name: 'Delta' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('./#/');
  const otherNav = other.getByRole('navigation', { name: 'Chats' });
  await expect(otherNav.getByRole('link', { name: 'Delta' })).toBeVisible();

  await moveTo(page, 'Gamma', async (panel) => {
    await panel.getByRole('button', { name: 'New folder…' }).click();
    await panel.getByLabel('New folder name').fill('Work');
    await panel.getByLabel('New folder name').press('Enter');
  });
  // focus goes back to the button that opened the panel
  await expect(nav.getByRole('button', { name: 'Move Gamma to folder' })).toBeFocused();
  const work = nav.getByRole('button', { name: /^Work/ });
  await expect(work).toHaveAttribute('aria-expanded', 'true');
  await expect(work).toContainText('1');
  await expect.poll(() => listed(nav)).toEqual(['Gamma', 'Alpha', 'Beta', 'Delta']);
  await expect(nav.getByText('Recent', { exact: true })).toBeVisible();

  // an existing folder is offered by name
  await moveTo(page, 'Delta', (panel) => panel.getByRole('button', { name: 'Work' }).click());
  await expect(work).toContainText('2');
  await expect.poll(() => listed(nav)).toEqual(['Gamma', 'Delta', 'Alpha', 'Beta']);

  // the other tab sees the folder without a reload
  await expect(otherNav.getByRole('button', { name: /^Work/ })).toBeVisible();
  await expect.poll(() => listed(otherNav)).toEqual(['Gamma', 'Delta', 'Alpha', 'Beta']);

  // closed and opened again from the keyboard
  await work.focus();
  await page.keyboard.press('Enter');
  await expect(work).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => listed(nav)).toEqual(['Alpha', 'Beta']);
  await page.keyboard.press('Space');
  await expect(work).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => listed(nav)).toEqual(['Gamma', 'Delta', 'Alpha', 'Beta']);
  await page.keyboard.press('Enter');
  await expect(work).toHaveAttribute('aria-expanded', 'false');

  // a reload keeps the folder, its chats, and that it is closed
  await page.reload();
  await expect(work).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => listed(nav)).toEqual(['Alpha', 'Beta']);
  await work.click();
  await expect.poll(() => listed(nav)).toEqual(['Gamma', 'Delta', 'Alpha', 'Beta']);

  // search finds chats inside folders
  await page.getByRole('searchbox', { name: 'Search chats' }).fill('Ask Gamma');
  await expect(nav.getByRole('link')).toHaveCount(1);
  await expect(nav.getByRole('link', { name: /^Gamma/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search chats' }).fill('');
  await expect.poll(() => listed(nav)).toEqual(['Gamma', 'Delta', 'Alpha', 'Beta']);
});

test('a folder is renamed, a chat moves out with "No folder", and deleting a folder keeps its chats', async ({
  page,
}) => {
  await seedChats(page, ['Alpha', 'Beta', 'Gamma']);
  const nav = page.getByRole('navigation', { name: 'Chats' });
  await expect(nav.getByRole('link', { name: 'Gamma' })).toBeVisible();
  for (const chat of ['Beta', 'Gamma']) {
    await moveTo(page, chat, async (panel) => {
      const existing = panel.getByRole('button', { name: 'Home' });
      if ((await existing.count()) > 0) return existing.click();
      await panel.getByRole('button', { name: 'New folder…' }).click();
      await panel.getByLabel('New folder name').fill('Home');
      await panel.getByRole('button', { name: 'Move' }).click();
    });
  }
  await expect(nav.getByRole('button', { name: /^Home/ })).toContainText('2');

  await nav.getByRole('button', { name: 'Rename folder Home' }).click();
  await nav.getByLabel('Folder name').fill('Family');
  await nav.getByLabel('Folder name').press('Enter');
  await expect(nav.getByRole('button', { name: /^Family/ })).toContainText('2');
  await expect(nav.getByRole('button', { name: /^Home/ })).toHaveCount(0);

  await moveTo(page, 'Beta', (panel) => panel.getByRole('button', { name: 'No folder' }).click());
  await expect(nav.getByRole('button', { name: /^Family/ })).toContainText('1');
  await expect.poll(() => listed(nav)).toEqual(['Gamma', 'Alpha', 'Beta']);

  await nav.getByRole('button', { name: 'Delete folder Family' }).click();
  await expect(nav.getByRole('button', { name: /^Family/ })).toHaveCount(0);
  await expect.poll(() => listed(nav)).toEqual(['Alpha', 'Beta', 'Gamma']);
  await expect(nav.getByText('Recent', { exact: true })).toHaveCount(0);
});
