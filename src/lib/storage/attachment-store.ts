// The bytes of images attached to messages (conversation/attachments.ts) in IndexedDB: one Blob per image in
// the chats store, under the array key ['attachment', conversation id, attachment id], beside the record
// that lists it (as the pieces are: piece-store.ts). A Blob is written in the same transaction as the record
// that first lists it, and never rewritten. Files carry the bytes as base64 `data`: `embedAttachments` puts
// them in for an export, `blobsFromData` takes them out for an import. Every function takes the store last.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { attachmentsOf, takeAttachmentData } from '../conversation/attachments.ts';
import type { Attachment, Conversation } from '../conversation/types.ts';
import { base64ToBytes, bytesToBase64 } from '../util/base64.ts';
import { migrateConversation } from '../conversation/migrations.ts';
import { chatKey } from './chat-summaries.ts';

const TAG = 'attachment';

/** One image's bytes, to be stored beside conversation `convId`. */
export interface AttachmentBlob {
  convId: string;
  id: string;
  blob: Blob;
}

export function attachmentKey(convId: string, id: string): IDBValidKey {
  return [TAG, convId, id];
}

/** Every attachment key, or those of one conversation. */
export function attachmentsRange(convId?: string): IDBKeyRange {
  const lower = convId === undefined ? [TAG] : [TAG, convId];
  return IDBKeyRange.bound(lower, [...lower, []]); // [] sorts after every string
}

/** Puts `blobs` in the caller's readwrite transaction (beside the record that lists them). */
export function putAttachmentsIn(os: IDBObjectStore, blobs: readonly AttachmentBlob[]): void {
  for (const b of blobs) os.put(b.blob, attachmentKey(b.convId, b.id));
}

/** One image's bytes; undefined when not stored (deleted with its chat, or never written). */
export async function readAttachment(convId: string, id: string, store: UseStore): Promise<Blob | undefined> {
  const value: unknown = await store('readonly', (os) => promisifyRequest(os.get(attachmentKey(convId, id))));
  return value instanceof Blob ? value : undefined;
}

/**
 * Deletes the bytes of images `ids` of conversation `convId` that its stored record no longer lists (an
 * edited copy of a message lists the same images). A missing or unreadable record keeps them: the start-up
 * sweep (piece-store.ts) removes a deleted chat's.
 */
export function deleteUnlistedAttachments(convId: string, ids: readonly string[], store: UseStore): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return store('readwrite', async (os) => {
    const conv = migrateConversation(await promisifyRequest(os.get(chatKey(convId))));
    if (!conv) return;
    const listed = new Set(attachmentsOf(Object.values(conv.nodes)).map((a) => a.id));
    for (const id of ids) if (!listed.has(id)) os.delete(attachmentKey(convId, id));
    await promisifyRequest(os.transaction);
  });
}

export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** Reads one image's bytes (from IndexedDB, or from what a tab holds unwritten); undefined when missing. */
export type ImageReader = (convId: string, id: string) => Promise<Blob | undefined>;

/** `conv` with every stored image's bytes as `data`, for a self-contained file (a missing one stays without). */
export function embedAttachments(conv: Conversation, store: UseStore): Promise<Conversation> {
  return embedImages(conv, (convId, id) => readAttachment(convId, id, store));
}

/** `conv` with the bytes `read` gives for each image as `data` (a missing one stays without). */
export async function embedImages(conv: Conversation, read: ImageReader): Promise<Conversation> {
  if (attachmentsOf(Object.values(conv.nodes)).length === 0) return conv;
  const nodes = { ...conv.nodes };
  for (const [id, node] of Object.entries(conv.nodes)) {
    if (!node.attachments) continue;
    const embedded: Attachment[] = [];
    for (const a of node.attachments) {
      const blob = await read(conv.id, a.id);
      embedded.push(blob ? { ...a, data: await blobToBase64(blob) } : a);
    }
    nodes[id] = { ...node, attachments: embedded };
  }
  return { ...conv, nodes };
}

/** `conv` from a file without its images' `data`, and the Blobs to store beside it (bad base64 is dropped). */
export function blobsFromData(conv: Conversation): { conv: Conversation; blobs: AttachmentBlob[] } {
  const { conv: bare, data } = takeAttachmentData(conv);
  const blobs: AttachmentBlob[] = [];
  for (const a of data.values()) {
    const bytes = a.data === undefined ? undefined : base64ToBytes(a.data);
    if (bytes) blobs.push({ convId: conv.id, id: a.id, blob: new Blob([bytes], { type: a.mime }) });
  }
  return { conv: bare, blobs };
}
