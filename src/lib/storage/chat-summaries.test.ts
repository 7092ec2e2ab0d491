import 'fake-indexeddb/auto';
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { SUMMARY_VERSION, summarise, summaryKey } from './chat-summaries.ts';
import {
  chatKey,
  deleteConversation,
  getAllConversations,
  getConversation,
  listConversations,
  putConversation,
  searchConversations,
} from './chats-repo.ts';
import {
  assistantNode,
  fromNewerSchema,
  linearConversation,
  storedV0Chat,
  userNode,
  withNode,
} from '../conversation/testing/builders.ts';
import type { Conversation } from '../conversation/types.ts';

function dbName(): string {
  return `summaries-test-${Math.random().toString(36).slice(2)}`;
}

function freshStore(): UseStore {
  return createStore(dbName(), 'conversations');
}

/** A store that records every key or key range the code reads through it. */
function spyStore(inner: UseStore): { store: UseStore; reads: string[] } {
  const reads: string[] = [];
  const describe = (query: unknown) =>
    query instanceof IDBKeyRange
      ? `range ${String(query.lower)}..${String(query.upper)}`
      : query === undefined
        ? 'everything'
        : String(query);
  const store: UseStore = (mode, callback) =>
    inner(mode, (os) => {
      const proxy = new Proxy(os, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target) as unknown;
          if (typeof value !== 'function') return value;
          if (['get', 'getAll', 'openCursor', 'getAllKeys', 'getKey', 'openKeyCursor'].includes(String(prop))) {
            return (...args: unknown[]) => {
              reads.push(`${String(prop)} ${describe(args[0])}`);
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          return (value as (...a: unknown[]) => unknown).bind(target);
        },
      });
      return callback(proxy);
    });
  return { store, reads };
}

/** A single-branch chat of `texts`, updated at `updated` and created 100 ms before. */
const conv = (id: string, updated: number, texts: string[], title = `Chat ${id}`): Conversation =>
  linearConversation(id, texts, { title, created_at: updated - 100, updated_at: updated });

