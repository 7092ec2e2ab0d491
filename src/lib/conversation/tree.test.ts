import { describe, expect, it } from 'vitest';
import { activePath, resolveLeafId, siblings, switchBranch, toChatMessages } from './branches.ts';
import {
  appendUserMessage,
  createConversation,
  deleteMessage,
  editUserMessage,
  regenerate,
  renameConversation,
  setConversationSettings,
  startAssistantMessage,
  updateNode,
} from './tree.ts';
import { chatWithTurns } from './testing/builders.ts';
import type { Conversation, MessageNode } from './types.ts';

function finish(conv: Conversation, id: string, content: string): Conversation {
  return updateNode(conv, id, (n) => ({ ...n, content, status: 'complete' }));
}

/** u1 → a1 (complete) → u2 → a2 (complete), created at 1000, one node per millisecond after */
const twoTurns = () =>
  chatWithTurns(
    [
      { ask: 'Hello there', model_id: 'm1', connection_id: 'k1', answer: 'Hi!' },
      { ask: 'How are you?', answer: 'Fine.' },
    ],
    { id: 'c1', now: 1000 },
  );

const ids = (path: MessageNode[]) => path.map((n) => n.id);

describe('building a conversation', () => {
  it('creates an empty, versioned conversation', () => {
    const c = createConversation(5, 'x', { system_prompt: 'Be brief.' });
    expect(c).toMatchObject({ schema_version: 1, id: 'x', title: '', created_at: 5, updated_at: 5, root_ids: [] });
    expect(c.system_prompt).toBe('Be brief.');
    expect(activePath(c)).toEqual([]);
    expect(resolveLeafId(c)).toBeUndefined();
  });

  it('appends user and assistant messages along one path and links parents', () => {
    const c = twoTurns();
    expect(ids(activePath(c))).toEqual(['u1', 'a1', 'u2', 'a2']);
    expect(c.root_ids).toEqual(['u1']);
    expect(c.nodes.a1).toMatchObject({ parent_id: 'u1', children: ['u2'], model_id: 'm1', connection_id: 'k1' });
    expect(c.current_leaf_id).toBe('a2');
    expect(c.updated_at).toBe(1004);
  });

  it('starts assistant messages empty and streaming, only under user messages', () => {
    let c = appendUserMessage(createConversation(0, 'c'), 'q', { id: 'u', now: 1 });
    c = startAssistantMessage(c, 'u', { id: 'a', now: 2, lease_until: 99 });
    expect(c.nodes.a).toMatchObject({ role: 'assistant', content: '', status: 'streaming', lease_until: 99 });
    expect(() => startAssistantMessage(c, 'a', { id: 'b', now: 3 })).toThrow(/not a user message/);
    expect(() => startAssistantMessage(c, 'nope', { id: 'b', now: 3 })).toThrow(/No message nope/);
    expect(() => appendUserMessage(c, 'again', { id: 'u', now: 4 })).toThrow(/already used/);
  });

  it('never mutates its input', () => {
    const c = twoTurns();
    const frozen = JSON.stringify(c);
    regenerate(c, 'a2', { id: 'a2b', now: 2000 });
    editUserMessage(c, 'u1', 'Edited', { id: 'u1b', now: 2001 });
    deleteMessage(c, 'u2', 2002);
    switchBranch(c, 'a2', 'prev');
    renameConversation(c, 'Mine', 2003);
    updateNode(c, 'a1', (n) => ({ ...n, content: 'x' }));
    expect(JSON.stringify(c)).toBe(frozen);
  });
});

describe('titles', () => {
  it('takes the title from the first user message, single line and at most 60 chars', () => {
    let c = appendUserMessage(createConversation(0, 'c'), '  Explain\n\n  quantum   tunnelling  ', { id: 'u', now: 1 });
    expect(c.title).toBe('Explain quantum tunnelling');
    const long = 'word '.repeat(40);
    c = appendUserMessage(createConversation(0, 'd'), long, { id: 'u', now: 1 });
    expect(c.title.length).toBeLessThanOrEqual(60);
    expect(c.title.endsWith('…')).toBe(true);
    expect(c.title).not.toMatch(/\s…$/);
  });

  it('keeps the first message title as the chat continues, and follows an edit of it', () => {
    let c = twoTurns();
    expect(c.title).toBe('Hello there');
    c = editUserMessage(c, 'u1', 'Goodbye', { id: 'u1b', now: 2000 });
    expect(c.title).toBe('Goodbye');
  });

  it('keeps a custom title, and goes back to automatic when renamed to blank', () => {
    let c = renameConversation(twoTurns(), '  My\nchat ', 3000);
    expect(c).toMatchObject({ title: 'My chat', title_is_custom: true, updated_at: 3000 });
    c = editUserMessage(c, 'u1', 'Other', { id: 'u1b', now: 3001 });
    expect(c.title).toBe('My chat');
    c = renameConversation(c, '   ', 3002);
    expect(c.title).toBe('Other');
    expect(c.title_is_custom).toBeUndefined();
  });
});

