import { describe, expect, it } from 'vitest';
import { mergeConversations, pickNode } from './merge.ts';
import { assistantNode, conversationOf, userNode } from './testing/builders.ts';

describe('mergeConversations basics', () => {
  it('rebuilds children from both sides in creation order', () => {
    const stored = conversationOf([userNode('r'), userNode('b', { parent_id: 'r', created_at: 3 })]);
    const incoming = conversationOf([userNode('r'), userNode('a', { parent_id: 'r', created_at: 2 })]);
    const merged = mergeConversations(stored, incoming);
    expect(merged.nodes.r?.children).toEqual(['a', 'b']);
    expect(merged.root_ids).toEqual(['r']);
  });

  it('does not share node objects with its inputs', () => {
    const stored = conversationOf([userNode('r')]);
    const incoming = conversationOf([userNode('r')]);
    const merged = mergeConversations(stored, incoming);
    expect(merged.nodes.r).not.toBe(incoming.nodes.r);
    expect(merged.nodes.r?.children).not.toBe(incoming.nodes.r?.children);
  });
});

describe('pickNode', () => {
  const node = assistantNode('n', { content: 'abc', status: 'streaming', rev: 2, lease_until: 10 });

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
