// Read aloud: an answer is spoken by a speech model on the user's server (the test server's generated
// WAV), sentence chunks in order with code skipped, played in the page, pausable and stoppable; the
// voice list comes from /audio/voices; refusals and CORS failures are told beside the control.
import type { Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const baseLaunch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: { ...baseLaunch, args: [...(baseLaunch.args ?? []), '--autoplay-policy=no-user-gesture-required'] },
});

// each test adds a connection and gets an answer before reading it: over 25 s on a busy shared machine
test.describe.configure({ timeout: 60_000 });

const SPEECH = '/v1/audio/speech';

async function chatWithAnswer(page: Page, openai: OpenAIServer, reply: string): Promise<void> {
  openai.behave({ models: ['test-model', 'kokoro'], reply });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Desk', baseUrl: openai.baseUrl });
  await openChat(page);
  await pickModel(page, 'test-model', 'Desk');
  await sendMessage(page, 'Say something');
  await expect(assistantMessages(page).last()).toContainText('done');
}

function audioState(page: Page) {
  return page.evaluate(() => {
    const audio = document.querySelector('audio');
    return audio ? { time: audio.currentTime, paused: audio.paused } : undefined;
  });
}

function inputs(openai: OpenAIServer): string[] {
  return openai.requestsTo(SPEECH, 'POST').map((r) => (r.json as { input: string }).input);
}

test('Read aloud speaks the first sentence first (code skipped), plays it, and Stop stops', async ({
  page,
  openai,
}) => {
  openai.behave({ models: ['test-model', 'kokoro'] });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Desk', baseUrl: openai.baseUrl });
  // the speech model is offered from the connection's list, the voices from /audio/voices
  const speech = page.getByRole('region', { name: 'Text to speech' });
  await expect(speech.getByRole('combobox', { name: 'Speech model' })).toHaveValue(/kokoro/);
  await expect(speech.getByRole('combobox', { name: 'Voice' }).getByRole('option')).toHaveText([
    "The server's first voice",
    'af_heart',
    'af_bella',
    'am_michael',
  ]);
  await speech.getByRole('combobox', { name: 'Voice' }).selectOption('af_bella');
  await expect(speech.getByRole('status')).toHaveText('Speech settings saved.');

  openai.behave({
    reply: 'Hello there, listener!\n\n```python\nprint("secret code")\n```\n\nAfter the code we are done.',
  });
  await openChat(page);
  await pickModel(page, 'test-model', 'Desk');
  await sendMessage(page, 'Say something');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('done');
  await answer.hover();
  await answer.getByRole('button', { name: 'Read aloud' }).click();

  const first = await openai.waitForRequest(SPEECH, 'POST');
  expect(first.json).toEqual({
    model: 'kokoro',
    voice: 'af_bella',
    input: 'Hello there, listener!',
    response_format: 'wav',
  });
  expect(first.validation?.valid).toBe(true);
  await expect(answer.getByRole('status')).toHaveText(/Reading aloud…/);
  await expect.poll(async () => (await audioState(page))?.time ?? 0).toBeGreaterThan(0);
  await expect.poll(() => inputs(openai)).toEqual(['Hello there, listener!', 'After the code we are done.']);
  expect(inputs(openai).join(' ')).not.toContain('secret');

  await answer.getByRole('button', { name: 'Stop reading' }).click();
  await expect(answer.getByRole('status')).toHaveCount(0);
  expect((await audioState(page))?.paused).toBe(true);
  const stoppedAt = (await audioState(page))?.time;
  await expect(answer.getByRole('button', { name: 'Read aloud' })).toBeAttached();
  expect((await audioState(page))?.time).toBe(stoppedAt);
  expect(inputs(openai)).toHaveLength(2);
});

test('a long answer is read in several requests, in order; pause and resume', async ({ page, openai }) => {
  const sentences = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} says a little more about it.`);
  await chatWithAnswer(page, openai, `Start here. ${sentences.join(' ')} That is all, done.`);
  const answer = assistantMessages(page).last();
  await answer.hover();
  await answer.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => inputs(openai).length).toBeGreaterThanOrEqual(3);
  const sent = inputs(openai);
  expect(sent[0]).toBe('Start here.');
  // in the answer's order, each at most ~300 characters
  expect(sent.join(' ')).toBe(`Start here. ${sentences.join(' ')} That is all, done.`.slice(0, sent.join(' ').length));
  for (const input of sent) expect(input.length).toBeLessThanOrEqual(300);

  await expect(answer.getByRole('status')).toHaveText(/Reading aloud…/);
  await answer.getByRole('button', { name: 'Pause reading' }).click();
  await expect(answer.getByRole('status')).toHaveText(/Paused/);
  await expect.poll(async () => (await audioState(page))?.paused).toBe(true);
  await answer.getByRole('button', { name: 'Resume reading' }).click();
  await expect.poll(async () => (await audioState(page))?.paused).toBe(false);
  await answer.getByRole('button', { name: 'Stop reading' }).click();
});

test('a refusal and a server without CORS are told beside the control', async ({ page, openai }) => {
  await chatWithAnswer(page, openai, 'Short answer, done.');
  const answer = assistantMessages(page).last();
  openai.behave({ status: { code: 401, path: SPEECH, body: { error: { message: 'Invalid API Key' } } } });
  await answer.hover();
  await answer.getByRole('button', { name: 'Read aloud' }).click();
  await expect(answer.getByRole('alert')).toHaveText(
    "Desk refused the speech request (HTTP 401): Invalid API Key. Check the connection's API key.",
  );

  openai.behave({ status: undefined, cors: 'none' });
  await answer.getByRole('button', { name: 'Read aloud' }).click();
  await expect(answer.getByRole('alert')).toContainText('does not allow requests from this page (CORS)');
});
