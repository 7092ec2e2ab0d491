import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import { PIECE_CHARS, SPLIT_FROM_CHARS } from '../conversation/pieces.ts';
import { putConversation, searchConversations } from './chats-repo.ts';

let dbCounter = 0;
const freshStore = (): UseStore => createStore(`piece-search-${++dbCounter}`, 'conversations');

const filler = (n: number): string => 'x'.repeat(n);

/** A long answer with `word` at `at` (stored in pieces: the record holds only the tail). */
async function storeAnswer(store: UseStore, id: string, word: string, at: number): Promise<void> {
  const answer = filler(at) + word + filler(SPLIT_FROM_CHARS + 100 - at);
  const conv = conversationOf([userNode('u'), assistantNode('a', { parent_id: 'u', content: answer })], { id });
  const stored = await putConversation(conv, store);
  expect(stored.nodes.a?.pieces?.count).toBe(2);
}

describe('chat search in pieces', () => {
  it('finds words inside a long answer’s stored pieces, with a snippet around them', async () => {
    const store = freshStore();
    await storeAnswer(store, 'first', 'Zebracrossing', 1000);
    await storeAnswer(store, 'second', 'lighthouse', PIECE_CHARS + 5000);
    const hits = await searchConversations('zebracrossing', store);
    expect(hits.map((h) => h.id)).toEqual(['first']);
    expect(hits[0]?.snippet).toContain('Zebracrossing');
    expect((await searchConversations('LIGHTHOUSE', store)).map((h) => h.id)).toEqual(['second']);
    expect(await searchConversations('nowhere', store)).toEqual([]);
  });

  it('finds a word that runs across the end of one piece into the next', async () => {
    const store = freshStore();
    await storeAnswer(store, 'c', 'straddling', PIECE_CHARS - 4);
    expect((await searchConversations('straddling', store)).map((h) => h.id)).toEqual(['c']);
  });

  it('stops reading pieces when the search is superseded', async () => {
    const store = freshStore();
    await storeAnswer(store, 'c', 'word', 10);
    const controller = new AbortController();
    const search = searchConversations('missing', store, controller.signal);
    controller.abort();
    await expect(search).rejects.toThrow();
  });
});
