// Streamed tool calls: the pieces come out as tool-call-delta events in order, whatever the chunking.
import { describe, expect, it } from 'vitest';
import { fixtureBytes, parseEverySplit, testContext } from '../testing/parser-harness.ts';
import type { AdapterEvent } from '../adapter.ts';
import { parseChatStream } from './parse-stream.ts';
import { parseChatResponse } from './parse-response.ts';
import { readToolCalls } from './read-tool-calls.ts';

const dir = new URL('./__fixtures__/', import.meta.url);

/** The pieces joined per index, the way the conversation's accumulator joins them. */
function joinedCalls(events: readonly AdapterEvent[]) {
  const calls: Array<{ id: string; name: string; arguments: string }> = [];
  for (const e of events) {
    if (e.type !== 'tool-call-delta') continue;
    const call = (calls[e.index] ??= { id: '', name: '', arguments: '' });
    call.id ||= e.id ?? '';
    call.name ||= e.name ?? '';
    call.arguments += e.arguments ?? '';
  }
  return calls;
}

describe('streamed tool calls', () => {
  it('every chunk split gives the same pieces: two complete calls and finish tool-calls', async () => {
    const events = await parseEverySplit(parseChatStream, fixtureBytes(dir, 'tool-calls.sse'));
    expect(joinedCalls(events)).toEqual([
      { id: 'call_w8X1', name: 'get_weather', arguments: '{"city": "Paris, France", "unit": "c"}' },
      { id: 'call_t9Q2', name: 'get_time', arguments: '{"zone": "Europe/Parisé"}' },
    ]);
    expect(events.filter((e) => e.type === 'text-delta')).toEqual([]);
    expect(events.at(-1)).toEqual({ type: 'finish', reason: { unified: 'tool-calls', raw: 'tool_calls' } });
  });

  it('a whole (stream:false) reply gives its calls as pieces too', () => {
    const reply = {
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }],
          },
        },
      ],
    };
    const events = parseChatResponse(JSON.stringify(reply), testContext());
    expect(events).toEqual([
      { type: 'tool-call-delta', index: 0, id: 'c1', name: 'f', arguments: '{"a":1}' },
      { type: 'finish', reason: { unified: 'tool-calls', raw: 'tool_calls' } },
    ]);
  });

  it('reads what servers get wrong: no index (position), object arguments, indexes out of range, junk', () => {
    expect(
      readToolCalls({
        tool_calls: [
          { function: { name: 'a', arguments: { x: 1 } } },
          { index: 99, function: { name: 'far' } },
          { index: -1, function: { name: 'neg' } },
          'junk',
          { index: 2, id: '', function: { name: '', arguments: '' } },
        ],
      }),
    ).toEqual([
      { type: 'tool-call-delta', index: 0, name: 'a', arguments: '{"x":1}' },
      { type: 'tool-call-delta', index: 2 },
    ]);
    expect(readToolCalls({ tool_calls: null })).toEqual([]);
  });
});
