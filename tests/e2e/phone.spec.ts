// The chat on a phone (390 × 844): the chat list is a drawer, the composer and Stop stay on screen while
// an answer streams, and wide tables and code scroll inside their block instead of widening the page.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { assistantMessages, pickModel, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

const PHONE = { width: 390, height: 844 };
const WIDE_ANSWER = [
  'Compared:',
  '',
  '| Algorithm | Complexity | Stability | Description | Recommendation |',
  '|---|---|---|---|---|',
  '| Quicksort | O(n log n) | unstable | partitions around a pivot | general purpose |',
  '| Mergesort | O(n log n) | stable | merges sorted halves | linked lists |',
  '',
  '```js',
  `const veryLongLine = "${'x'.repeat(300)}";`,
  '```',
  '',
  'Done.',
].join('\n');

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

function chatList(page: Page) {
  return page.getByRole('navigation', { name: 'Chats' });
}

async function expectInViewport(page: Page, name: string, role: 'button' | 'textbox') {
  const box = await page.getByRole(role, { name, exact: true }).boundingBox();
  expect(box, `${name} has a box`).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
}

async function expectNoPageOverflow(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('the chat list is a drawer: hidden until the menu opens it, closed by picking a chat', async ({
  page,
  openai,
}) => {
  await seedConnection(page, { server: 'llama.cpp', name: 'Pocket', baseUrl: openai.baseUrl });
  await pickModel(page, 'test-model', 'Pocket');
  await expect(chatList(page)).toBeHidden();
  await sendMessage(page, 'First chat');
  await expect(assistantMessages(page).last()).toContainText('Hello from');
  await waitForSaved(page);

  const menu = page.getByRole('button', { name: 'Chat list', exact: true });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(chatList(page)).toBeVisible();
  await page.getByRole('link', { name: 'New chat' }).click();
  await expect(chatList(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'New chat' })).toBeVisible();

  await menu.click();
  await chatList(page).getByRole('link', { name: 'First chat' }).click();
  await expect(chatList(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'First chat' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  // Escape closes it too
  await menu.click();
  await expect(chatList(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chatList(page)).toBeHidden();
});

test('composer and Stop stay on screen while streaming; wide tables and code scroll inside their block', async ({
  page,
  openai,
}) => {
  // held at the end of the stream, so everything is on the page while Stop must still be there
  openai.behave({ reply: WIDE_ANSWER, holdStream: 10_000 });
  await seedConnection(page, { server: 'llama.cpp', name: 'Pocket', baseUrl: openai.baseUrl });
  await pickModel(page, 'test-model', 'Pocket');
  await sendMessage(page, 'Compare sorting algorithms');

  await openai.waitForHold();
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await expectInViewport(page, 'Stop', 'button');
  await expectInViewport(page, 'Message', 'textbox');
  await expectNoPageOverflow(page);

  openai.release();
  await expect(answer).toContainText('Done.');
  await expectInViewport(page, 'Send', 'button');
  await expectInViewport(page, 'Message', 'textbox');
  await expectNoPageOverflow(page);

  const table = answer.getByRole('table');
  const tableBox = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(tableBox.scroll).toBeGreaterThan(tableBox.client); // wider than the phone: it scrolls inside
  const code = answer.locator('pre').first();
  const codeBox = await code.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(codeBox.scroll).toBeGreaterThan(codeBox.client);

  // every header cell holds one word, each on a single line (one line box), not "Algorith / m"
  const lineBoxes = await answer.getByRole('columnheader').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return [...range.getClientRects()].filter((r) => r.width > 0).length;
    }),
  );
  expect(lineBoxes).toEqual([1, 1, 1, 1, 1]);
});
