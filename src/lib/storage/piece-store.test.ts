import 'fake-indexeddb/auto';
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import { PIECE_CHARS, SPLIT_FROM_CHARS, splitNode } from '../conversation/pieces.ts';
import type { Conversation } from '../conversation/types.ts';
import { chatKey, deleteConversation, getAllConversations, getConversation, putConversation } from './chats-repo.ts';
import { readAttachment } from './attachment-store.ts';
import { writeJournal } from './unload-journal.ts';
import { pieceKey, readPiece, readPieces, sweepOrphanPieces, wholeConversation } from './piece-store.ts';

let dbCounter = 0;
function freshStore(): UseStore {
  dbCounter++;
  return createStore(`pieces-test-${dbCounter}-${Math.random().toString(36).slice(2)}`, 'conversations');
}

const text = (n: number, seed = 0): string =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i + seed) % 26))).join('');

/** A chat whose answer holds `answer`, stored as one string (as builds before pieces did). */
const chatWith = (answer: string, id = 'c'): Conversation =>
  conversationOf([userNode('u'), assistantNode('a', { parent_id: 'u', content: answer })], { id });

const pieceKeys = async (store: UseStore) => (await keys(store)).filter((k) => Array.isArray(k));

describe('piece store', () => {
  it('stores a long answer as pieces beside a small record, and gives it back whole for exports', async () => {
    const store = freshStore();
    const answer = text(SPLIT_FROM_CHARS + 100);
    const stored = await putConversation(chatWith(answer), store);
    expect(stored.nodes.a).toMatchObject({ pieces: { count: 2, size: PIECE_CHARS } });
    expect(stored.nodes.a?.content).toHaveLength(100);
    const record = (await get(chatKey('c'), store)) as Conversation;
    expect(record.nodes.a?.content).toHaveLength(100);
    expect(await pieceKeys(store)).toEqual([pieceKey('c', 'a', 0), pieceKey('c', 'a', 1)]);
    expect(await readPiece('c', 'a', 1, store)).toBe(answer.slice(PIECE_CHARS, 2 * PIECE_CHARS));
    const [all] = await getAllConversations(store);
    expect(all?.nodes.a?.content).toBe(answer);
    expect(all?.nodes.a?.pieces).toBeUndefined();
  });

  it('writes the pieces a streaming tab cut with its record, and only the new ones on each save', async () => {
    const store = freshStore();
    const answer = text(3 * PIECE_CHARS + 10);
    let node = assistantNode('a', { parent_id: 'u', content: answer.slice(0, SPLIT_FROM_CHARS + 1) });
    const first = splitNode('c', node);
    await putConversation(conversationOf([userNode('u'), first.node]), store, first.pieces);
    expect(await pieceKeys(store)).toHaveLength(2);
    node = { ...first.node, content: first.node.content + answer.slice(SPLIT_FROM_CHARS + 1) };
    const second = splitNode('c', node);
    expect(second.pieces.map((p) => p.index)).toEqual([2]);
    const saved = await putConversation(conversationOf([userNode('u'), second.node]), store, second.pieces);
    expect(saved.nodes.a?.pieces?.count).toBe(3);
    expect(await readPieces('c', 'a', 0, 4, store)).toEqual([
      answer.slice(0, PIECE_CHARS),
      answer.slice(PIECE_CHARS, 2 * PIECE_CHARS),
      answer.slice(2 * PIECE_CHARS, 3 * PIECE_CHARS),
      undefined,
    ]);
    expect((await wholeConversation(saved, store)).nodes.a?.content).toBe(answer);
  });

  it('migrates a long answer stored whole into pieces when the chat is first read', async () => {
    const store = freshStore();
    const answer = text(SPLIT_FROM_CHARS + 7, 3);
    await set(chatKey('c'), chatWith(answer), store); // an older build's record
    const opened = await getConversation('c', store);
    expect(opened?.nodes.a?.content).toBe(answer.slice(2 * PIECE_CHARS));
    expect(opened?.nodes.a?.pieces?.count).toBe(2);
    const record = (await get(chatKey('c'), store)) as Conversation;
    expect(record.nodes.a?.content).toHaveLength(7);
    expect((await wholeConversation(record, store)).nodes.a?.content).toBe(answer);
  });

  it('keeps the pieces of a deleted chat for an undo, and sweeps them once the chat is gone for good', async () => {
    const store = freshStore();
    const kept = await putConversation(chatWith(text(SPLIT_FROM_CHARS), 'keep'), store);
    await putConversation(chatWith(text(SPLIT_FROM_CHARS), 'gone'), store);
    await deleteConversation('gone', store);
    expect(await pieceKeys(store)).toHaveLength(4);
    expect(await sweepOrphanPieces(store)).toBe(1);
    expect(await pieceKeys(store)).toEqual([pieceKey('keep', 'a', 0), pieceKey('keep', 'a', 1)]);
    expect((await wholeConversation(kept, store)).nodes.a?.content).toBe(text(SPLIT_FROM_CHARS));
  });

  it('leaves what a journal holds for a chat not written yet (another tab failing to save, or a closed one)', async () => {
    const store = freshStore();
    const { node, pieces } = splitNode('new', assistantNode('a', { content: text(SPLIT_FROM_CHARS) }));
    await writeJournal([conversationOf([node], { id: 'new' })], 'other-tab', store, pieces, [
      { convId: 'new', id: 'img', blob: new Blob(['png']) },
    ]);
    expect(await sweepOrphanPieces(store)).toBe(0);
    expect(await pieceKeys(store)).toHaveLength(pieces.length + 1); // the image's key is an array too
    expect(await readAttachment('new', 'img', store)).toBeInstanceOf(Blob);
  });

  it('marks a missing piece in the joined text instead of failing', async () => {
    const store = freshStore();
    const { node } = splitNode('c', assistantNode('a', { content: text(SPLIT_FROM_CHARS) }));
    const joined = await wholeConversation(conversationOf([node]), store);
    expect(joined.nodes.a?.content).toContain('[part 1 of this message is missing]');
  });
});
