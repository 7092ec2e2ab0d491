// Continue after a length cut: the model carries on the same answer, which grows in place (no new
// message); the server gets the partial answer as the last message (assistant prefill).
import { expect, test } from './fixtures.ts';
import { assistantMessages, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

test('Continue carries a cut answer on in the same message', async ({ page, openai }) => {
  await seedConnection(page, { server: 'llama.cpp', name: 'Box', baseUrl: openai.baseUrl });
  openai.behave({ reply: 'One, two,', finishReason: 'length' });
  await sendMessage(page, 'Count to five');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('One, two,');
  await expect(answer.getByRole('button', { name: 'Continue' })).toBeVisible();

  openai.behave({ reply: ' three, four, five.', finishReason: 'stop' });
  await answer.getByRole('button', { name: 'Continue' }).click();
  await expect(assistantMessages(page).last()).toContainText('One, two, three, four, five.');
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).last().getByRole('button', { name: 'Continue' })).toHaveCount(0);
  const sent = openai.lastRequest('/v1/chat/completions', 'POST')?.json as { messages: unknown[] };
  expect(sent.messages.at(-1)).toEqual({ role: 'assistant', content: 'One, two,' });
  await waitForSaved(page);
  await page.reload();
  await expect(assistantMessages(page).last()).toContainText('One, two, three, four, five.');
});
