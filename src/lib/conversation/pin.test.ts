// Pinning: a conversation-level field, versioned with the title by meta_rev; pinned chats list first.
import { describe, expect, it } from 'vitest';
import { mergeConversations } from './merge.ts';
import { migrateConversation } from './migrations.ts';
import { checkConversation } from './record.ts';
import { setPinned } from './pin.ts';
import { listOrder, sameSummary, summarise } from './summarise.ts';
import { assistantNode, conversationOf } from './testing/builders.ts';
import type { ConversationSummary } from './types.ts';

describe('setPinned', () => {
  it('pins and unpins without touching updated_at (a pin does not make a chat newer)', () => {
    const conv = conversationOf([assistantNode('a')], { updated_at: 5 });
    const pinned = setPinned(conv, true);
    expect(pinned).toMatchObject({ pinned: true, updated_at: 5 });
    expect('pinned' in setPinned(pinned, false)).toBe(false);
    expect(setPinned(conv, false)).toBe(conv);
  });
});

describe('merging a pin', () => {
  it('keeps the newer pin when a streaming tab writes an older meta_rev, and an unpin likewise', () => {
    const stored = conversationOf([assistantNode('a')], { pinned: true, meta_rev: 4 });
    const streaming = conversationOf([assistantNode('a', { content: 'more', rev: 3 })], { meta_rev: 3 });
    expect(mergeConversations(stored, streaming).pinned).toBe(true);
    const unpinned = conversationOf([assistantNode('a')], { meta_rev: 5 });
    expect(mergeConversations(stored, unpinned).pinned).toBeUndefined();
    const olderPin = conversationOf([assistantNode('a')], { pinned: true, meta_rev: 2 });
    expect(mergeConversations(conversationOf([assistantNode('a')], { meta_rev: 3 }), olderPin).pinned).toBeUndefined();
  });
});

describe('reading a pin', () => {
  it('is kept from a stored record or a file, and dropped when it is not true', () => {
    const raw = conversationOf([assistantNode('a')], { pinned: true });
    expect(migrateConversation(raw)?.pinned).toBe(true);
    expect(migrateConversation({ ...raw, pinned: 'yes' })).not.toHaveProperty('pinned');
    const read = checkConversation(raw, 'conversations[0]');
    expect(read.ok && read.value.pinned).toBe(true);
  });
});

describe('the list', () => {
  it('summarises the pin, and a changed pin is a changed summary', () => {
    const conv = conversationOf([assistantNode('a')], { pinned: true });
    expect(summarise(conv).pinned).toBe(true);
    expect(summarise(conversationOf([assistantNode('a')]))).not.toHaveProperty('pinned');
    expect(sameSummary(summarise(conv), summarise({ ...conv, pinned: undefined }))).toBe(false);
  });

  it('lists pinned chats first, each group newest first', () => {
    const row = (id: string, updated_at: number, pinned?: boolean): ConversationSummary => ({
      id,
      title: id,
      created_at: 0,
      updated_at,
      message_count: 0,
      ...(pinned ? { pinned } : {}),
    });
    const rows = [row('new', 9), row('old-pin', 1, true), row('mid', 5), row('new-pin', 7, true)];
    expect(rows.sort(listOrder).map((r) => r.id)).toEqual(['new-pin', 'old-pin', 'new', 'mid']);
  });
});
