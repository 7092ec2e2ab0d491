// Answering tool calls by hand: a reply per call, the next answer once every call has one.
import { describe, expect, it } from 'vitest';
import { activePath, toChatMessages } from '../conversation/branches.ts';
import { applyEvents } from '../conversation/apply-event.ts';
import { updateNode } from '../conversation/tree.ts';
import { unansweredCalls } from '../conversation/tool-reply.ts';
import { testConnection } from './testing/held-stream.ts';
import { toolReplyTurn } from './tool-turns.ts';
import { sendTurn, type ModelChoice, type TurnIds } from './user-turns.ts';

const choice: ModelChoice = { connection: testConnection, model_id: 'm1' };

function at(now: number): TurnIds {
  let n = 0;
  return { now, newId: () => `${now}-${++n}` };
}

function calledTwice() {
  const { conv, answerId } = sendTurn(null, 'Weather and time in Oslo?', choice, {}, at(100));
  const called = updateNode(conv, answerId, (n) =>
    applyEvents(n, [
      { type: 'tool-call-delta', index: 0, id: 'c1', name: 'weather', arguments: '{"city":"Oslo"}' },
      { type: 'tool-call-delta', index: 1, id: 'c2', name: 'time', arguments: '{}' },
      { type: 'finish', reason: { unified: 'tool-calls' } },
    ]),
  );
  return { conv: called, answerId };
}

describe('tool reply turns', () => {
  it('the first reply is only saved; the last one starts the next answer, with every reply in the request', () => {
    const { conv, answerId } = calledTwice();
    expect(unansweredCalls(conv, answerId).map((c) => c.id)).toEqual(['c1', 'c2']);

    const first = toolReplyTurn(conv, answerId, 'c2', '12:00', choice, at(200));
    expect(first.answerId).toBeUndefined();
    expect(unansweredCalls(first.conv, answerId).map((c) => c.id)).toEqual(['c1']);

    const second = toolReplyTurn(first.conv, answerId, 'c1', '3 °C', choice, at(300));
    expect(second.answerId).toBeDefined();
    expect(activePath(second.conv).map((n) => [n.role, n.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
      ['tool', 'complete'],
      ['tool', 'complete'],
      ['assistant', 'streaming'],
    ]);
    expect(unansweredCalls(second.conv, answerId)).toEqual([]);
    expect(toChatMessages(second.conv).slice(1)).toEqual([
      {
        role: 'assistant',
        content: '',
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
          { id: 'c2', type: 'function', function: { name: 'time', arguments: '{}' } },
        ],
      },
      { role: 'tool', content: '12:00', tool_call_id: 'c2' },
      { role: 'tool', content: '3 °C', tool_call_id: 'c1' },
    ]);
  });

  it('a call already answered, or an answer no longer at the end of the branch, takes no reply', () => {
    const { conv, answerId } = calledTwice();
    const first = toolReplyTurn(conv, answerId, 'c1', 'x', choice, at(200)).conv;
    expect(() => toolReplyTurn(first, answerId, 'c1', 'again', choice, at(300))).toThrow(/does not wait/);
    const moved = sendTurn(conv, 'never mind', choice, {}, at(400)).conv;
    expect(unansweredCalls(moved, answerId)).toEqual([]);
  });
});
