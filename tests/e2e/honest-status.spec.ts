// Honest status: a server that failed its last check is never labelled Online, even when model ids typed
// by hand stand in for its list; its diagnosis is one click away, and opens by itself right after saving.
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { addConnection, connectionCard, openSettings, statusOf } from './support/settings-ui.ts';

/** A port nothing listens on: connecting to it is refused at once. */
async function refusingPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

/** Records every text any connection status shows, from the first paint on. */
async function recordStatuses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.status[role="status"]')) seen.push(el.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const statuses = (page: Page) => page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);

test('a down server with a model typed by hand is Unreachable, never Online, with its diagnosis at hand', async ({
  page,
}) => {
  const port = await refusingPort();
  await recordStatuses(page);
  await openSettings(page);
  await addConnection(page, {
    server: 'llama.cpp',
    name: 'Down box',
    baseUrl: `http://127.0.0.1:${port}/v1`,
    modelIds: 'typed-model',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Down box”, but it did not answer' })).toContainText(
    'its diagnosis below',
  );
  const card = connectionCard(page, 'Down box');
  await expect(statusOf(card)).toHaveText('Unreachable · 1 model typed by hand');
  await expect(card).toHaveAttribute('data-state', 'failed');

  // right after saving, the diagnosis is open without a click
  const diagnosis = card.getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toBeVisible();
  await expect(card.getByRole('button', { name: 'Hide diagnosis' })).toHaveAttribute('aria-expanded', 'true');

  // later (a reload), it is one click away
  await page.reload();
  await expect(statusOf(card)).toHaveText('Unreachable · 1 model typed by hand');
  await expect(diagnosis).toHaveCount(0);
  await card.getByRole('button', { name: 'Show diagnosis' }).click();
  await expect(diagnosis).toBeVisible();

  const shown = await statuses(page);
  expect(shown.some((t) => t.includes('Unreachable'))).toBe(true);
  expect(shown.filter((t) => t.includes('Online'))).toEqual([]);
});
