// A message's actions on a desktop: icon buttons hidden until the message is hovered or holds focus;
// the user's message a bubble on the right; copy as Markdown or plain text; the time on hover.
import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';
import { assistantMessages, pickModel, sendMessage } from './support/chat-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

const ANSWER = 'Use **bold** and `code`.\n\n- one\n- two';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function opacity(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).opacity);
}

async function chatWithAnswer(page: Page, openai: { baseUrl: string; behave: (c: object) => void }) {
  openai.behave({ reply: ANSWER });
  await seedConnection(page, { server: 'llama.cpp', name: 'Desk', baseUrl: openai.baseUrl });
  await pickModel(page, 'test-model', 'Desk');
  await sendMessage(page, 'Format something');
  await expect(assistantMessages(page).last()).toContainText('two');
  // the pointer rests away from the messages
  await page.mouse.move(5, 400);
}

test('actions appear on hover and on keyboard focus, with names and tooltips', async ({ page, openai }) => {
  await chatWithAnswer(page, openai);
  const answer = assistantMessages(page).last();
  const regenerate = answer.getByRole('button', { name: 'Regenerate' });
  const bar = answer.locator('.message-actions');
  await expect(regenerate).toHaveAttribute('title', 'Regenerate');
  await expect.poll(() => opacity(bar)).toBe('0');

  await answer.hover();
  await expect.poll(() => opacity(bar)).toBe('1');
  await page.mouse.move(5, 400);
  await expect.poll(() => opacity(bar)).toBe('0');

  // keyboard: focus lands on the first action, and the bar shows
  await page.getByRole('textbox', { name: 'Message' }).focus();
  const copyMarkdown = answer.getByRole('button', { name: 'Copy as Markdown' });
  await copyMarkdown.focus();
  await expect(copyMarkdown).toBeFocused();
  await expect.poll(() => opacity(bar)).toBe('1');

  for (const name of ['Copy as Markdown', 'Copy as plain text', 'Regenerate', 'Delete message']) {
    await expect(answer.getByRole('button', { name, exact: true })).toHaveAttribute('title', name);
  }
  const user = page.getByRole('article', { name: 'You message' });
  for (const name of ['Copy message', 'Edit message', 'Delete message']) {
    await expect(user.getByRole('button', { name, exact: true })).toHaveAttribute('title', name);
  }
});

test("the user's message is a bubble on the right of the answers' column", async ({ page, openai }) => {
  await chatWithAnswer(page, openai);
  const user = await page.getByRole('article', { name: 'You message' }).boundingBox();
  const answer = await assistantMessages(page).last().boundingBox();
  expect(user && answer).toBeTruthy();
  // right edges line up (within a pixel or two); the bubble is narrower and starts further right
  expect(Math.abs(user!.x + user!.width - (answer!.x + answer!.width))).toBeLessThanOrEqual(2);
  expect(user!.x).toBeGreaterThan(answer!.x + answer!.width / 2);
});

test('copies an answer as Markdown or as plain text', async ({ page, openai }) => {
  await chatWithAnswer(page, openai);
  const answer = assistantMessages(page).last();
  await answer.hover();
  await answer.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(ANSWER);
  await answer.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('Use bold and code.\n\n• one\n• two');
});

test('the time of a message shows on hover, with the full date as its tooltip', async ({ page, openai }) => {
  await chatWithAnswer(page, openai);
  const answer = assistantMessages(page).last();
  const time = answer.locator('time');
  await expect.poll(() => opacity(answer.locator('.message-actions'))).toBe('0');
  await answer.hover();
  await expect(time).toBeVisible();
  await expect.poll(() => opacity(answer.locator('.message-actions'))).toBe('1');
  await expect(time).toHaveText(/\d{1,2}:\d{2}/);
  await expect(time).toHaveAttribute('title', /\d{4}/);
  await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
});
