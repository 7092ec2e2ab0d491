// Folders: a conversation-level field, versioned with the title by meta_rev; a folder's chats list after the pinned ones.
import { describe, expect, it } from 'vitest';
import { cleanFolderName, folderNames, isFolderName, setFolder } from './folder.ts';
import { mergeConversations } from './merge.ts';
import { migrateConversation } from './migrations.ts';
import { checkConversation } from './record.ts';
import { listOrder, sameSummary, summarise } from './summarise.ts';
import { assistantNode, conversationOf } from './testing/builders.ts';
import type { ConversationSummary } from './types.ts';

describe('folder names', () => {
  it('are one trimmed line, capped, and nothing when blank', () => {
    expect(cleanFolderName('  Work \n stuff ')).toBe('Work stuff');
    expect(cleanFolderName('   ')).toBeUndefined();
    expect(Array.from(cleanFolderName('x'.repeat(500)) ?? '')).toHaveLength(60);
    expect(isFolderName('Work')).toBe(true);
    expect([' Work', '', 3, null, 'a\nb'].some(isFolderName)).toBe(false);
  });

  it('are listed once each, by name', () => {
    expect(folderNames([{ folder: 'work' }, {}, { folder: 'Home' }, { folder: 'work' }])).toEqual(['Home', 'work']);
  });
});

describe('setFolder', () => {
  it('moves a chat in and out without touching updated_at', () => {
    const conv = conversationOf([assistantNode('a')], { updated_at: 5 });
    const moved = setFolder(conv, 'Work');
    expect(moved).toMatchObject({ folder: 'Work', updated_at: 5 });
    expect('folder' in setFolder(moved, undefined)).toBe(false);
    expect(setFolder(moved, 'Work')).toBe(moved);
  });
});

describe('merging a folder', () => {
  it('keeps the move with the newer meta_rev, whichever tab writes last', () => {
    const stored = conversationOf([assistantNode('a')], { folder: 'Work', meta_rev: 4 });
    const streaming = conversationOf([assistantNode('a', { content: 'more', rev: 3 })], { meta_rev: 3 });
    expect(mergeConversations(stored, streaming).folder).toBe('Work');
    const movedOut = conversationOf([assistantNode('a')], { meta_rev: 5 });
    expect(mergeConversations(stored, movedOut).folder).toBeUndefined();
    const otherFolder = conversationOf([assistantNode('a')], { folder: 'Home', meta_rev: 5 });
    expect(mergeConversations(stored, otherFolder).folder).toBe('Home');
  });
});

describe('reading a folder', () => {
  it('is kept from a stored record or a file, and dropped when it is not a folder name', () => {
    const raw = conversationOf([assistantNode('a')], { folder: 'Work' });
    expect(migrateConversation(raw)?.folder).toBe('Work');
    expect(migrateConversation({ ...raw, folder: 7 })).not.toHaveProperty('folder');
    expect(migrateConversation({ ...raw, folder: '  ' })).not.toHaveProperty('folder');
    const read = checkConversation(raw, 'conversations[0]');
    expect(read.ok && read.value.folder).toBe('Work');
  });
});

describe('the list', () => {
  it('summarises the folder, and a changed folder is a changed summary', () => {
    const conv = conversationOf([assistantNode('a')], { folder: 'Work' });
    expect(summarise(conv).folder).toBe('Work');
    expect(sameSummary(summarise(conv), summarise(setFolder(conv, 'Home')))).toBe(false);
  });

  it('lists pinned chats, then each folder by name, then the rest; each newest first', () => {
    const row = (id: string, updated_at: number, more: Partial<ConversationSummary> = {}): ConversationSummary => ({
      id,
      title: id,
      created_at: 0,
      updated_at,
      message_count: 0,
      ...more,
    });
    const rows = [
      row('new', 9),
      row('work-old', 1, { folder: 'work' }),
      row('home', 2, { folder: 'Home' }),
      row('pinned-in-work', 0, { folder: 'work', pinned: true }),
      row('work-new', 8, { folder: 'work' }),
      row('mid', 5),
    ];
    expect(rows.sort(listOrder).map((r) => r.id)).toEqual([
      'pinned-in-work',
      'home',
      'work-new',
      'work-old',
      'new',
      'mid',
    ]);
  });
});
