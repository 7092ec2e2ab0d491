import 'fake-indexeddb/auto';
import { createStore, get, keys, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { conversationOf, userNode } from '../conversation/testing/builders.ts';
import type { Attachment, Conversation } from '../conversation/types.ts';
import { chatKey, deleteConversation, getAllConversations, putConversation } from './chats-repo.ts';
import { attachmentKey, readAttachment } from './attachment-store.ts';
import { sweepOrphanPieces } from './piece-store.ts';

let n = 0;
const freshStore = (): UseStore =>
  createStore(`attach-test-${++n}-${Math.random().toString(36).slice(2)}`, 'conversations');

const png: Attachment = { id: 'i1', kind: 'image', mime: 'image/png', width: 2, height: 2, bytes: 3 };
const chat = (id = 'c'): Conversation => conversationOf([userNode('u', { attachments: [png] })], { id });
const bytesOf = async (blob: Blob | undefined) => (blob ? [...new Uint8Array(await blob.arrayBuffer())] : undefined);

describe('attachment store', () => {
  it('stores the bytes as a Blob beside the record, not inside it, and embeds them for exports', async () => {
    const store = freshStore();
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    await putConversation(chat(), store, [], [{ convId: 'c', id: 'i1', blob }]);
    const record = (await get(chatKey('c'), store)) as Conversation;
    expect(record.nodes.u?.attachments).toEqual([png]);
    expect(await bytesOf(await readAttachment('c', 'i1', store))).toEqual([1, 2, 3]);
    const [all] = await getAllConversations(store);
    expect(all?.nodes.u?.attachments?.[0]?.data).toBe('AQID');
  });

  it('a record from a file stores its inline bytes as a Blob and keeps no base64 in the record', async () => {
    const store = freshStore();
    const fromFile = conversationOf([userNode('u', { attachments: [{ ...png, data: 'AQID' }] })], { id: 'c' });
    await putConversation(fromFile, store);
    const record = (await get(chatKey('c'), store)) as Conversation;
    expect(record.nodes.u?.attachments).toEqual([png]);
    const stored = await readAttachment('c', 'i1', store);
    expect(stored?.type).toBe('image/png');
    expect(await bytesOf(stored)).toEqual([1, 2, 3]);
  });

  it('deletes the bytes of deleted chats at the next sweep', async () => {
    const store = freshStore();
    const blob = new Blob([new Uint8Array([1])], { type: 'image/png' });
    await putConversation(chat('a'), store, [], [{ convId: 'a', id: 'i1', blob }]);
    await putConversation(chat('b'), store, [], [{ convId: 'b', id: 'i1', blob }]);
    await deleteConversation('a', store);
    expect(await sweepOrphanPieces(store)).toBe(1);
    const left = (await keys(store)).filter((k) => Array.isArray(k));
    expect(left).toEqual([attachmentKey('b', 'i1')]);
  });
});
