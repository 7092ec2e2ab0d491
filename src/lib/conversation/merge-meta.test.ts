// A tab that streams writes every few hundred milliseconds; it must not undo another tab's rename,
// settings or branch choice, which are versioned by meta_rev.
import { describe, expect, it } from 'vitest';
import { mergeConversations } from './merge.ts';
import { assistantNode, conversationOf } from './testing/builders.ts';

describe('merging conversation-level fields', () => {
  it('keeps the stored rename and settings when a streaming tab writes an older meta_rev', () => {
    const stored = conversationOf([assistantNode('a', { content: 'old' })], {
      title: 'Renamed in tab two',
      title_is_custom: true,
      system_prompt: 'terse',
      meta_rev: 3,
    });
    const streaming = conversationOf(
      [assistantNode('a', { content: 'old and new tokens', status: 'streaming', rev: 5 })],
      { title: 'first', meta_rev: 2 },
    );
    const merged = mergeConversations(stored, streaming);
    expect(merged).toMatchObject({
      title: 'Renamed in tab two',
      title_is_custom: true,
      system_prompt: 'terse',
      meta_rev: 3,
    });
    expect(merged.nodes.a?.content).toBe('old and new tokens');
  });

  it("takes the writer's fields when its meta_rev is newer or equal, clearing fields it removed", () => {
    const stored = conversationOf([assistantNode('a')], { title: 'x', system_prompt: 'terse', meta_rev: 1 });
    const writer = conversationOf([assistantNode('a')], { title: 'y', meta_rev: 2 });
    expect(mergeConversations(stored, writer)).toMatchObject({ title: 'y', meta_rev: 2 });
    expect(mergeConversations(stored, writer).system_prompt).toBeUndefined();
    const tie = conversationOf([assistantNode('a')], { title: 'z', meta_rev: 1 });
    expect(mergeConversations(stored, tie).title).toBe('z');
  });
});