describe('chat summaries', () => {
  it('are written with the chat, in the same store, and say what the chat says', async () => {
    const store = freshStore();
    const stored = await putConversation(conv('a', 1000, ['hi', 'hello there']), store);
    expect(await get(summaryKey('a'), store)).toEqual({
      ...summarise(stored),
      summary_version: SUMMARY_VERSION,
      chat_schema_version: 1,
    });
    expect(await listConversations(store)).toEqual([
      { id: 'a', title: 'Chat a', created_at: 900, updated_at: 1000, message_count: 2, preview: 'hello there' },
    ]);
  });

  it('are deleted with the chat', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['x']), store);
    await putConversation(conv('b', 2000, ['y']), store);
    await deleteConversation('a', store);
    expect((await keys(store)).sort()).toEqual(['chat:b', 'summary:b']);
    expect((await listConversations(store)).map((s) => s.id)).toEqual(['b']);
  });

  it('follow the merged record when two tabs write the same chat', async () => {
    const store = freshStore();
    const original = conv('m', 1000, ['q', 'a1']);
    await putConversation(original, store);
    const tab1 = withNode(
      original,
      assistantNode('m-alt', { parent_id: 'm-0', content: 'another answer', created_at: 1500 }),
      {
        updated_at: 1500,
      },
    );
    await putConversation(tab1, store);
    const tab2 = withNode(
      original,
      userNode('m-2', { parent_id: 'm-1', content: 'follow-up question', created_at: 1600 }),
      {
        current_leaf_id: 'm-2',
        updated_at: 1200,
      },
    );
    const merged = await putConversation(tab2, store);
    const [summary] = await listConversations(store);
    expect(summary).toEqual(summarise(merged));
    expect(summary).toMatchObject({ message_count: 4, updated_at: 1500, preview: 'follow-up question' });
  });

  it('are not written when the chat write is refused', async () => {
    const store = freshStore();
    await set(chatKey('f'), fromNewerSchema(conv('f', 1, ['x'])), store);
    await expect(putConversation(conv('f', 5, ['y']), store)).rejects.toThrow(/newer version/);
    expect(await get(summaryKey('f'), store)).toBeUndefined();
    expect(await listConversations(store)).toEqual([]);
  });

  it('list the chats without reading any chat record', async () => {
    const inner = freshStore();
    for (let i = 0; i < 30; i++) await putConversation(conv(`c${i}`, 1000 + i, ['question', `answer ${i}`]), inner);
    const { store, reads } = spyStore(inner);
    const list = await listConversations(store);
    expect(list).toHaveLength(30);
    expect(list[0]).toMatchObject({ id: 'c29', preview: 'answer 29' });
    expect(reads).toEqual(['getAllKeys range chat:..chat;', 'getAll range summary:..summary;']);
  });

  it('are backfilled once for chats stored without one (older databases, v0 records)', async () => {
    const inner = freshStore();
    await set(chatKey('new'), conv('new', 3000, ['a', 'b']), inner);
    await set(chatKey('old'), storedV0Chat(), inner);
    await set(chatKey('junk'), 'not a conversation', inner);
    await set('not-a-chat', { id: 'zzz' }, inner);
    const { store, reads } = spyStore(inner);

    const first = await listConversations(store);
    expect(first.map((s) => s.id)).toEqual(['new', 'old']);
    expect(first[1]).toMatchObject({ title: 'Old', message_count: 1, preview: 'hey' });
    expect(reads).toContain('get chat:new');
    expect(reads).toContain('get chat:old');
    expect(await get(summaryKey('old'), inner)).toMatchObject({ id: 'old', summary_version: SUMMARY_VERSION });

    reads.length = 0;
    expect(await listConversations(store)).toEqual(first);
    // only the unreadable record is looked at again
    expect(reads.filter((r) => r.startsWith('get chat:'))).toEqual(['get chat:junk']);
  });

  it('report the list so far while a backfill runs, batch by batch', async () => {
    const store = freshStore();
    await putConversation(conv('indexed', 9000, ['already has a summary']), store);
    for (let i = 0; i < 60; i++)
      await set(
        chatKey(`old${String(i).padStart(2, '0')}`),
        conv(`old${String(i).padStart(2, '0')}`, 1000 + i, ['x']),
        store,
      );
    const seen: string[][] = [];
    const final = await listConversations(store, (partial) => seen.push(partial.map((s) => s.id)));
    expect(seen.length).toBe(4); // what was indexed, then three batches
    expect(seen[0]).toEqual(['indexed']);
    expect(seen.map((ids) => ids.length)).toEqual([1, 26, 51, 61]);
    for (const ids of seen) expect(ids[0]).toBe('indexed');
    expect(seen.at(-1)).toEqual(final.map((s) => s.id));
    // once indexed, there is nothing to report
    seen.length = 0;
    await listConversations(store, (partial) => seen.push(partial.map((s) => s.id)));
    expect(seen).toEqual([]);
  });

  it('rebuild outdated summaries, and keep ones from a newer build', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['x']), store);
    await putConversation(conv('b', 2000, ['y']), store);
    await set(
      summaryKey('a'),
      {
        id: 'a',
        title: 'stale',
        created_at: 0,
        updated_at: 0,
        message_count: 0,
        summary_version: 0,
        chat_schema_version: 1,
      },
      store,
    );
    const newer = {
      id: 'b',
      title: 'Chat b',
      created_at: 1900,
      updated_at: 2000,
      message_count: 1,
      summary_version: SUMMARY_VERSION + 1,
      chat_schema_version: 1,
    };
    await set(summaryKey('b'), newer, store);
    const list = await listConversations(store);
    expect(list.map((s) => [s.id, s.title])).toEqual([
      ['b', 'Chat b'],
      ['a', 'Chat a'],
    ]);
    expect(await get(summaryKey('a'), store)).toMatchObject({ title: 'Chat a', summary_version: SUMMARY_VERSION });
    expect(await get(summaryKey('b'), store)).toEqual(newer);
  });

  it('drop the summary of a chat an older build deleted alone', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['x']), store);
    await putConversation(conv('b', 2000, ['y']), store);
    await del(chatKey('a'), store);
    expect((await listConversations(store)).map((s) => s.id)).toEqual(['b']);
    expect(await get(summaryKey('a'), store)).toBeUndefined();
  });

  it('are repaired when a chat an older build changed is opened', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['x']), store);
    // an older build writes the chat record alone
    await set(chatKey('a'), conv('a', 5000, ['x', 'a reply from the old build'], 'Renamed elsewhere'), store);
    expect((await listConversations(store))[0]?.title).toBe('Chat a');
    const opened = await getConversation('a', store);
    expect(opened?.title).toBe('Renamed elsewhere');
    expect((await listConversations(store))[0]).toMatchObject({
      title: 'Renamed elsewhere',
      message_count: 2,
      preview: 'a reply from the old build',
    });
  });

  it('hide chats written by a newer schema, as reading them does', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['x']), store);
    await set(summaryKey('a'), { ...(await get<object>(summaryKey('a'), store)), chat_schema_version: 42 }, store);
    expect(await listConversations(store)).toEqual([]);
  });

  it('stay right across two stores on the same database (two tabs)', async () => {
    const name = dbName();
    const tabA = createStore(name, 'conversations');
    const tabB = createStore(name, 'conversations');
    const base = conv('s', 1000, ['q', 'a']);
    await putConversation(base, tabA);
    const fromA = withNode(base, userNode('s-2', { parent_id: 's-1', content: 'from tab A', created_at: 1100 }), {
      current_leaf_id: 's-2',
      meta_rev: 1,
    });
    const fromB = withNode(base, assistantNode('s-b', { parent_id: 's-0', content: 'from tab B', created_at: 1200 }), {
      updated_at: 1200,
    });
    await Promise.all([
      putConversation(fromA, tabA),
      putConversation(fromB, tabB),
      putConversation(conv('t', 500, ['other']), tabB),
    ]);
    const stored = await getConversation('s', tabB);
    const listA = await listConversations(tabA);
    expect(listA).toEqual(await listConversations(tabB));
    expect(listA.find((s) => s.id === 's')).toEqual(summarise(stored as Conversation));
    expect(listA.find((s) => s.id === 's')).toMatchObject({
      message_count: 4,
      preview: 'from tab A',
      updated_at: 1200,
    });
    await deleteConversation('t', tabA);
    expect((await listConversations(tabB)).map((s) => s.id)).toEqual(['s']);
  });

  it('are never mistaken for chats by search or export', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['find me'], 'Chat a'), store);
    await set(chatKey('junk'), { garbage: true }, store);
    expect((await searchConversations('find', store)).map((s) => [s.id, s.snippet])).toEqual([['a', 'find me']]);
    expect((await searchConversations('chat', store)).map((s) => s.id)).toEqual(['a']);
    expect((await getAllConversations(store)).map((c) => c.id)).toEqual(['a']);
  });

  it('opening one chat reads that record and its summary only', async () => {
    const inner = freshStore();
    for (let i = 0; i < 5; i++) await putConversation(conv(`c${i}`, 1000 + i, ['q', 'a']), inner);
    const { store, reads } = spyStore(inner);
    expect((await getConversation('c3', store))?.id).toBe('c3');
    expect(reads).toEqual(['get chat:c3', 'get summary:c3']);
  });
});

