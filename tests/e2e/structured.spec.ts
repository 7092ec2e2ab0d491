// Structured output and tool calls in the chat, and the diagnosis of a model that cannot see images.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { diagnosisIn, evidenceOf, fixesOf, titleOf } from './support/diagnosis-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import { makePng, pasteFile } from './support/images.ts';
import { VISION_REFUSALS } from '../servers/openai-tool-calls.ts';

const TOOLS = JSON.stringify([
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather in a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
  { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } },
]);

async function openChatSettings(page: Page) {
  await page.getByRole('button', { name: 'Chat settings' }).click();
  return page.getByRole('form', { name: 'Chat settings' });
}

test.describe('structured output and tools', () => {
  test('JSON schema mode: sent as response_format, the answer shown as JSON with its schema check', async ({
    page,
    openai,
  }) => {
    openai.behave({ reply: '{"name": "Ada", "age": 36}' });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Llama box', baseUrl: openai.baseUrl });
    await openChat(page);
    await pickModel(page, 'test-model', 'Llama box');
    const settings = await openChatSettings(page);
    await settings.getByRole('radio', { name: 'JSON schema' }).check();
    await settings.getByRole('button', { name: 'Person' }).click();
    await expectAccessible(page, 'the Output section of chat settings');
    await page.getByRole('button', { name: 'Apply' }).click();
    await sendMessage(page, 'Who wrote the first program?');

    const answer = assistantMessages(page).last();
    await expect(answer.getByText('Valid JSON', { exact: true })).toBeVisible();
    await expect(answer.getByText('Matches the schema')).toBeVisible();
    await expect(answer.getByRole('group').first()).toContainText('{ 2 keys }');
    await expect(answer).toContainText('age: 36');
    await expectAccessible(page, 'a JSON answer');
    const sent = openai.lastRequest('/v1/chat/completions', 'POST');
    expect(sent?.validation).toEqual(expect.objectContaining({ valid: true }));
    expect(sent?.json).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { required: ['name', 'age'] } } },
    });

    openai.behave({ reply: '{"name": "Ada", "age": -1}' });
    await sendMessage(page, 'And her age backwards?');
    await expect(assistantMessages(page).last().getByText('Does not match: /age')).toBeVisible();
    openai.behave({ reply: 'Not JSON at all' });
    await sendMessage(page, 'Say it in words');
    await expect(assistantMessages(page).last().getByText('Not valid JSON', { exact: true })).toBeVisible();
  });

  test('a streamed tool call is shown, answered by hand, and the conversation continues', async ({ page, openai }) => {
    openai.behave({
      toolCalls: [
        { name: 'get_weather', arguments: '{"city": "Oslo, Norway"}' },
        { name: 'get_time', arguments: '{"zone": ' },
      ],
      reply: 'It is 3 degrees in Oslo.',
    });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Llama box', baseUrl: openai.baseUrl });
    await openChat(page);
    await pickModel(page, 'test-model', 'Llama box');
    const settings = await openChatSettings(page);
    await settings.getByLabel('Tool definitions').fill('[{"type": "function"}]');
    await expect(settings.getByRole('alert')).toContainText('Tool 1 needs a "function" object.');
    await settings.getByLabel('Tool definitions').fill(TOOLS);
    await page.getByRole('button', { name: 'Apply' }).click();
    await sendMessage(page, 'Weather and time in Oslo?');

    const answer = assistantMessages(page).last();
    const weather = answer.getByRole('region', { name: 'Tool call: get_weather' });
    await expect(weather.getByLabel('Arguments')).toHaveText('{\n  "city": "Oslo, Norway"\n}');
    const time = answer.getByRole('region', { name: 'Tool call: get_time' });
    await expect(time).toContainText('Arguments are not valid JSON');
    await expect(time.getByLabel('Arguments')).toHaveText('{"zone": ');
    await expectAccessible(page, 'tool call blocks with their reply forms');

    await weather.getByLabel('Reply to get_weather').fill('{"temp_c": 3}');
    await weather.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByRole('article', { name: 'Tool result message' })).toContainText('{"temp_c": 3}');
    await expect(weather.getByRole('button', { name: 'Send reply' })).toHaveCount(0);
    // the model waits until every call has its reply
    expect(openai.requestsTo('/v1/chat/completions', 'POST')).toHaveLength(1);

    await time.getByLabel('Reply to get_time').fill('12:00');
    await time.getByRole('button', { name: 'Send reply' }).click();
    await expect(assistantMessages(page).last()).toContainText('It is 3 degrees in Oslo.');
    await waitForSaved(page);

    const sent = openai.lastRequest('/v1/chat/completions', 'POST');
    expect(sent?.validation).toEqual(expect.objectContaining({ valid: true }));
    const body = sent?.json as { tools: unknown[]; messages: Array<Record<string, unknown>> };
    expect(body.tools).toHaveLength(2);
    const [user, called, reply1, reply2] = body.messages;
    expect(user).toEqual({ role: 'user', content: 'Weather and time in Oslo?' });
    const calls = called?.tool_calls as Array<{ id: string; function: { name: string; arguments: string } }>;
    expect(calls.map((c) => c.function)).toEqual([
      { name: 'get_weather', arguments: '{"city": "Oslo, Norway"}' },
      { name: 'get_time', arguments: '{"zone": ' },
    ]);
    expect(reply1).toEqual({ role: 'tool', content: '{"temp_c": 3}', tool_call_id: calls[0]?.id });
    expect(reply2).toEqual({ role: 'tool', content: '12:00', tool_call_id: calls[1]?.id });
  });

  test('Ollama mode says tools were not sent', async ({ page, ollama }) => {
    await openSettings(page);
    await addConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url });
    await openChat(page);
    await pickModel(page, 'llama3.2:1b', 'Ollama box');
    const settings = await openChatSettings(page);
    await settings.getByLabel('Tool definitions').fill(TOOLS);
    await page.getByRole('button', { name: 'Apply' }).click();
    await sendMessage(page, 'Weather?');
    const answer = assistantMessages(page).last();
    await expect(answer.getByRole('list', { name: 'Notes from the request' })).toContainText(
      "`tools` is not supported by Ollama's /api/generate and was not sent",
    );
    expect(ollama.lastRequest('/api/generate', 'POST')?.json).not.toHaveProperty('tools');
  });

  test('a model that cannot see: the refusal is diagnosed and a vision model of the server is named', async ({
    page,
    startServer,
  }) => {
    const server = await startServer('openai', {
      models: ['tiny-text', 'llava-1.6-7b'],
      status: { ...VISION_REFUSALS.llamaServer, path: '/v1/chat/completions' },
    });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Text box', baseUrl: server.baseUrl });
    await openChat(page);
    await pickModel(page, 'tiny-text', 'Text box');
    // a real attachment: pasted into the composer and sent with the question
    const box = page.getByRole('textbox', { name: 'Message' });
    await pasteFile(box, { name: 'picture.png', type: 'image/png', bytes: makePng(20, 20) });
    await expect(page.getByRole('list', { name: 'Attached images' }).getByRole('img')).toHaveCount(1);
    await box.fill('What is in this picture?');
    await box.press('Enter');
    await expect(assistantMessages(page).last().getByRole('alert')).toContainText('image input is not supported');
    const sent = server.lastRequest('/v1/chat/completions', 'POST')?.json as { messages: { content: unknown }[] };
    expect(JSON.stringify(sent.messages)).toContain('data:image/png;base64,');

    const answer = assistantMessages(page).last();
    await answer.getByRole('button', { name: 'Diagnose this error' }).click();
    const d = diagnosisIn(answer);
    await expect(d).toHaveAttribute('data-cause', 'model-cannot-see-images');
    await expect(titleOf(d)).toHaveText('The model cannot see images: tiny-text');
    await expect(evidenceOf(d)).toContainText('The request carried an image, and the error is about image input');
    await expect(fixesOf(d)).toContainText('Use "llava-1.6-7b" or another model that can see');
  });
});

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect
    .soft(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      screen,
    )
    .toEqual([]);
}
