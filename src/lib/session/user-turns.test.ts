import { describe, expect, it } from 'vitest';
import { activePath, siblings } from '../conversation/branches.ts';
import { STREAM_LEASE_MS } from '../conversation/recover.ts';
import { createConversation } from '../conversation/tree.ts';
import { testConnection } from './testing/held-stream.ts';
import { bumpMeta, editTurn, regenerateTurn, sendTurn, type ModelChoice, type TurnIds } from './user-turns.ts';

const choice: ModelChoice = { connection: testConnection, model_id: 'm1' };

function at(now: number): TurnIds {
  let n = 0;
  return { now, newId: () => `${now}-${++n}` };
}

describe('user turns', () => {
  it('send starts a new conversation with the chosen model, the question and a leased streaming answer', () => {
    const { conv, answerId } = sendTurn(null, 'Hello there', choice, { system_prompt: 'Be brief.' }, at(100));
    expect(conv).toMatchObject({
      id: '100-1',
      title: 'Hello there',
      system_prompt: 'Be brief.',
      model: { connection_id: 'conn-1', model_id: 'm1' },
      meta_rev: 1,
      current_leaf_id: answerId,
    });
    expect(activePath(conv).map((n) => [n.role, n.content, n.status])).toEqual([
      ['user', 'Hello there', 'complete'],
      ['assistant', '', 'streaming'],
    ]);
    expect(conv.nodes[answerId]).toMatchObject({
      model_id: 'm1',
      connection_id: 'conn-1',
      connection_name: 'Test box',
      lease_until: 100 + STREAM_LEASE_MS,
    });
  });

  it('send continues an open conversation under its current leaf, and versions its meta again', () => {
    const first = sendTurn(null, 'One', choice, {}, at(100)).conv;
    const { conv } = sendTurn(first, 'Two', choice, { system_prompt: 'ignored for an open chat' }, at(200));
    expect(conv.id).toBe(first.id);
    expect(conv.system_prompt).toBeUndefined();
    expect(conv.meta_rev).toBe(2);
    expect(activePath(conv).map((n) => n.content)).toEqual(['One', '', 'Two', '']);
  });

  it('regenerate adds a sibling answer; edit adds a sibling question with its own answer', () => {
    const first = sendTurn(null, 'Q', choice, {}, at(100));
    const again = regenerateTurn(first.conv, first.answerId, { ...choice, model_id: 'm2' }, at(200));
    expect(siblings(again.conv, again.answerId).ids).toEqual([first.answerId, again.answerId]);
    expect(again.conv.nodes[again.answerId]).toMatchObject({ model_id: 'm2', status: 'streaming' });
    expect(again.conv.meta_rev).toBe(2);

    const userId = activePath(first.conv)[0]?.id as string;
    const edited = editTurn(first.conv, userId, 'Q, better', choice, at(300));
    expect(activePath(edited.conv).map((n) => n.content)).toEqual(['Q, better', '']);
    expect(siblings(edited.conv, userId).count).toBe(2);
    expect(edited.conv.current_leaf_id).toBe(edited.answerId);
  });

  it('bumpMeta versions conversation-level fields', () => {
    expect(bumpMeta(createConversation(1, 'c')).meta_rev).toBe(1);
    expect(bumpMeta({ ...createConversation(1, 'c'), meta_rev: 4 }).meta_rev).toBe(5);
  });
});