describe('search', () => {
  it('walks every chat a batch at a time, across batch boundaries, older records included', async () => {
    const inner = freshStore();
    for (let i = 0; i < 45; i++)
      await putConversation(
        conv(`c${String(i).padStart(2, '0')}`, 1000 + i, ['q', i % 10 === 3 ? 'has the Needle' : 'nothing']),
        inner,
      );
    await set(chatKey('v0'), storedV0Chat({ id: 'v0', messages: [{ role: 'user', content: 'an old needle' }] }), inner);
    await set(chatKey('future'), fromNewerSchema(conv('future', 5000, ['needle from the future'])), inner);
    const { store, reads } = spyStore(inner);
    const hits = await searchConversations('needle', store);
    expect(hits.map((h) => h.id)).toEqual(['c43', 'c33', 'c23', 'c13', 'c03', 'v0']);
    expect(hits[5]?.snippet).toBe('an old needle');
    // no single read asks for everything
    expect(reads.filter((r) => r.startsWith('getAll ')).length).toBeGreaterThan(2);
    expect(reads.some((r) => r.startsWith('get chat:'))).toBe(false);
  });

  it('stops when its signal aborts', async () => {
    const store = freshStore();
    for (let i = 0; i < 30; i++) await putConversation(conv(`c${i}`, 1000 + i, ['q']), store);
    const controller = new AbortController();
    controller.abort();
    await expect(searchConversations('q', store, controller.signal)).rejects.toThrow();
  });
});
