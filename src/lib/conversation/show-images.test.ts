// The per-chat "Show images" setting: set and cleared like the other chat settings, kept by the
// storage migration and by the two-tab merge (it is a conversation-level field versioned by meta_rev).
import { describe, expect, it } from 'vitest';
import { createConversation, setConversationSettings } from './tree.ts';
import { migrateConversation } from './migrations.ts';
import { mergeConversations } from './merge.ts';

describe('show_images', () => {
  it('is off unless set, and a patch sets or clears it', () => {
    const conv = createConversation(1, 'c');
    expect(conv.show_images).toBeUndefined();
    const on = setConversationSettings(conv, { show_images: true }, 2);
    expect(on.show_images).toBe(true);
    expect('show_images' in setConversationSettings(on, { show_images: undefined }, 3)).toBe(false);
    expect(setConversationSettings(on, { system_prompt: 'x' }, 3).show_images).toBe(true);
  });

  it('survives the storage migration only as true', () => {
    const on = setConversationSettings(createConversation(1, 'c'), { show_images: true }, 2);
    expect(migrateConversation(on)?.show_images).toBe(true);
    expect(migrateConversation({ ...on, show_images: 'yes' })).not.toHaveProperty('show_images');
  });

  it('follows the newer settings in a two-tab merge', () => {
    const base = createConversation(1, 'c');
    const turnedOn = { ...setConversationSettings(base, { show_images: true }, 2), meta_rev: 1 };
    expect(mergeConversations(turnedOn, base).show_images).toBe(true);
    expect(mergeConversations(base, turnedOn).show_images).toBe(true);
    const turnedOff = { ...setConversationSettings(turnedOn, { show_images: undefined }, 3), meta_rev: 2 };
    expect(mergeConversations(turnedOn, turnedOff).show_images).toBeUndefined();
  });
});
