import 'fake-indexeddb/auto';
import { createStore, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import type { MessageNode } from '../conversation/types.ts';
import { getConversation, listConversationIds, putConversation } from './chats-repo.ts';
import { journalKey, replayJournal, writeJournal } from './unload-journal.ts';

let n = 0;
const fresh = () => createStore(`journal-${++n}`, 'conversations');

/** Conversation 'c': the question `u`, and the given answers under it. */
const conv = (question: string, ...answers: MessageNode[]) =>
  conversationOf([userNode('u', { content: question }), ...answers]);
const answer = (id: string, content: string, fields: Partial<MessageNode> = {}) =>
  assistantNode(id, { parent_id: 'u', content, created_at: 2, ...fields });

describe('unload journal', () => {
  it('merges a closing tab’s snapshot into the stored conversation without erasing the other tab’s nodes', async () => {
    const store = fresh();
    // another tab stored its own answer meanwhile
    await putConversation(conv('q', answer('other', 'from the other tab')), store);
    // the closing tab had streamed part of its answer, not yet saved
    await writeJournal([conv('q', answer('mine', 'Hello from the', { status: 'streaming', rev: 3 }))], 'tab1', store);
    expect(await listConversationIds(store)).toEqual(['c']);

    expect(await replayJournal(store, store)).toEqual(['c']);
    const stored = await getConversation('c', store);
    expect(
      Object.values(stored?.nodes ?? {})
        .map((x) => x.content)
        .sort(),
    ).toEqual(['Hello from the', 'from the other tab', 'q']);
    expect(await keys(store)).toEqual(['chat:c', 'summary:c']);
  });

  it('creates a conversation that was never saved, and drops unreadable entries', async () => {
    const store = fresh();
    await writeJournal([conv('only here')], 'tab2', store);
    await set(journalKey('tab3', 'x'), 'garbage', store);
    expect(await replayJournal(store, store)).toEqual(['c']);
    expect((await getConversation('c', store))?.nodes['u']?.content).toBe('only here');
    expect(await keys(store)).toEqual(['chat:c', 'summary:c']);
    expect(await replayJournal(store, store)).toEqual([]);
  });

  it('writes nothing for nothing', async () => {
    const store = fresh();
    await writeJournal([], 'tab', store);
    expect(await keys(store)).toEqual([]);
  });
});

describe('synchronous journal writes', () => {
  it('puts before returning once the store is open, and falls back to an async write before', async () => {
    const { createStore: openStore } = await import('./open-store.ts');
    const name = `journal-sync-${++n}`;
    const store = openStore(name, 'conversations');
    let ran = false;
    expect(store.now('readonly', () => (ran = true))).toBeUndefined();
    expect(ran).toBe(false);
    await writeJournal([conv('before open')], 'early', store); // async fallback
    expect(store.now('readonly', () => 'sync')).toBe('sync');
    const pending = writeJournal([conv('at close')], 'late', store);
    await pending;
    expect((await keys(store)).sort()).toEqual([journalKey('early', 'c'), journalKey('late', 'c')]);
    expect(await replayJournal(store, store)).toEqual(['c', 'c']);
  });
});
