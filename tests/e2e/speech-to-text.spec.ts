// Speech to text: the fake microphone records, Stop sends multipart/form-data to /audio/transcriptions
// and the text lands in the message box (not sent); an audio file does the same; a denied microphone
// and a server that refuses the format each get their specific message.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { writeWav, wavBytes } from '../fixtures/audio/wav.ts';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { openChat } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const WAV = writeWav(join(tmpdir(), `switchboard-stt-${process.pid}.wav`), 2);
const configArgs = config.use?.launchOptions?.args ?? [];
const PATH = '/v1/audio/transcriptions';
const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message' });

async function setUp(page: Page, server: OpenAIServer): Promise<void> {
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: server.baseUrl });
  await page.getByLabel('Transcription model').selectOption({ label: 'whisper-1 — Box' });
  await page.getByRole('button', { name: 'Save speech to text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'transcribed by whisper-1' })).toBeVisible();
  await openChat(page);
}

test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [
      ...configArgs,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${WAV}`,
    ],
  },
});

test('record, stop: the server gets the audio and the model; the text is in the box, not sent', async ({
  page,
  startServer,
}) => {
  const server = await startServer('openai', {
    models: ['test-model', 'whisper-1'],
    transcriptionReply: 'Hello there',
  });
  await setUp(page, server);
  await messageBox(page).fill('Note:');
  await page.getByRole('button', { name: 'Record voice' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Recording \d+:\d\d/ })).toBeVisible();
  await expect(page.getByText(/Sound: (quiet|speaking)/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await expect(messageBox(page)).toHaveValue('Note: Hello there');
  const upload = server.lastRequest(PATH, 'POST')?.transcription;
  expect(upload).toMatchObject({ valid: true, model: 'whisper-1' });
  expect(upload?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  expect(upload?.file?.size).toBeGreaterThan(0);
  expect(upload?.file?.type).toMatch(/^audio\//);
  expect(server.requestsTo('/v1/chat/completions', 'POST')).toHaveLength(0);
});

test('an audio file is transcribed into the box', async ({ page, startServer }) => {
  const server = await startServer('openai', {
    models: ['test-model', 'whisper-1'],
    transcriptionReply: 'From a file',
  });
  await setUp(page, server);
  await page.getByLabel('Audio file to transcribe').setInputFiles({
    name: 'note.wav',
    mimeType: 'audio/wav',
    buffer: wavBytes(0.5),
  });
  await expect(messageBox(page)).toHaveValue('From a file');
  expect(server.lastRequest(PATH, 'POST')?.transcription).toMatchObject({
    valid: true,
    model: 'whisper-1',
    file: { filename: 'note.wav', type: 'audio/wav', size: wavBytes(0.5).length },
  });
});

test('a server that refuses the format gets its specific message', async ({ page, startServer }) => {
  const server = await startServer('openai', {
    models: ['test-model', 'whisper-1'],
    refuseAudioFormat: { status: 415, accepted: ['mp3'] },
  });
  await setUp(page, server);
  await page.getByLabel('Audio file to transcribe').setInputFiles({
    name: 'note.wav',
    mimeType: 'audio/wav',
    buffer: wavBytes(0.5),
  });
  await expect(page.getByRole('alert')).toContainText('The server refused the audio format (HTTP 415)');
  await expect(page.getByRole('alert')).toContainText("Supported formats: ['mp3']");
  await expect(messageBox(page)).toHaveValue('');
});

test('without a transcription model, Record voice says where to set one up', async ({ page, openai }) => {
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await openChat(page);
  await page.getByRole('button', { name: 'Record voice' }).click();
  await expect(page.getByRole('alert')).toContainText('No speech-to-text model is set up yet');
  await expect(page.getByRole('link', { name: 'Open Settings' })).toBeVisible();
});
