import 'fake-indexeddb/auto';
import type { QueryClient } from '@tanstack/svelte-query';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES } from '../transfer/full-backup.ts';
import { restoreFromFile, restoreMessage } from './backup-actions.ts';

const client = {} as QueryClient; // never reached on these paths

describe('restoreFromFile', () => {
  it('refuses a huge file by its size, without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const outcome = await restoreFromFile(client, { size: MAX_BACKUP_BYTES + 1, text });
    expect(outcome).toEqual({
      ok: false,
      error: expect.stringMatching(/over 200 MB are not restored\. Nothing was changed\./),
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('reports an unreadable file and a malformed one', async () => {
    expect(await restoreFromFile(client, { size: 10, text: () => Promise.reject(new Error('gone')) })).toEqual({
      ok: false,
      error: 'This file could not be read. Nothing was changed.',
    });
    const outcome = await restoreFromFile(client, { size: 5, text: async () => 'nope!' });
    expect(outcome.ok).toBe(false);
  });
});

describe('restoreMessage', () => {
  const none = {
    addedChats: 0,
    addedMessages: 0,
    keptMessages: 0,
    keptChats: 0,
    droppedKeys: [],
    comparisons: { added: 0, updated: 0, kept: 0 },
  };

  it('counts new chats, and says what was added to and left unchanged in the chats already here', () => {
    const result = { ...none, connections: 1, conversations: 3, addedChats: 1, addedMessages: 2, keptMessages: 1 };
    expect(restoreMessage({ ...result, keptChats: 1 }, false)).toBe(
      'Restored 1 connection (without API keys: stored keys were kept) and 1 new chat. 2 chats already here: ' +
        '2 messages added. Left unchanged because the file differs: 1 message and the title or settings of 1 chat.',
    );
  });

  it('names every stored key that was not kept because its connection moved', () => {
    const result = {
      ...none,
      connections: 1,
      conversations: 0,
      droppedKeys: [{ name: 'Paid', origin: 'http://evil.test' }],
    };
    expect(restoreMessage(result, false)).toBe(
      'Restored 1 connection (without API keys) and 0 new chats. The key of Paid was not kept: its address changed to http://evil.test.',
    );
  });

  it('reports comparisons like a chats import: taken, already here, and skipped with the reason', () => {
    const result = { ...none, connections: 0, conversations: 0, comparisons: { added: 1, updated: 1, kept: 1 } };
    expect(restoreMessage(result, false, ['comparisons[3].prompt must be text.'])).toBe(
      'Restored 0 connections (without API keys: stored keys were kept) and 0 new chats. Imported 2 of 4 comparisons: ' +
        '1 was already here; 1 was not valid (comparisons[3].prompt must be text). 1 comparison updated from a newer copy.',
    );
  });
});
