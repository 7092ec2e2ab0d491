import 'fake-indexeddb/auto';
import { createStore, entries, get, keys, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  chatKey,
  deleteConversation,
  getAllConversations,
  getConversation,
  listConversationIds,
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

let dbCounter = 0;
function freshStore(): UseStore {
  dbCounter++;
  return createStore(`chats-test-${dbCounter}-${Math.random().toString(36).slice(2)}`, 'conversations');
}

/** A single-branch chat of `texts`, updated at `updated` and created 100 ms before. */
const conv = (id: string, updated: number, texts: string[], title = `Chat ${id}`): Conversation =>
  linearConversation(id, texts, { title, created_at: updated - 100, updated_at: updated });

describe('chats repo', () => {
  it('stores one record per conversation under chat:<id>, with its summary under summary:<id>', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['hi', 'hello']), store);
    await putConversation(conv('b', 2000, ['yo']), store);
    expect((await keys(store)).sort()).toEqual(['chat:a', 'chat:b', 'summary:a', 'summary:b']);
    expect(await listConversationIds(store)).toEqual(expect.arrayContaining(['a', 'b']));
    const recordA = await get(chatKey('a'), store);
    expect(recordA).toMatchObject({ schema_version: 1, id: 'a' });
    expect(await getConversation('a', store)).toEqual(conv('a', 1000, ['hi', 'hello']));
  });

  it('saving one conversation does not rewrite the others', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['one']), store);
    await putConversation(conv('b', 1000, ['two']), store);
    // plant a marker that only survives if nobody rewrites b's record
    const b = await get<Record<string, unknown>>(chatKey('b'), store);
    await set(chatKey('b'), { ...b, marker: 'untouched' }, store);
    await putConversation(conv('a', 3000, ['one', 'reply', 'three']), store);
    expect(await get(chatKey('b'), store)).toMatchObject({ marker: 'untouched' });
    const all = await entries<string, Conversation>(store);
    expect(all.find(([k]) => k === 'chat:a')?.[1].updated_at).toBe(3000);
  });

  it('returns undefined for a missing, corrupt or newer-version record', async () => {
    const store = freshStore();
    expect(await getConversation('nope', store)).toBeUndefined();
    await set(chatKey('junk'), 'not a conversation', store);
    await set(chatKey('future'), fromNewerSchema(conv('future', 1, ['x'])), store);
    expect(await getConversation('junk', store)).toBeUndefined();
    expect(await getConversation('future', store)).toBeUndefined();
  });

  it('migrates v0 records when reading', async () => {
    const store = freshStore();
    await set(chatKey('old'), storedV0Chat(), store);
    const c = await getConversation('old', store);
    expect(c?.schema_version).toBe(1);
    expect(c?.nodes['old-m0']?.content).toBe('hey');
    expect((await listConversations(store)).map((s) => s.id)).toEqual(['old']);
  });

  it('refuses to overwrite a record from a newer version', async () => {
    const store = freshStore();
    const future = { ...fromNewerSchema(conv('f', 1, ['x'])), extra: 'new stuff' };
    await set(chatKey('f'), future, store);
    await expect(putConversation(conv('f', 5, ['y']), store)).rejects.toThrow(/newer version/);
    expect(await get(chatKey('f'), store)).toEqual(future);
  });

  it('replaces a corrupt record with the written copy', async () => {
    const store = freshStore();
    await set(chatKey('x'), { garbage: true }, store);
    await putConversation(conv('x', 5, ['fresh']), store);
    expect((await getConversation('x', store))?.nodes['x-0']?.content).toBe('fresh');
  });

  it('merges a write with nodes another tab stored meanwhile, and returns the merged copy', async () => {
    const store = freshStore();
    const original = conv('m', 1000, ['q', 'a1']);
    await putConversation(original, store);
    // tab 1 adds a regenerated answer
    const tab1 = withNode(
      original,
      assistantNode('m-alt', { parent_id: 'm-0', content: 'another answer', created_at: 1500 }),
    );
    await putConversation(tab1, store);
    // tab 2, still holding the original, adds a follow-up
    const tab2 = withNode(original, userNode('m-2', { parent_id: 'm-1', content: 'follow-up', created_at: 1600 }), {
      current_leaf_id: 'm-2',
    });
    const merged = await putConversation(tab2, store);
    const stored = await getConversation('m', store);
    expect(stored).toEqual(merged);
    expect(Object.keys(stored?.nodes ?? {}).sort()).toEqual(['m-0', 'm-1', 'm-2', 'm-alt']);
    expect(stored?.nodes['m-0']?.children).toEqual(['m-1', 'm-alt']);
    expect(stored?.current_leaf_id).toBe('m-2');
  });

  it('deletes one conversation only', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1, ['x']), store);
    await putConversation(conv('b', 2, ['y']), store);
    await deleteConversation('a', store);
    expect(await keys(store)).toEqual(['chat:b', 'summary:b']);
    expect(await getConversation('a', store)).toBeUndefined();
  });

  it('lists summaries newest first, with a one-line preview of the latest message', async () => {
    const store = freshStore();
    await putConversation(conv('old', 1000, ['first']), store);
    await putConversation(conv('new', 3000, ['question', 'An answer\nover   two lines']), store);
    await putConversation(conv('mid', 2000, []), store);
    await set('not-a-chat', { id: 'zzz' }, store);
    const list = await listConversations(store);
    expect(list.map((s) => s.id)).toEqual(['new', 'mid', 'old']);
    expect(list[0]).toEqual({
      id: 'new',
      title: 'Chat new',
      created_at: 2900,
      updated_at: 3000,
      preview: 'An answer over two lines',
      message_count: 2,
    });
    expect(list[1]?.preview).toBeUndefined();
    expect((await getAllConversations(store)).map((c) => c.id)).toEqual(['new', 'mid', 'old']);
  });

  it('truncates long previews', async () => {
    const store = freshStore();
    await putConversation(conv('p', 1, ['x'.repeat(500)]), store);
    const [summary] = await listConversations(store);
    expect(summary?.preview?.length).toBeLessThanOrEqual(120);
    expect(summary?.preview?.endsWith('…')).toBe(true);
  });

  it('searches titles and message text case-insensitively, on every branch, newest first', async () => {
    const store = freshStore();
    await putConversation(conv('a', 1000, ['Tell me about Rust lifetimes', 'Lifetimes are...'], 'Rust help'), store);
    await putConversation(conv('b', 3000, ['Cooking pasta', 'Use salted water'], 'Dinner'), store);
    const branched = withNode(
      conv('c', 2000, ['Hi', 'Hello'], 'Greeting'),
      assistantNode('c-alt', { parent_id: 'c-0', content: 'Old branch mentions SALTED butter', created_at: 1950 }),
    );
    await putConversation(branched, store);

    expect((await searchConversations('rust', store)).map((s) => s.id)).toEqual(['a']);
    const salted = await searchConversations('  SALTED ', store);
    expect(salted.map((s) => s.id)).toEqual(['b', 'c']);
    expect(salted[0]?.snippet).toBe('Use salted water');
    expect(salted[1]?.snippet).toContain('SALTED butter');
    expect((await searchConversations('dinner', store)).map((s) => s.id)).toEqual(['b']);
    expect(await searchConversations('nothing like this', store)).toEqual([]);
    expect((await searchConversations('', store)).map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  it('shortens snippets around the match', async () => {
    const store = freshStore();
    const long = `${'a '.repeat(100)}NEEDLE${' b'.repeat(100)}`;
    await putConversation(conv('s', 1, [long]), store);
    const [hit] = await searchConversations('needle', store);
    expect(hit?.snippet?.startsWith('…')).toBe(true);
    expect(hit?.snippet?.endsWith('…')).toBe(true);
    expect(hit?.snippet).toContain('NEEDLE');
    expect((hit?.snippet?.length ?? 0) < 100).toBe(true);
  });
});
