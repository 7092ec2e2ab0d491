// A tab that streams writes every few hundred milliseconds; it must not undo another tab's rename,
// settings or branch choice, which are versioned by meta_rev.
import { describe, expect, it } from 'vitest';
import { mergeConversations } from './merge.ts';
import type { Conversation, MessageNode } from './types.ts';

const node = (id: string, extra: Partial<MessageNode> = {}): MessageNode => ({
  id,
  children: [],
  role: 'assistant',
  content: id,
  status: 'complete',
  created_at: 1,
  ...extra,
});

const conv = (extra: Partial<Conversation>, nodes: MessageNode[]): Conversation => ({
  schema_version: 1,
  id: 'c',
  title: 'first',
  created_at: 0,
  updated_at: 0,
  nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
  root_ids: nodes.map((n) => n.id),
  ...extra,
});

describe('merging conversation-level fields', () => {
  it('keeps the stored rename and settings when a streaming tab writes an older meta_rev', () => {
    const stored = conv(
      { title: 'Renamed in tab two', title_is_custom: true, system_prompt: 'terse', meta_rev: 3, current_leaf_id: 'a' },
      [node('a', { content: 'old' })],
    );
    const streaming = conv({ title: 'first', meta_rev: 2, current_leaf_id: 'a' }, [
      node('a', { content: 'old and new tokens', status: 'streaming', rev: 5 }),
    ]);
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
    const stored = conv({ title: 'x', system_prompt: 'terse', meta_rev: 1 }, [node('a')]);
    const writer = conv({ title: 'y', meta_rev: 2 }, [node('a')]);
    expect(mergeConversations(stored, writer)).toMatchObject({ title: 'y', meta_rev: 2 });
    expect(mergeConversations(stored, writer).system_prompt).toBeUndefined();
    const tie = conv({ title: 'z', meta_rev: 1 }, [node('a')]);
    expect(mergeConversations(stored, tie).title).toBe('z');
  });
});
