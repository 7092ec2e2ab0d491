// Capabilities per connection: a server listing a chat model, a Whisper model and a Kokoro model offers
// only the chat model in the picker; a connection set by hand to "Text to speech" only keeps its status in
// Settings but never shows in the picker; the cards say what each server serves, and All models each kind.
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { modelOption, modelPicker, openChat, openModelList } from './support/chat-ui.ts';
import {
  addConnection,
  connectionCard,
  fillConnectionForm,
  openAdvanced,
  openSettings,
  statusOf,
} from './support/settings-ui.ts';

test('only chat models in the picker; a speech-only connection stays out of it; cards say what each serves', async ({
  page,
  startServer,
}) => {
  const mixed = (await startServer('openai', {
    models: ['test-model', 'Systran/faster-whisper-small', 'kokoro'],
  })) as OpenAIServer;
  const voice = (await startServer('openai', { models: ['voice-one'] })) as OpenAIServer;

  await openSettings(page);
  const mixedCard = await addConnection(page, { server: 'llama.cpp', name: 'Mixed box', baseUrl: mixed.baseUrl });
  await expect(statusOf(mixedCard)).toHaveText(/Online · 3 models/);
  await expect(mixedCard.getByRole('paragraph').filter({ hasText: /^Serves/ })).toHaveText(
    'Serves Chat · 1 transcription model · 1 speech model',
  );

  // the second connection is set by hand to text to speech only
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  await fillConnectionForm(page, { server: 'llama.cpp', name: 'Voice box', baseUrl: voice.baseUrl });
  await openAdvanced(page);
  const form = page.getByRole('form');
  const what = form.getByRole('group', { name: 'What this server does' });
  await what.getByRole('checkbox', { name: 'Text to speech' }).check();
  await expect(what.getByLabel('Text to speech timeout (s)')).toHaveAttribute('placeholder', '300');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('form')).toHaveCount(0);
  const voiceCard = connectionCard(page, 'Voice box');
  await expect(statusOf(voiceCard)).toHaveText(/Online · 1 model/);
  await expect(voiceCard.getByRole('paragraph').filter({ hasText: /^Serves/ })).toHaveText(
    'Serves 1 speech model (set by hand: Text to speech)',
  );

  // All models says each model's kind
  const all = page.getByRole('list', { name: 'All models' });
  await expect(all.getByRole('listitem').filter({ hasText: 'faster-whisper-small' })).toContainText(
    'speech to text (not for chat)',
  );
  await expect(all.getByRole('listitem').filter({ hasText: 'voice-one' })).toContainText(
    'text to speech (not for chat)',
  );
  await expect(all.getByRole('listitem').filter({ hasText: 'test-model' })).toContainText('chat');

  // the picker: one chat model, one server group
  await openChat(page);
  await expect(modelPicker(page)).toBeEnabled();
  const list = await openModelList(page);
  await expect(modelOption(page, 'test-model', 'Mixed box')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('group', { name: /^Mixed box/ })).toBeAttached();
  await expect(list.getByText('Voice box')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // the form shows what was saved
  await openSettings(page);
  await voiceCard.getByRole('button', { name: 'Edit' }).click();
  await openAdvanced(page);
  const saved = page.getByRole('form').getByRole('group', { name: 'What this server does' });
  await expect(saved.getByRole('checkbox', { name: 'Text to speech' })).toBeChecked();
  await expect(saved.getByRole('checkbox', { name: 'Chat' })).not.toBeChecked();
});

test('the Kokoro-FastAPI preset starts as a text-to-speech server on port 8880', async ({ page }) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  await fillConnectionForm(page, { server: 'Kokoro-FastAPI' });
  await expect(page.getByRole('form').getByLabel('Base URL', { exact: true })).toHaveValue('http://localhost:8880/v1');
  await openAdvanced(page);
  const what = page.getByRole('form').getByRole('group', { name: 'What this server does' });
  await expect(what.getByRole('checkbox', { name: 'Text to speech' })).toBeChecked();
  await expect(what.getByRole('checkbox', { name: 'Speech to text' })).not.toBeChecked();
});
