import { describe, expect, it } from 'vitest';
import { fixtureText, testContext } from '../testing/parser-harness.ts';
import { parseChatResponse } from './parse-response.ts';

const dir = new URL('./__fixtures__/', import.meta.url);
const parse = (text: string) => parseChatResponse(text, testContext());

describe('openai parseChatResponse', () => {
  it('llama-server non-stream reply with usage and timings', () => {
    expect(parse(fixtureText(dir, 'llama-server-nonstream-stop.json'))).toEqual([
      { type: 'text-delta', text: ' dip statu' },
      {
        type: 'finish',
        reason: { unified: 'stop', raw: 'stop' },
        usage: { prompt_tokens: 30, completion_tokens: 2, total_tokens: 32 },
        timings: {
          tokens_per_second: 1941.7475728155339,
          prompt_tokens_per_second: 1303.7809647979138,
          prompt_ms: 0.767,
        },
      },
    ]);
  });

  it('KoboldCpp non-stream reply (fixed fake usage, empty tool_calls)', () => {
    const events = parse(fixtureText(dir, 'koboldcpp-nonstream.json'));
    expect(events[0]).toEqual({
      type: 'text-delta',
      text: ' Pe INTDBCaud ookadded travail bearoupcompareanguagesianaAvailableermeister InitUTC',
    });
    expect(events[1]).toEqual({
      type: 'finish',
      reason: { unified: 'length', raw: 'length' },
      usage: { prompt_tokens: 100, completion_tokens: 100, total_tokens: 200 },
    });
  });

  it('reasoning fields and inline <think>', () => {
    expect(
      parse('{"choices":[{"message":{"content":"Hi","reasoning_content":"hmm"},"finish_reason":"stop"}]}').slice(0, 2),
    ).toEqual([
      { type: 'reasoning-delta', text: 'hmm' },
      { type: 'text-delta', text: 'Hi' },
    ]);
    expect(
      parse('{"choices":[{"message":{"content":"<think>plan</think>\\n\\nDone"},"finish_reason":"stop"}]}').slice(0, 2),
    ).toEqual([
      { type: 'reasoning-delta', text: 'plan' },
      { type: 'text-delta', text: 'Done' },
    ]);
  });

  it('content null with no finish_reason still finishes "stop"', () => {
    expect(parse('{"choices":[{"message":{"role":"assistant","content":null}}]}')).toEqual([
      { type: 'finish', reason: { unified: 'stop' } },
    ]);
  });

  it('an error body under 200, a non-JSON body and a non-completion JSON become error + finish error', () => {
    for (const [text, kind] of [
      ['{"error":{"message":"Model is loading","code":503}}', 'http'],
      ['<html><body>hi</body></html>', 'invalid-response'],
      ['{"data":[]}', 'invalid-response'],
    ] as const) {
      const events = parse(text);
      expect(events.map((e) => e.type)).toEqual(['error', 'finish']);
      const error = events[0];
      if (error?.type !== 'error') throw new Error('expected error');
      expect(error.error.kind).toBe(kind);
      expect(error.error.response?.body).toBe(text);
    }
  });
});
