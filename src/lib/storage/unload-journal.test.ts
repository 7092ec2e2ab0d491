import 'fake-indexeddb/auto';
import { createStore, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Conversation, MessageNode } from '../conversation/types.ts';
import { getConversation, listConversationIds, putConversation } from './chats-repo.ts';
import { journalKey, replayJournal, writeJournal } from './unload-journal.ts';

let n = 0;
const fresh = () => createStore(`journal-${++n}`, 'conversations');

const node = (id: string, content: string, parent?: string, extra: Partial<MessageNode> = {}): MessageNode => ({
  id,
  ...(parent ? { parent_id: parent } : {}),
  children: [],
  role: parent ? 'assistant' : 'user',
  content,
  status: 'complete',
  created_at: parent ? 2 : 1,
  ...extra,
});

const conv = (nodes: MessageNode[]): Conversation => ({
  schema_version: 1,
  id: 'c',
  title: 't',
  created_at: 1,
  updated_at: 1,
  nodes: Object.fromEntries(nodes.map((x) => [x.id, x])),
  root_ids: ['u'],
  current_leaf_id: nodes.at(-1)?.id,
});

describe('unload journal', () => {
  it('merges a closing tab’s snapshot into the stored conversation without erasing the other tab’s nodes', async () => {
    const store = fresh();
    // another tab stored its own answer meanwhile
    await putConversation(conv([node('u', 'q'), node('other', 'from the other tab', 'u')]), store);
    // the closing tab had streamed part of its answer, not yet saved
    await writeJournal(
      [conv([node('u', 'q'), node('mine', 'Hello from the', 'u', { status: 'streaming', rev: 3 })])],
      'tab1',
      store,
    );
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
    await writeJournal([conv([node('u', 'only here')])], 'tab2', store);
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
    await writeJournal([conv([node('u', 'before open')])], 'early', store); // async fallback
    expect(store.now('readonly', () => 'sync')).toBe('sync');
    const pending = writeJournal([conv([node('u', 'at close')])], 'late', store);
    await pending;
    expect((await keys(store)).sort()).toEqual([journalKey('early', 'c'), journalKey('late', 'c')]);
    expect(await replayJournal(store, store)).toEqual(['c', 'c']);
  });
});
