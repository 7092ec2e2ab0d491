// Structured output and tool calls end to end below the UI: the request bodies the app builds (response
// format, tools, a call and its reply in the transcript) are valid against OpenAI's schema, and the test
// server's streamed tool call parses into complete calls.
import { describe, expect, it } from 'vitest';
import { buildChatRequest } from '../../src/lib/providers/openai/build-request.ts';
import { parseChatStream } from '../../src/lib/providers/openai/parse-stream.ts';
import { testContext } from '../../src/lib/providers/testing/parser-harness.ts';
import { readResponseFormat, readToolDefinitions } from '../../src/lib/conversation/output-settings.ts';
import { SCHEMA_EXAMPLES, TOOLS_EXAMPLE } from '../../src/lib/conversation/schema-examples.ts';
import { applyEvents } from '../../src/lib/conversation/apply-event.ts';
import type { ChatEvent, ChatMessage, ChatParams } from '../../src/lib/providers/types.ts';
import type { MessageNode } from '../../src/lib/conversation/types.ts';
import { startOpenAIServer } from './openai-server.ts';
import { chatBody, postJson, sseData, startForTest } from './test-helpers.ts';
import { validateChatCompletionRequest } from './validate-openai-request.ts';

const target = { base_url: 'http://127.0.0.1:8080/v1', mode: 'openai_compatible' as const };
const tools = (readToolDefinitions(TOOLS_EXAMPLE) as { ok: true; value: ChatParams['tools'] }).value;

function bodyFor(messages: ChatMessage[], params: ChatParams): unknown {
  return JSON.parse(buildChatRequest(target, { model: 'm', messages, params }).body ?? '');
}

describe('request bodies against the OpenAI schema', () => {
  const transcript: ChatMessage[] = [
    { role: 'user', content: 'Weather in Oslo?' },
    {
      role: 'assistant',
      content: '',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }],
    },
    { role: 'tool', content: '3 °C', tool_call_id: 'call_1' },
  ];

  it('JSON mode and every example schema', () => {
    const json = readResponseFormat('json', '');
    expect(
      validateChatCompletionRequest(
        bodyFor(transcript.slice(0, 1), { response_format: json.ok ? json.value : undefined }),
      ),
    ).toEqual({ valid: true, errors: [], unknownKeys: [] });
    for (const example of SCHEMA_EXAMPLES) {
      const format = readResponseFormat('schema', JSON.stringify(example.schema));
      const body = bodyFor(transcript.slice(0, 1), { response_format: format.ok ? format.value : undefined });
      expect(validateChatCompletionRequest(body), example.label).toEqual({ valid: true, errors: [], unknownKeys: [] });
    }
  });

  it('tools, an assistant call and the tool reply', () => {
    const body = bodyFor(transcript, { tools });
    expect(validateChatCompletionRequest(body)).toEqual({ valid: true, errors: [], unknownKeys: [] });
    expect((body as { tools: unknown }).tools).toEqual(tools);
  });
});

describe('the test server streams tool calls', () => {
  it('fragments cut mid-argument join into the complete call; a tool reply gets text', async () => {
    const args = '{"city": "Oslo, Norway", "unit": "celsius"}';
    const server = await startForTest(startOpenAIServer({ toolCalls: [{ name: 'get_weather', arguments: args }] }));
    const res = await postJson(`${server.baseUrl}/chat/completions`, chatBody({ stream: true, tools }));
    const text = await res.text();
    expect(sseData(text).length).toBeGreaterThan(8);
    const events: ChatEvent[] = [];
    for await (const batch of parseChatStream(new Response(text).body!, testContext())) events.push(...batch);
    const node: MessageNode = {
      id: 'a',
      children: [],
      role: 'assistant',
      content: '',
      status: 'streaming',
      created_at: 0,
    };
    const done = applyEvents(node, events);
    expect(done.tool_calls).toEqual([{ id: expect.stringMatching(/^call_/), name: 'get_weather', arguments: args }]);
    expect(done.finish_reason).toEqual({ unified: 'tool-calls', raw: 'tool_calls' });
    expect(server.requests.at(-1)?.validation?.valid).toBe(true);

    const reply = await postJson(
      `${server.baseUrl}/chat/completions`,
      chatBody({
        stream: true,
        tools,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'tool', content: '3', tool_call_id: 'c' },
        ],
      }),
    );
    const replyText = await reply.text();
    expect(replyText).toContain('Hello');
    expect(replyText).not.toContain('tool_calls');
  });
});
