import { describe, expect, it } from 'vitest';
import { fixtureText, testContext } from '../testing/parser-harness.ts';
import { parseChatResponse } from './parse-response.ts';

const dir = new URL('./__fixtures__/', import.meta.url);
const parse = (text: string) => parseChatResponse(text, testContext());

describe('ollama parseChatResponse', () => {
  it('the docs stream:false example', () => {
    expect(parse(fixtureText(dir, 'generate-nonstream.json'))).toEqual([
      { type: 'text-delta', text: 'The sky is blue because it is the color of the sky.' },
      {
        type: 'finish',
        reason: { unified: 'stop' },
        usage: { prompt_tokens: 26, completion_tokens: 290, total_tokens: 316 },
        timings: {
          tokens_per_second: (290 / 4709213000) * 1e9,
          prompt_tokens_per_second: (26 / 325953000) * 1e9,
          prompt_ms: 325.953,
        },
      },
    ]);
  });

  it('thinking and inline <think>', () => {
    expect(parse('{"response":"Hi","thinking":"plan","done":true,"done_reason":"stop"}').slice(0, 2)).toEqual([
      { type: 'reasoning-delta', text: 'plan' },
      { type: 'text-delta', text: 'Hi' },
    ]);
    expect(parse('{"response":"<think>x</think>y","done":true}').slice(0, 2)).toEqual([
      { type: 'reasoning-delta', text: 'x' },
      { type: 'text-delta', text: 'y' },
    ]);
  });

  it('an NDJSON body (streamed although stream:false was asked) is read line by line', () => {
    const text = fixtureText(dir, 'generate-stream.ndjson');
    const events = parse(text);
    expect(events.filter((e) => e.type === 'text-delta').map((e) => (e.type === 'text-delta' ? e.text : ''))).toEqual([
      'The',
      ' sky',
      ' is',
      ' blue',
      '.',
    ]);
    expect(events[events.length - 1]).toMatchObject({
      type: 'finish',
      reason: { unified: 'stop' },
      usage: { completion_tokens: 259 },
    });
    expect(parse(fixtureText(dir, 'generate-cut.ndjson')).map((e) => e.type)).toEqual([
      'text-delta',
      'text-delta',
      'finish',
    ]);
    expect(
      parse(fixtureText(dir, 'generate-error-midstream.ndjson'))
        .slice(-2)
        .map((e) => e.type),
    ).toEqual(['error', 'finish']);
  });

  it.each([
    ['{"error":"model \'x\' not found"}', 'http'],
    ['not json', 'invalid-response'],
    ['{"models":[]}', 'invalid-response'],
  ])('%s → error + finish error', (text, kind) => {
    const events = parse(text);
    expect(events.map((e) => e.type)).toEqual(['error', 'finish']);
    expect(events[0]?.type === 'error' && events[0].error.kind).toBe(kind);
  });
});
