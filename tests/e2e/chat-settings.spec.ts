// The chat settings side panel: where each parameter's value comes from (this chat, the connection or
// the server's default), what it sends, Reset, presets, errors by their field, parameters a mode does
// not send, the keyboard, and the phone's bottom sheet.
import type { Page } from '@playwright/test';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage } from './support/chat-ui.ts';
import { paramSpec } from '../../src/lib/connections/param-specs.ts';
import { addConnection, fillConnectionForm, openSettings } from './support/settings-ui.ts';

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Chat settings' });
}

async function openPanel(page: Page) {
  const button = page.getByRole('button', { name: 'Chat settings' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page)).toBeVisible();
}

/** A llama.cpp connection named Box whose own temperature is 0.6. */
async function boxWithTemperature(page: Page, openai: OpenAIServer) {
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  await fillConnectionForm(page, { server: 'llama.cpp', name: 'Box', baseUrl: openai.baseUrl });
  await page.getByRole('form').getByLabel('Temperature', { exact: true }).fill('0.6');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('form')).toHaveCount(0);
  await openChat(page);
}

function source(page: Page, key: string) {
  return panel(page).locator(`#param-${key}-source`);
}

test("the chat settings panel's inherited values: connection, server default, this chat, Reset", async ({
  page,
  openai,
}) => {
  openai.behave({ validation: 'schema' }); // min_p is not OpenAI's: the spec check reports it as unknown
  await boxWithTemperature(page, openai);
  await openPanel(page);

  const temperature = panel(page).getByRole('spinbutton', { name: 'Temperature' });
  const slider = panel(page).getByRole('slider', { name: 'Temperature' });
  await expect(temperature).toHaveValue('');
  await expect(source(page, 'temperature')).toHaveText('From connection Box: 0.6');
  await expect(slider).toHaveValue('0.6');
  await expect(source(page, 'top_k')).toHaveText('Server default (llama.cpp: 40)');
  await expect(
    panel(page)
      .getByText(/Not part of the OpenAI API; llama\.cpp, vLLM, LM Studio/)
      .first(),
  ).toBeVisible();

  await slider.fill('1.2');
  await expect(temperature).toHaveValue('1.2');
  await expect(source(page, 'temperature')).toHaveText('From this chat');
  await panel(page).getByRole('spinbutton', { name: 'Min P' }).fill('0.1');
  await expect(panel(page).getByRole('slider', { name: 'Min P' })).toHaveValue('0.1');
  await expect(panel(page).getByRole('status').last()).toHaveText('Changes not applied yet.');
  await panel(page).getByRole('button', { name: 'Apply' }).click();
  await expect(panel(page).getByText('Applied to this chat.')).toBeVisible();

  await sendMessage(page, 'Warm');
  await expect(assistantMessages(page).last()).toContainText('Hello');
  const first = openai.lastRequest('/v1/chat/completions', 'POST');
  expect(first?.json).toMatchObject({ temperature: 1.2, min_p: 0.1 });
  expect(first?.validation).toEqual(expect.objectContaining({ valid: true, unknownKeys: ['min_p'] }));

  await panel(page).getByRole('button', { name: 'Reset Temperature to inherited' }).click();
  await expect(temperature).toHaveValue('');
  await expect(source(page, 'temperature')).toHaveText('From connection Box: 0.6');
  await panel(page).getByRole('button', { name: 'Apply' }).click();
  await sendMessage(page, 'Cooler');
  await expect(assistantMessages(page)).toHaveCount(2);
  await expect(assistantMessages(page).last()).toContainText('Hello');
  expect(openai.lastRequest('/v1/chat/completions', 'POST')?.json).toMatchObject({ temperature: 0.6, min_p: 0.1 });
});

test('an unset answer limit shows as "No limit" at the top of its slider; dragging it down sets one', async ({
  page,
  openai,
}) => {
  await boxWithTemperature(page, openai);
  await openPanel(page);
  const field = panel(page).getByRole('spinbutton', { name: 'Max tokens' });
  const slider = panel(page).getByRole('slider', { name: 'Max tokens' });
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('placeholder', 'No limit');
  await expect(slider).toHaveValue(String(paramSpec('max_tokens').max));
  await expect(slider).toHaveAttribute('aria-valuetext', 'No limit');
  await expect(source(page, 'max_tokens')).toHaveText('No limit set: the server decides');

  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(field).not.toHaveValue('');
  await expect(source(page, 'max_tokens')).toHaveText('From this chat');
  await expect(slider).not.toHaveAttribute('aria-valuetext');
  await slider.fill('512');
  await expect(field).toHaveValue('512');
  await panel(page).getByRole('button', { name: 'Reset Max tokens to inherited' }).click();
  await expect(field).toHaveValue('');
  await expect(slider).toHaveAttribute('aria-valuetext', 'No limit');
});

