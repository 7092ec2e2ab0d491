// Two tabs writing one conversation: the storage merge applied to real tree operations.
import { describe, expect, it } from 'vitest';
import { mergeConversations } from './merge.ts';
import {
  appendUserMessage,
  deleteMessage,
  regenerate,
  renameConversation,
  startAssistantMessage,
  updateNode,
} from './tree.ts';
import { applyEvent } from './apply-event.ts';
import { recoverConversation } from './recover.ts';
import { chatWithTurns } from './testing/builders.ts';
import type { Conversation } from './types.ts';

/** u → a, the answer streaming with a lease until 1000 */
const base = () => chatWithTurns([{ ask: 'Question', ids: ['u', 'a'], lease_until: 1000 }]);

const text = (conv: Conversation, id: string, t: string) =>
  updateNode(conv, id, (n) => applyEvent(n, { type: 'text-delta', text: t }));

describe('mergeConversations', () => {
  it('returns the incoming copy when nothing is stored', () => {
    const c = base();
    expect(mergeConversations(undefined, c)).toBe(c);
  });

  it('keeps nodes each tab added (union of nodes and children)', () => {
    const stored = regenerate(base(), 'a', { id: 'a2', now: 10 }); // tab 1 regenerated
    const incoming = appendUserMessage(
      updateNode(base(), 'a', (n) => ({ ...n, status: 'complete', content: 'x' })),
      'Follow-up',
      { id: 'u2', now: 11 },
    ); // tab 2 continued
    const merged = mergeConversations(stored, incoming);
    expect(Object.keys(merged.nodes).sort()).toEqual(['a', 'a2', 'u', 'u2']);
    expect(merged.nodes.u?.children).toEqual(['a', 'a2']);
    expect(merged.nodes.a?.children).toEqual(['u2']);
    expect(merged.current_leaf_id).toBe('u2');
  });

  it('the tab streaming into a node wins over a stale copy that recovered it as interrupted', () => {
    let owner = base();
    for (const t of ['Once', ' upon', ' a', ' time']) owner = text(owner, 'a', t);
    const staleLoaded = text(base(), 'a', 'Once');
    const recovered = recoverConversation(staleLoaded, 5000); // rev 2 vs owner rev 4
    const merged = mergeConversations(recovered, owner);
    expect(merged.nodes.a).toMatchObject({ status: 'streaming', content: 'Once upon a time' });
    // and the other way round (owner's copy stored, stale tab writes)
    expect(mergeConversations(owner, recovered).nodes.a?.content).toBe('Once upon a time');
  });

  it('a real recovery (owner gone) wins over the stored streaming copy it was made from', () => {
    const stored = text(base(), 'a', 'partial');
    const recovered = recoverConversation(stored, 5000);
    expect(mergeConversations(stored, recovered).nodes.a?.status).toBe('interrupted');
  });

  it('a stale writer that never touched the node keeps the stored newer copy', () => {
    const stale = base();
    const stored = updateNode(text(base(), 'a', 'done'), 'a', (n) =>
      applyEvent(n, { type: 'finish', reason: { unified: 'stop' } }),
    );
    const incoming = renameConversation(stale, 'Renamed', 50);
    const merged = mergeConversations(stored, incoming);
    expect(merged.nodes.a).toMatchObject({ status: 'complete', content: 'done' });
    expect(merged.title).toBe('Renamed');
  });

  it('deleted nodes stay deleted, with their subtrees, even if the other side still has them', () => {
    let stored = appendUserMessage(
      updateNode(base(), 'a', (n) => ({ ...n, status: 'complete' })),
      'more',
      { id: 'u2', now: 20 },
    );
    const incoming = deleteMessage(stored, 'a', 30);
    stored = startAssistantMessage(stored, 'u2', { id: 'a3', now: 25 }); // other tab added below the deleted node
    const merged = mergeConversations(stored, incoming);
    expect(Object.keys(merged.nodes)).toEqual(['u']);
    expect(merged.nodes.u?.children).toEqual([]);
    expect(merged.deleted_node_ids).toEqual(expect.arrayContaining(['a', 'u2', 'a3']));
    // and the stale side writing later does not bring them back
    expect(Object.keys(mergeConversations(merged, stored).nodes)).toEqual(['u']);
  });

  it('drops a current leaf that no longer exists, preferring the stored one', () => {
    const stored = deleteMessage(base(), 'a', 30);
    const merged = mergeConversations(stored, base());
    expect(merged.current_leaf_id).toBe('u');
  });

  it('takes the later updated_at and the writer’s settings', () => {
    const stored = { ...base(), updated_at: 900, system_prompt: 'old' };
    const incoming = { ...base(), updated_at: 100, system_prompt: 'new' };
    const merged = mergeConversations(stored, incoming);
    expect(merged.updated_at).toBe(900);
    expect(merged.system_prompt).toBe('new');
  });
});
