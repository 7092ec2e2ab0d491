// A denied microphone: without Chromium's fake permission UI, headless Chromium refuses getUserMedia, and
// Record voice says so specifically. (Its own file: launch flags are per browser, set once per file.) The
// whole browser: the headless shell answers NotSupportedError, never a permission denied.
import config from '../../playwright.config.ts';
import { onFullChromium } from '../chromium-path.ts';
import { expect, test } from './fixtures.ts';
import { openChat } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

test.use({
  launchOptions: onFullChromium({
    ...config.use?.launchOptions,
    args: [...(config.use?.launchOptions?.args ?? []), '--use-fake-device-for-media-stream'],
  }),
});

test('Record voice says permission was denied', async ({ page, context, startServer }) => {
  await context.clearPermissions();
  const server = await startServer('openai', { models: ['test-model', 'whisper-1'] });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name: 'Box', baseUrl: server.baseUrl });
  await page.getByLabel('Transcription model').selectOption({ label: 'whisper-1 — Box' });
  await page.getByRole('button', { name: 'Save speech to text' }).click();
  await openChat(page);
  await page.getByRole('button', { name: 'Record voice' }).click();
  await expect(page.getByRole('alert')).toContainText('Microphone permission was denied');
  expect(server.requestsTo('/v1/audio/transcriptions', 'POST')).toHaveLength(0);
});
