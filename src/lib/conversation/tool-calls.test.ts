// The accumulator: streamed pieces → complete calls, at every split of the argument text.
import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../providers/types.ts';
import { applyEvents } from './apply-event.ts';
import { toChatMessages } from './branches.ts';
import { addToolCallDelta, finishToolCalls } from './tool-calls.ts';
import { migrateConversation } from './migrations.ts';
import { checkConversation } from './record.ts';
import { mergeConversations } from './merge.ts';
import type { Conversation, MessageNode, ToolCall } from './types.ts';

type Delta = Extract<ChatEvent, { type: 'tool-call-delta' }>;

const ARGS = '{"city": "Zürich", "days": [1, 2]}';

function fold(deltas: Delta[]): readonly ToolCall[] | undefined {
  let calls: readonly ToolCall[] | undefined;
  for (const d of deltas) calls = addToolCallDelta(calls, d);
  return calls;
}

const answer = (extra: Partial<MessageNode> = {}): MessageNode => ({
  id: 'a',
  children: [],
  role: 'assistant',
  content: '',
  status: 'streaming',
  created_at: 1,
  ...extra,
});

describe('addToolCallDelta', () => {
  it('joins the arguments cut at every position, into two pieces and into three', () => {
    for (let i = 0; i <= ARGS.length; i++) {
      const head: Delta = { type: 'tool-call-delta', index: 0, id: 'c1', name: 'weather', arguments: ARGS.slice(0, i) };
      expect(fold([head, { type: 'tool-call-delta', index: 0, arguments: ARGS.slice(i) }])).toEqual([
        { id: 'c1', name: 'weather', arguments: ARGS },
      ]);
      for (let j = i; j <= ARGS.length; j += 5) {
        const pieces: Delta[] = [
          { type: 'tool-call-delta', index: 0, id: 'c1', name: 'weather' },
          { type: 'tool-call-delta', index: 0, arguments: ARGS.slice(0, i) },
          { type: 'tool-call-delta', index: 0, arguments: ARGS.slice(i, j) },
          { type: 'tool-call-delta', index: 0, arguments: ARGS.slice(j) },
        ];
        expect(fold(pieces)?.[0]?.arguments).toBe(ARGS);
      }
    }
  });

  it('keeps parallel calls apart by index, interleaved or out of order; a repeated id or name is not doubled', () => {
    const calls = fold([
      { type: 'tool-call-delta', index: 1, id: 'c2', name: 'time', arguments: '{"z":' },
      { type: 'tool-call-delta', index: 0, id: 'c1', name: 'weather', arguments: '{}' },
      { type: 'tool-call-delta', index: 1, id: 'c2', name: 'time', arguments: '"UTC"}' },
    ]);
    expect(calls).toEqual([
      { id: 'c1', name: 'weather', arguments: '{}' },
      { id: 'c2', name: 'time', arguments: '{"z":"UTC"}' },
    ]);
  });

  it('drops pieces whose index is not a real position, and changes nothing for an empty piece', () => {
    expect(fold([{ type: 'tool-call-delta', index: 500, name: 'x' }])).toBeUndefined();
    const one = fold([{ type: 'tool-call-delta', index: 0, name: 'x' }]);
    expect(addToolCallDelta(one, { type: 'tool-call-delta', index: 0 })).toBe(one);
  });

  it('finishToolCalls drops placeholders and gives every call an id', () => {
    expect(
      finishToolCalls([
        { id: '', name: '', arguments: '' },
        { id: '', name: 'f', arguments: '{}' },
      ]),
    ).toEqual([{ id: 'call_0', name: 'f', arguments: '{}' }]);
  });
});

describe('tool calls on a message', () => {
  const events: ChatEvent[] = [
    { type: 'tool-call-delta', index: 0, id: 'c1', name: 'weather', arguments: '{"city":' },
    { type: 'tool-call-delta', index: 0, arguments: '"Oslo"}' },
    { type: 'finish', reason: { unified: 'tool-calls', raw: 'tool_calls' } },
  ];
  const called = applyEvents(answer({ parent_id: 'u' }), events);
  const conv: Conversation = {
    schema_version: 1,
    id: 'c',
    title: 't',
    created_at: 1,
    updated_at: 1,
    root_ids: ['u'],
    current_leaf_id: 't',
    nodes: {
      u: { id: 'u', children: ['a'], role: 'user', content: 'Weather?', status: 'complete', created_at: 1 },
      a: { ...called, children: ['t'] },
      t: {
        id: 't',
        parent_id: 'a',
        children: [],
        role: 'tool',
        tool_call_id: 'c1',
        content: '{"temp": 3}',
        status: 'complete',
        created_at: 2,
      },
    },
  };

  it('the reducer folds the pieces into complete calls; the answer is complete', () => {
    expect(called.status).toBe('complete');
    expect(called.tool_calls).toEqual([{ id: 'c1', name: 'weather', arguments: '{"city":"Oslo"}' }]);
  });

  it('the transcript sends the calls in OpenAI shape (even without text) and the reply with its call id', () => {
    expect(toChatMessages(conv)).toEqual([
      { role: 'user', content: 'Weather?' },
      {
        role: 'assistant',
        content: '',
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } }],
      },
      { role: 'tool', content: '{"temp": 3}', tool_call_id: 'c1' },
    ]);
  });

  it('a file with calls and tool replies passes the record check; migration keeps valid calls only; merge keeps them', () => {
    const read = checkConversation(JSON.parse(JSON.stringify(conv)), 'conversations[0]');
    expect(read.ok && read.value.nodes.a?.tool_calls).toEqual(called.tool_calls);
    expect(read.ok && read.value.nodes.t?.tool_call_id).toBe('c1');
    const broken = { ...conv, nodes: { ...conv.nodes, a: { ...conv.nodes.a, tool_calls: [{ id: 1 }, 'x'] } } };
    expect(migrateConversation(broken)?.nodes.a).not.toHaveProperty('tool_calls');
    const mixed = { ...conv, nodes: { ...conv.nodes, t: { ...conv.nodes.t, tool_call_id: 7 } } };
    expect(migrateConversation(mixed)?.nodes.t).not.toHaveProperty('tool_call_id');
    const older = { ...conv, nodes: { ...conv.nodes, a: { ...answer({ parent_id: 'u' }), rev: 0 } } };
    expect(mergeConversations(older, conv).nodes.a?.tool_calls).toEqual(called.tool_calls);
  });
});
