import { describe, expect, it } from 'vitest';
import { activePath } from './branches.ts';
import { mergeConversations } from './merge.ts';
import { deletedBetween, restoreMessages } from './restore-messages.ts';
import { assistantNode, conversationOf, userNode } from './testing/builders.ts';
import { deleteMessage, withAutoTitle } from './tree.ts';
import type { Conversation } from './types.ts';

/** q → (a1 | a2 → f → fa), shown along a2; a2 is newer than a1. */
const chat: Conversation = withAutoTitle(
  conversationOf([
    userNode('q', { content: 'Question', created_at: 1 }),
    assistantNode('a1', { parent_id: 'q', content: 'First', created_at: 2 }),
    assistantNode('a2', { parent_id: 'q', content: 'Second', created_at: 3 }),
    userNode('f', { parent_id: 'a2', content: 'Follow-up', created_at: 4 }),
    assistantNode('fa', { parent_id: 'f', content: 'Follow-up answer', created_at: 5 }),
  ]),
);

let n = 0;
const newId = () => `new-${++n}`;
const texts = (conv: Conversation) => activePath(conv).map((node) => node.content);
const undo = (conv: Conversation, id: string) => {
  const after = deleteMessage(conv, id, 10);
  return { after, restored: restoreMessages(after, deletedBetween(conv, after, id), newId, 11) };
};

describe('restoreMessages', () => {
  it('puts a deleted subtree back, on the branch that was shown, with its title', () => {
    const { after, restored } = undo(chat, 'q');
    expect(after.title).toBe('');
    expect(texts(restored)).toEqual(['Question', 'Second', 'Follow-up', 'Follow-up answer']);
    expect(restored.title).toBe(chat.title);
    const root = restored.nodes[restored.root_ids[0] as string];
    expect(root?.children.map((id) => restored.nodes[id]?.content)).toEqual(['First', 'Second']);
  });

  it('uses fresh ids, so a merge with a copy that has the deletion keeps the restored messages', () => {
    const { after, restored } = undo(chat, 'a2');
    expect(Object.keys(restored.nodes).filter((id) => id in chat.nodes)).toEqual(['q', 'a1']);
    expect(texts(mergeConversations(after, restored))).toEqual(['Question', 'Second', 'Follow-up', 'Follow-up answer']);
  });

  it('puts a deleted first version back before the second', () => {
    const { restored } = undo({ ...chat, current_leaf_id: 'a1' }, 'a1');
    const q = restored.nodes['q'];
    expect(q?.children.map((id) => restored.nodes[id]?.content)).toEqual(['First', 'Second']);
    expect(texts(restored)).toEqual(['Question', 'First']);
  });

  it('brings a streaming answer back stopped, without its lease', () => {
    const streaming = conversationOf([
      userNode('q'),
      assistantNode('a', { parent_id: 'q', status: 'streaming', lease_until: 99, lease_owner: 't' }),
    ]);
    const { restored } = undo(streaming, 'a');
    const back = activePath(restored).at(-1);
    expect(back).toMatchObject({ status: 'aborted', content: 'a' });
    expect(back?.lease_until).toBeUndefined();
    expect(back?.lease_owner).toBeUndefined();
  });

  it('changes nothing when the parent is gone meanwhile, or for another conversation', () => {
    const after = deleteMessage(chat, 'f', 10);
    const deleted = deletedBetween(chat, after, 'f');
    const parentGone = deleteMessage(after, 'a2', 12);
    expect(restoreMessages(parentGone, deleted, newId, 13)).toBe(parentGone);
    expect(restoreMessages({ ...after, id: 'other' }, deleted, newId, 13).id).toBe('other');
    expect(restoreMessages({ ...after, id: 'other' }, deleted, newId, 13).nodes).toBe(after.nodes);
  });
});
