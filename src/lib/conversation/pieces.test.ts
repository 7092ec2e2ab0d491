import { describe, expect, it } from 'vitest';
import { assistantNode, conversationOf, userNode } from './testing/builders.ts';
import { mergeConversations } from './merge.ts';
import { migrateConversation } from './migrations.ts';
import {
  START_CHARS,
  PIECE_CHARS,
  SPLIT_FROM_CHARS,
  joinText,
  joinedNode,
  splitConversation,
  splitNode,
  textLength,
} from './pieces.ts';

/** A text whose every character says where it is, so a wrong cut cannot join back equal. */
const text = (n: number): string => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

describe('pieces', () => {
  it('leaves texts under the threshold whole', () => {
    const node = assistantNode('a', { content: text(SPLIT_FROM_CHARS - 1) });
    expect(splitNode('c', node)).toEqual({ node, pieces: [] });
  });

  it('cuts a long text into whole pieces and a tail that join back to it', () => {
    const whole = text(SPLIT_FROM_CHARS + 1234);
    const { node, pieces } = splitNode('c', assistantNode('a', { content: whole }));
    expect(pieces.map((p) => [p.convId, p.nodeId, p.index, p.text.length])).toEqual([
      ['c', 'a', 0, PIECE_CHARS],
      ['c', 'a', 1, PIECE_CHARS],
    ]);
    expect(node.pieces).toEqual({
      count: 2,
      size: PIECE_CHARS,
      chars: 2 * PIECE_CHARS,
      start: whole.slice(0, START_CHARS),
    });
    expect(node.content).toHaveLength(1234);
    expect(textLength(node)).toBe(whole.length);
    expect(
      joinText(
        node,
        pieces.map((p) => p.text),
      ),
    ).toBe(whole);
  });

  it('adds only new pieces as a text grows, numbered after the stored ones, with the size they were cut at', () => {
    const size = 10;
    const first = splitNode('c', assistantNode('a', { content: text(SPLIT_FROM_CHARS) }), size);
    const count = first.node.pieces?.count ?? 0;
    expect(first.node.content.length).toBeLessThan(size);
    const grown = splitNode('c', { ...first.node, content: text(9) }, 999);
    expect(grown.pieces).toEqual([]); // under one piece of the size it was cut at
    const more = splitNode('c', { ...first.node, content: text(25) }, 999);
    expect(more.pieces.map((p) => p.index)).toEqual([count, count + 1]);
    expect(more.node).toMatchObject({ content: text(25).slice(20), pieces: { count: count + 2, size } });
  });

  it('splits every long node of a conversation and keeps the others as they are', () => {
    const conv = conversationOf([
      userNode('u'),
      assistantNode('a', { parent_id: 'u', content: text(SPLIT_FROM_CHARS) }),
    ]);
    const { conv: split, pieces } = splitConversation(conv);
    expect(split.nodes.u).toBe(conv.nodes.u);
    expect(split.nodes.a?.pieces?.count).toBe(2);
    expect(pieces).toHaveLength(2);
    expect(splitConversation(split).conv).toBe(split);
  });

  it('ends each piece at its last line end, so no line is cut in two, and still joins back', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `line ${i}: ${'x'.repeat(i % 50)}\n`).join('');
    const { node, pieces } = splitNode('c', assistantNode('a', { content: lines }));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.text.endsWith('\n')).toBe(true);
      expect(p.text.length).toBeLessThanOrEqual(PIECE_CHARS);
    }
    expect(node.pieces?.chars).toBe(pieces.reduce((n, p) => n + p.text.length, 0));
    expect(textLength(node)).toBe(lines.length);
    expect(
      joinText(
        node,
        pieces.map((p) => p.text),
      ),
    ).toBe(lines);
    // cut the same however the text arrived: in one go or as it grew
    const grown = splitNode('c', { ...splitNode('c', assistantNode('a', { content: lines.slice(0, 600_000) })).node });
    const rest = splitNode('c', { ...grown.node, content: grown.node.content + lines.slice(600_000) });
    expect(rest.node.pieces).toEqual(node.pieces);
  });

  it('joins a node back into one string without its pieces field', () => {
    const { node, pieces } = splitNode('c', assistantNode('a', { content: text(SPLIT_FROM_CHARS + 5) }));
    const joined = joinedNode(
      node,
      pieces.map((p) => p.text),
    );
    expect(joined.pieces).toBeUndefined();
    expect(joined.content).toBe(text(SPLIT_FROM_CHARS + 5));
    expect(() => joinText(node, ['only one'])).toThrow(/Expected 2 pieces/);
  });

  it('survives a migration; a malformed pieces field is dropped', () => {
    const { node } = splitNode('c', assistantNode('a', { content: text(SPLIT_FROM_CHARS) }));
    const conv = conversationOf([node, assistantNode('b', { pieces: { count: -1, size: 0, chars: 0 } })]);
    const migrated = migrateConversation(structuredClone(conv));
    expect(migrated?.nodes.a?.pieces).toMatchObject({ count: 2, size: PIECE_CHARS, chars: 2 * PIECE_CHARS });
    expect(migrated?.nodes.b && 'pieces' in migrated.nodes.b).toBe(false);
  });

  it('merges by the whole length: a pieced copy is not beaten by a longer tail of the same rev', () => {
    const { node } = splitNode('c', assistantNode('a', { content: text(SPLIT_FROM_CHARS + 3), rev: 4 }));
    const shorter = assistantNode('a', { content: text(100), rev: 4 });
    const merged = mergeConversations(conversationOf([node]), conversationOf([shorter]));
    expect(merged.nodes.a?.pieces?.count).toBe(2);
  });
});
