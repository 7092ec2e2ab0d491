import { describe, expect, it } from 'vitest';
import { mergeConversations, pickNode } from './merge.ts';
import type { Conversation, MessageNode } from './types.ts';

describe('mergeConversations basics', () => {
  const conv = (nodes: MessageNode[], extra: Partial<Conversation> = {}): Conversation => ({
    schema_version: 1,
    id: 'c',
    title: '',
    created_at: 0,
    updated_at: 0,
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    root_ids: nodes.filter((n) => n.parent_id === undefined).map((n) => n.id),
    ...extra,
  });
  const n = (
    id: string,
    parent: string | undefined,
    created: number,
    extra: Partial<MessageNode> = {},
  ): MessageNode => ({
    id,
    ...(parent !== undefined ? { parent_id: parent } : {}),
    children: [],
    role: 'user',
    content: id,
    status: 'complete',
    created_at: created,
    ...extra,
  });

  it('rebuilds children from both sides in creation order', () => {
    const stored = conv([n('r', undefined, 1, { children: ['b'] }), n('b', 'r', 3)]);
    const incoming = conv([n('r', undefined, 1, { children: ['a'] }), n('a', 'r', 2)]);
    const merged = mergeConversations(stored, incoming);
    expect(merged.nodes.r?.children).toEqual(['a', 'b']);
    expect(merged.root_ids).toEqual(['r']);
  });

  it('does not share node objects with its inputs', () => {
    const stored = conv([n('r', undefined, 1)]);
    const incoming = conv([n('r', undefined, 1)]);
    const merged = mergeConversations(stored, incoming);
    expect(merged.nodes.r).not.toBe(incoming.nodes.r);
    expect(merged.nodes.r?.children).not.toBe(incoming.nodes.r?.children);
  });
});

describe('pickNode', () => {
  const node: MessageNode = {
    id: 'n',
    children: [],
    role: 'assistant',
    content: 'abc',
    status: 'streaming',
    created_at: 1,
    rev: 2,
    lease_until: 10,
  };

  it('prefers the higher rev', () => {
    expect(pickNode({ ...node, rev: 5, content: 'a' }, node).content).toBe('a');
    expect(pickNode(node, { ...node, rev: 5, content: 'b' }).content).toBe('b');
  });

  it('on equal rev prefers a finished copy, then more text, then the writer', () => {
    expect(pickNode(node, { ...node, status: 'interrupted' }).status).toBe('interrupted');
    expect(pickNode({ ...node, status: 'complete' }, node).status).toBe('complete');
    expect(pickNode({ ...node, content: 'abcdef' }, node).content).toBe('abcdef');
    expect(pickNode({ ...node, connection_name: 'S' }, { ...node, connection_name: 'I' }).connection_name).toBe('I');
  });

  it('keeps the later lease of a streaming winner', () => {
    expect(pickNode({ ...node, lease_until: 99 }, { ...node, lease_until: 20 }).lease_until).toBe(99);
    expect(pickNode({ ...node, lease_until: 5 }, { ...node, lease_until: 20 }).lease_until).toBe(20);
  });
});
