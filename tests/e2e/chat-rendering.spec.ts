// How answers are drawn: a streamed markdown answer rendered block by block ends up as the same
// markdown (headings, lists, code with highlighting and copy buttons, raw HTML as text), reasoning shows
// in full, and a long conversation opens at its newest messages with the oldest a key press away.
import { expect, test } from './fixtures.ts';
import { assistantMessages, modelPicker, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { storeRawRecords } from './support/idb.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

const ANSWER = [
  '# Plan',
  '',
  'First paragraph with `inline` code and <b>raw html</b>.',
  '',
  '- one',
  '- two',
  '',
  '- three, loose',
  '',
  '```ts',
  'const a = 1;',
  '',
  'const b = a + 1;',
  '```',
  '',
  '1. step',
  '2. step',
  '',
  'Last words.',
].join('\n');

const REASONING = 'First thought.\n\nSecond thought,\nwith a line break.\n\nThird thought.';

test('a streamed markdown answer renders as markdown, block by block', async ({ page, startServer }) => {
  const server = await startServer('openai', { reply: ANSWER, reasoning: REASONING });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Blocks', baseUrl: server.baseUrl });
  await openChat(page);
  await pickModel(page, 'test-model', 'Blocks');
  await sendMessage(page, 'Show me markdown');

  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Last words.');
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect(answer.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();
  await expect(answer.locator('.markdown ul li')).toHaveText(['one', 'two', 'three, loose']);
  await expect(answer.locator('.markdown ul')).toHaveCount(1); // a loose list stays one list
  await expect(answer.locator('.markdown ol li')).toHaveCount(2);
  await expect(answer.locator('.markdown b')).toHaveCount(0);
  await expect(answer).toContainText('<b>raw html</b>');
  const code = answer.locator('pre[data-code-block] code');
  await expect(code).toHaveCount(1);
  await expect(code).toContainText('const a = 1;');
  await expect(code).toContainText('const b = a + 1;');
  await expect(code).toHaveAttribute('data-highlighted', 'yes');
  await expect(answer.getByRole('button', { name: 'Copy code' })).toHaveCount(1);

  await answer.getByText('Reasoning', { exact: true }).click();
  await expect(answer.locator('.reasoning-text')).toHaveText(REASONING, { useInnerText: true });
});

test('a long conversation opens at its newest messages; Home and End reach either end', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/chat');
  await expect(modelPicker(page)).toBeVisible();
  const texts = Array.from({ length: 300 }, (_, i) =>
    i % 2 === 0 ? `Question ${i}` : `Answer ${i} with **bold** text.`,
  );
  const long = linearConversation('long', texts, {
    title: 'Long chat',
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_001_000,
  });
  await storeRawRecords(page, [['chat:long', long]]);
  await page.goto('./#/chat/long');

  const conversation = page.getByRole('region', { name: 'Conversation' });
  await expect(conversation.getByRole('article').last()).toContainText('Answer 299 with bold text.');
  await expect(conversation.getByRole('article').last().locator('strong')).toHaveText('bold');
  const articles = await conversation.getByRole('article').count();
  expect(articles).toBeLessThan(300);
  await expect(conversation.getByText('Question 0', { exact: true })).toHaveCount(0);

  // keyboard: Home in the list brings the first message; only the messages near the view are on the page
  await conversation.getByText('Answer 299 with bold text.').click();
  await page.keyboard.press('Home');
  await expect(conversation.getByText('Question 0', { exact: true })).toBeInViewport();
  expect(await conversation.getByRole('article').count()).toBeLessThan(300);
  await page.keyboard.press('End');
  await expect(conversation.getByText('Answer 299 with bold text.')).toBeInViewport();
});