test('presets: a built-in one applies at once; the user saves, reuses after a reload and deletes one', async ({
  page,
  openai,
}) => {
  await boxWithTemperature(page, openai);
  await openPanel(page);
  const presets = panel(page).getByRole('group', { name: 'Presets' });
  await presets.getByRole('button', { name: 'Precise' }).click();
  await expect(panel(page).getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.2');
  await expect(panel(page).getByRole('spinbutton', { name: 'Top K' })).toHaveValue('20');
  await expect(source(page, 'temperature')).toHaveText('From this chat');
  await sendMessage(page, 'Precisely');
  await expect(assistantMessages(page).last()).toContainText('Hello');
  expect(openai.lastRequest('/v1/chat/completions', 'POST')?.json).toMatchObject({ temperature: 0.2, top_k: 20 });

  await panel(page).getByRole('spinbutton', { name: 'Temperature' }).fill('0.35');
  await panel(page).getByRole('button', { name: 'Save as preset' }).click();
  await panel(page).getByLabel('Preset name').fill('precise');
  await panel(page).getByRole('button', { name: 'Save preset' }).click();
  await expect(panel(page).getByText('A preset named "precise" already exists')).toBeVisible();
  await expect(panel(page).getByLabel('Preset name')).toHaveAttribute('aria-invalid', 'true');
  await panel(page).getByLabel('Preset name').fill('Mine');
  await panel(page).getByRole('button', { name: 'Save preset' }).click();
  await expect(presets.getByRole('button', { name: 'Mine', exact: true })).toBeVisible();

  await page.reload();
  await openPanel(page);
  await presets.getByRole('button', { name: 'Balanced' }).click();
  await expect(panel(page).getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.7');
  await presets.getByRole('button', { name: 'Mine', exact: true }).click();
  await expect(panel(page).getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.35');
  await presets.getByRole('button', { name: 'Delete preset Mine' }).click();
  await expect(presets.getByRole('button', { name: 'Mine', exact: true })).toHaveCount(0);
  await page.reload();
  await openPanel(page);
  await expect(presets.getByRole('button', { name: 'Mine', exact: true })).toHaveCount(0);
});

test('errors stay next to their field, and Apply goes to the first one', async ({ page, openai }) => {
  await boxWithTemperature(page, openai);
  await openPanel(page);
  const temperature = panel(page).getByRole('spinbutton', { name: 'Temperature' });
  await temperature.fill('5');
  const error = panel(page).locator('#param-temperature-error');
  await expect(error).toHaveText('Temperature must be between 0 and 2');
  await expect(temperature).toHaveAttribute('aria-invalid', 'true');
  await expect(temperature).toHaveAttribute('aria-describedby', /param-temperature-error/);
  await panel(page).getByRole('spinbutton', { name: 'Max tokens' }).fill('1.5');
  await expect(panel(page).locator('#param-max_tokens-error')).toHaveText('Max tokens must be a whole number');
  await panel(page).getByRole('button', { name: 'Apply' }).click();
  await expect(panel(page).getByText('2 fields need fixing.')).toBeVisible();
  await expect(temperature).toBeFocused();
});

test('official OpenAI mode: Top K, Min P and Repeat penalty are shown as not sent, and are not sent', async ({
  page,
  openai,
}) => {
  await openSettings(page);
  await addConnection(page, {
    server: 'OpenAI',
    name: 'Official',
    mode: 'OpenAI',
    baseUrl: openai.url,
    apiKey: 'sk-test-123',
    extraParams: '{"top_k": 5}',
  });
  await openChat(page);
  await openPanel(page);
  for (const name of ['Top K', 'Min P', 'Repeat penalty']) {
    await expect(panel(page).getByRole('spinbutton', { name })).toBeDisabled();
    await expect(panel(page).getByRole('slider', { name })).toBeDisabled();
  }
  await expect(panel(page).locator('#param-top_k-note')).toHaveText(/Not supported in this mode: The OpenAI API/);
  await expect(source(page, 'temperature')).toHaveText('Server default (OpenAI: 1)');
  await sendMessage(page, 'Hi');
  await expect(assistantMessages(page).last()).toContainText('Hello');
  const body = openai.lastRequest('/v1/chat/completions', 'POST')?.json as Record<string, unknown>;
  expect(body).not.toHaveProperty('top_k');
});

test('keyboard: the panel takes focus, Escape closes it and focus returns to the button', async ({ page, openai }) => {
  await boxWithTemperature(page, openai);
  const button = page.getByRole('button', { name: 'Chat settings' });
  await openPanel(page);
  await expect(panel(page).getByLabel('System prompt')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.press('Enter');
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('on a phone the panel is a bottom sheet that keeps focus inside', async ({ page, openai }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await boxWithTemperature(page, openai);
  const button = page.getByRole('button', { name: 'Chat settings' });
  await button.click();
  const sheet = page.getByRole('dialog', { name: 'Chat settings' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByLabel('System prompt')).toBeFocused();
  // Shift+Tab from the first control wraps to the last
  await sheet.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(sheet.getByRole('button', { name: 'Apply' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(button).toBeFocused();
});

test("Ollama: the panel names Ollama's defaults; min_p and repeat_penalty reach the request's options", async ({
  page,
  ollama,
}) => {
  await openSettings(page);
  await addConnection(page, { server: 'Ollama', name: 'Llama home', baseUrl: ollama.url, maxTokens: '42' });
  await openChat(page);
  await openPanel(page);
  await expect(source(page, 'temperature')).toHaveText('Server default (Ollama: 0.8)');
  await expect(source(page, 'max_tokens')).toHaveText('From connection Llama home: 42');
  await panel(page).getByRole('spinbutton', { name: 'Min P' }).fill('0.07');
  await panel(page).getByRole('spinbutton', { name: 'Repeat penalty' }).fill('1.3');
  await panel(page).getByLabel('Stop sequences').fill('###');
  await panel(page).getByRole('button', { name: 'Apply' }).click();
  await sendMessage(page, 'Options please');
  await expect(assistantMessages(page).last()).toContainText('Hello from the Ollama test server.');
  const body = ollama.lastRequest('/api/generate', 'POST')?.json as Record<string, unknown>;
  expect(body.options).toEqual({ num_predict: 42, min_p: 0.07, repeat_penalty: 1.3, stop: ['###'] });
});