describe('branches', () => {
  it('regenerate adds a sibling answer, keeping the old one, with the old model by default', () => {
    const c = regenerate(twoTurns(), 'a1', { id: 'a1b', now: 2000 });
    expect(c.nodes.u1?.children).toEqual(['a1', 'a1b']);
    expect(c.nodes.a1?.content).toBe('Hi!');
    expect(c.nodes.a1b).toMatchObject({ status: 'streaming', content: '', model_id: 'm1', connection_id: 'k1' });
    expect(ids(activePath(c))).toEqual(['u1', 'a1b']);
    expect(siblings(c, 'a1b')).toEqual({ index: 1, count: 2, ids: ['a1', 'a1b'] });
    const other = regenerate(twoTurns(), 'a1', { id: 'a1c', now: 2000, model_id: 'm2' });
    expect(other.nodes.a1c?.model_id).toBe('m2');
    expect(() => regenerate(c, 'u1', { id: 'z', now: 1 })).toThrow(/not an assistant/);
  });

  it('editing a user message adds a sibling and keeps the old branch', () => {
    const c = editUserMessage(twoTurns(), 'u2', 'How old are you?', { id: 'u2b', now: 2000 });
    expect(c.nodes.a1?.children).toEqual(['u2', 'u2b']);
    expect(c.nodes.u2?.content).toBe('How are you?');
    expect(c.nodes.a2?.content).toBe('Fine.');
    expect(ids(activePath(c))).toEqual(['u1', 'a1', 'u2b']);
  });

  it('editing the first message adds a second root', () => {
    const c = editUserMessage(twoTurns(), 'u1', 'Hey', { id: 'r2', now: 2000 });
    expect(c.root_ids).toEqual(['u1', 'r2']);
    expect(c.nodes.r2?.parent_id).toBeUndefined();
    expect(siblings(c, 'u1')).toEqual({ index: 0, count: 2, ids: ['u1', 'r2'] });
  });

  it('switches between siblings and lands on the most recent leaf of the branch', () => {
    let c = twoTurns();
    c = regenerate(c, 'a1', { id: 'a1b', now: 2000 });
    c = finish(c, 'a1b', 'Hello!');
    c = switchBranch(c, 'a1b', 'prev');
    expect(c.current_leaf_id).toBe('a2');
    expect(ids(activePath(c))).toEqual(['u1', 'a1', 'u2', 'a2']);
    // a second answer deeper in the old branch is newer than a2
    c = regenerate(c, 'a2', { id: 'a2b', now: 2100 });
    c = switchBranch(c, 'a1', 'next');
    expect(c.current_leaf_id).toBe('a1b');
    c = switchBranch(c, 'a1b', 'prev');
    expect(c.current_leaf_id).toBe('a2b');
  });

  it('does nothing at either end and accepts a target id', () => {
    let c = regenerate(twoTurns(), 'a1', { id: 'a1b', now: 2000 });
    expect(switchBranch(c, 'a1b', 'next')).toBe(c);
    expect(switchBranch(c, 'a1', 'prev')).toBe(c);
    c = switchBranch(c, 'a1b', 'u2');
    expect(c.current_leaf_id).toBe('a2');
  });

  it('switching is a view change: updated_at stays', () => {
    const c = regenerate(twoTurns(), 'a1', { id: 'a1b', now: 2000 });
    expect(switchBranch(c, 'a1b', 'prev').updated_at).toBe(2000);
  });
});

describe('deleteMessage', () => {
  it('removes the node and its descendants and records them', () => {
    const c = deleteMessage(twoTurns(), 'u2', 3000);
    expect(Object.keys(c.nodes).sort()).toEqual(['a1', 'u1']);
    expect(c.nodes.a1?.children).toEqual([]);
    expect(c.deleted_node_ids?.sort()).toEqual(['a2', 'u2']);
    expect(c.current_leaf_id).toBe('a1');
    expect(c.updated_at).toBe(3000);
  });

  it('moves the current leaf to a remaining sibling branch first', () => {
    let c = regenerate(twoTurns(), 'a2', { id: 'a2b', now: 2000 });
    c = finish(c, 'a2b', 'Great.');
    c = deleteMessage(c, 'a2b', 3000);
    expect(c.current_leaf_id).toBe('a2');
    expect(c.nodes.u2?.children).toEqual(['a2']);
    c = regenerate(c, 'a2', { id: 'a2c', now: 3100 });
    c = switchBranch(c, 'a2c', 'prev');
    c = deleteMessage(c, 'a2', 3200);
    expect(c.current_leaf_id).toBe('a2c');
  });

  it('keeps the current leaf when it is elsewhere', () => {
    let c = regenerate(twoTurns(), 'a2', { id: 'a2b', now: 2000 });
    c = deleteMessage(c, 'a2', 3000);
    expect(c.current_leaf_id).toBe('a2b');
  });

  it('deletes a root, then everything, and retitles', () => {
    let c = editUserMessage(twoTurns(), 'u1', 'Second try', { id: 'r2', now: 2000 });
    c = deleteMessage(c, 'r2', 3000);
    expect(c.root_ids).toEqual(['u1']);
    expect(c.current_leaf_id).toBe('a2');
    expect(c.title).toBe('Hello there');
    c = deleteMessage(c, 'u1', 3001);
    expect(c.nodes).toEqual({});
    expect(c.root_ids).toEqual([]);
    expect(c.current_leaf_id).toBeUndefined();
    expect(c.title).toBe('');
  });
});

