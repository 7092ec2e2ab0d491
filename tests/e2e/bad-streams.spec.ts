// The worst cases of the robustness corpus through the real app: a line without end, a 10 MB answer,
// an HTML page instead of a stream, a stream that pauses (Stop, and the idle timeout), no terminal
// marker, a lying Content-Type and invalid UTF-8. Each must end complete or with one clear message,
// with the text received so far on screen and in IndexedDB (checked after a reload).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { bigReplyPieces } from '../servers/stream-pump.ts';
import { assistantMessages, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { type ConnectionInput } from './support/settings-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

const OPENAI_REPLY = 'Hello from the OpenAI-compatible test server.';
const OLLAMA_REPLY = 'Hello from the Ollama test server.';

async function chatWith(page: Page, connection: ConnectionInput, message: string): Promise<void> {
  await seedConnection(page, connection);
  await sendMessage(page, message);
}

/** After a reload the open chat comes back from IndexedDB: its last answer must still say `text`. */
async function expectStoredAnswer(
  page: Page,
  text: string | RegExp,
  status: string,
  timeout = 5000,
  part = '',
): Promise<void> {
  await waitForSaved(page);
  await page.reload();
  const answer = assistantMessages(page).last();
  await expect(part ? answer.locator(part).last() : answer).toContainText(text, { timeout });
  await expect(answer).toHaveAttribute('data-status', status);
}

test('an endless line ends in a clear error and keeps the text before it', async ({ page, openai }) => {
  openai.behave({ endlessLineAfterChunks: 2 });
  await chatWith(page, { server: 'llama.cpp', name: 'Endless', baseUrl: openai.baseUrl }, 'Never stop');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText(
    'The server sent a line longer than 16 MB without a line break',
    { timeout: 20_000 },
  );
  await expect(answer).toContainText('Hello from');
  await expect(answer).toHaveAttribute('data-status', 'error');
  await expectStoredAnswer(page, 'Hello from', 'error');
  await expect(assistantMessages(page).last().getByRole('alert')).toContainText('line longer than 16 MB');
});

test('a 10 MB answer completes, and the message box still takes typing while it streams', async ({ page, ollama }) => {
  test.setTimeout(120_000);
  const pieces = bigReplyPieces({ bytes: 10 * 1024 * 1024, pieceChars: 4000 });
  const lastLine = pieces.join('').trim().split('\n').at(-1) as string;
  ollama.behave({ bigReply: { bytes: 10 * 1024 * 1024, pieceChars: 4000 }, chunkDelayMs: 4 });
  await chatWith(page, { server: 'Ollama', name: 'Big', baseUrl: ollama.url }, 'Write a lot');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Line 000001: the quick brown fox');
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.pressSequentially('still typing');
  await expect(box).toHaveValue('still typing');
  // the typing above happened while the answer was still streaming in
  await expect(answer).toHaveAttribute('data-status', 'streaming');
  await expect(answer).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  // the end of the answer is in its last block (reading all 10 MB of text back is the test's cost, not the app's)
  await expect(answer.locator('.text-block').last()).toContainText(lastLine);
  await box.fill('');
  await expectStoredAnswer(page, lastLine, 'complete', 30_000, '.text-block');
});

test('an HTML page with status 200 says the server answered with a web page', async ({ page, openai }) => {
  openai.behave({ html: '/v1/chat/completions' });
  await chatWith(page, { server: 'vLLM', name: 'Web UI', baseUrl: openai.baseUrl }, 'Hello?');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText(
    'The server answered with a web page (HTML), not a chat stream',
  );
  await expect(answer).toHaveAttribute('data-status', 'error');
});

test('Stop during a pause keeps the text and stores it', async ({ page, openai }) => {
  openai.behave({ holdStream: 2 });
  await chatWith(page, { server: 'vLLM', name: 'Paused', baseUrl: openai.baseUrl }, 'Pause please');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Hello from');
  await openai.waitForHold();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(answer.getByRole('status')).toHaveText('Stopped');
  await expect(answer).toContainText('Hello from');
  await expectStoredAnswer(page, 'Hello from', 'aborted');
});

test('a pause longer than the idle timeout stops the stream with a clear message and keeps the text', async ({
  page,
  openai,
}) => {
  openai.behave({ holdStream: 2 });
  await chatWith(page, { server: 'vLLM', name: 'Quiet', baseUrl: openai.baseUrl, idleTimeout: '2' }, 'Then go quiet');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Hello from');
  const host = new URL(openai.url).host;
  await expect(answer.getByRole('alert')).toContainText(
    `No data from ${host} for 2 s; the stream was stopped. The text received so far is kept.`,
    { timeout: 10_000 },
  );
  await expect(answer).toHaveAttribute('data-status', 'error');
  await expectStoredAnswer(page, 'Hello from', 'error');
});

test('a stream without [DONE] but with its finish_reason is complete', async ({ page, openai }) => {
  openai.behave({ omitTerminal: true });
  await chatWith(page, { server: 'vLLM', name: 'No done', baseUrl: openai.baseUrl }, 'Finish quietly');
  const answer = assistantMessages(page).last();
  await expect(answer).toHaveAttribute('data-status', 'complete');
  await expect(answer).toContainText(OPENAI_REPLY);
  await expect(answer.getByRole('alert')).toHaveCount(0);
});

test('an NDJSON stream without done:true keeps the answer and marks it cut off', async ({ page, ollama }) => {
  ollama.behave({ omitTerminal: true });
  await chatWith(page, { server: 'Ollama', name: 'No done', baseUrl: ollama.url }, 'Finish quietly');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('status')).toContainText('Interrupted');
  await expect(answer).toContainText(OLLAMA_REPLY);
  await expectStoredAnswer(page, OLLAMA_REPLY, 'interrupted');
});

test('a lying Content-Type and invalid UTF-8 still give the whole answer', async ({ page, openai }) => {
  openai.behave({ streamContentType: 'application/json', invalidUtf8AfterChunks: 1 });
  await chatWith(page, { server: 'vLLM', name: 'Liar', baseUrl: openai.baseUrl }, 'Mislabel it');
  const answer = assistantMessages(page).last();
  await expect(answer).toHaveAttribute('data-status', 'complete');
  await expect(answer).toContainText('bad\uFFFD\uFFFDbytes');
  await expect(answer).toContainText('test server.');
});