describe('toChatMessages', () => {
  it('sends the system prompt first and the current branch only', () => {
    let c = setConversationSettings(twoTurns(), { system_prompt: 'Be kind.' }, 5);
    c = regenerate(c, 'a1', { id: 'a1b', now: 2000 });
    c = finish(c, 'a1b', 'Yo');
    expect(toChatMessages(c)).toEqual([
      { role: 'system', content: 'Be kind.' },
      { role: 'user', content: 'Hello there' },
      { role: 'assistant', content: 'Yo' },
    ]);
  });

  it('skips a blank system prompt, streaming answers and empty failed answers; keeps partial text', () => {
    let c = setConversationSettings(twoTurns(), { system_prompt: '   ' }, 5);
    c = appendUserMessage(c, 'Next', { id: 'u3', now: 3000 });
    c = startAssistantMessage(c, 'u3', { id: 'a3', now: 3001 });
    expect(toChatMessages(c).map((m) => m.content)).toEqual(['Hello there', 'Hi!', 'How are you?', 'Fine.', 'Next']);
    const failedEmpty = updateNode(c, 'a3', (n) => ({ ...n, status: 'error' }));
    expect(toChatMessages(failedEmpty).at(-1)).toEqual({ role: 'user', content: 'Next' });
    for (const status of ['error', 'aborted', 'interrupted'] as const) {
      const partial = updateNode(c, 'a3', (n) => ({ ...n, status, content: 'Half an ans' }));
      expect(toChatMessages(partial).at(-1)).toEqual({ role: 'assistant', content: 'Half an ans' });
    }
  });

  it('does not send reasoning back', () => {
    const c = updateNode(twoTurns(), 'a2', (n) => ({ ...n, reasoning: 'secret thoughts' }));
    expect(JSON.stringify(toChatMessages(c))).not.toContain('secret');
  });
});

describe('updateNode and settings', () => {
  it('bumps the node rev once per change and leaves unchanged conversations alone', () => {
    const c = twoTurns();
    const before = c.nodes.a2?.rev ?? 0;
    const next = updateNode(c, 'a2', (n) => ({ ...n, content: 'More' }), 4000);
    expect(next.nodes.a2?.rev).toBe(before + 1);
    expect(next.updated_at).toBe(4000);
    expect(updateNode(c, 'a2', (n) => n)).toBe(c);
  });

  it('sets and clears chat settings', () => {
    let c = setConversationSettings(
      createConversation(0, 'c'),
      { params: { temperature: 0.2 }, model: { connection_id: 'k', model_id: 'm' } },
      1,
    );
    expect(c.params).toEqual({ temperature: 0.2 });
    c = setConversationSettings(c, { params: undefined }, 2);
    expect('params' in c).toBe(false);
    expect(c.model).toEqual({ connection_id: 'k', model_id: 'm' });
  });
});

describe('resolveLeafId', () => {
  it('falls back to the newest leaf of the newest root when the current leaf is stale', () => {
    const c = { ...editUserMessage(twoTurns(), 'u1', 'Hey', { id: 'r2', now: 2000 }), current_leaf_id: 'gone' };
    expect(resolveLeafId(c)).toBe('r2');
  });

  it('survives a parent cycle in corrupt data', () => {
    const c = twoTurns();
    const looped: Conversation = {
      ...c,
      nodes: { ...c.nodes, u1: { ...(c.nodes.u1 as MessageNode), parent_id: 'a2' } },
    };
    expect(activePath(looped).length).toBe(4);
  });
});

describe('regenerate inheritance', () => {
  it('an explicitly undefined model still inherits the old answer’s', () => {
    const c = regenerate(twoTurns(), 'a1', { id: 'a1b', now: 2000, model_id: undefined, connection_id: 'k2' });
    expect(c.nodes.a1b).toMatchObject({ model_id: 'm1', connection_id: 'k2' });
  });
});
