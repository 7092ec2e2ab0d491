// The pieces of long answers (conversation/pieces.ts) in deleted messages. A deleted message keeps its
// pieces while its Undo is offered; the undo brings the messages back under new ids, so their pieces
// are copied to the new ids (written with the record that counts them); once the offer is gone (undone,
// replaced by another delete, another chat opened) the old pieces are deleted. Images are stored per
// conversation, not per message, so the copies list the same ones: they are deleted only when the offer goes
// without an undo, and only those the conversation no longer lists.
import type { PieceText } from '../conversation/pieces.ts';
import type { DeletedMessages } from '../conversation/restore-messages.ts';
import { deletePieces } from '../storage/piece-store.ts';
import { deleteUnlistedAttachments } from '../storage/attachment-store.ts';
import { attachmentsOf } from '../conversation/attachments.ts';
import type { UseStore } from 'idb-keyval';
import { newId } from '../util/new-id.ts';

/** The pieces of the deleted messages again, as pieces of their copies (`copies`: old id → new id). */
export async function piecesForCopies(
  deleted: DeletedMessages,
  copies: ReadonlyMap<string, string>,
  read: (convId: string, nodeId: string, index: number) => Promise<string | undefined>,
): Promise<PieceText[]> {
  const out: PieceText[] = [];
  for (const node of deleted.nodes) {
    const copy = copies.get(node.id);
    if (!node.pieces || copy === undefined) continue;
    for (let index = 0; index < node.pieces.count; index++) {
      const text = await read(deleted.conversationId, node.id, index);
      // a piece that cannot be read stays missing: the copy shows that part as unreadable
      if (text !== undefined) out.push({ convId: deleted.conversationId, nodeId: copy, index, text });
    }
  }
  return out;
}

/** For an undo: the copies' ids (old id → a new one) and the pieces to write again under them. */
export async function copiesForUndo(
  deleted: DeletedMessages,
  read: (convId: string, nodeId: string, index: number) => Promise<string | undefined>,
): Promise<{ copyOf: (old: string) => string; pieces: PieceText[] }> {
  const copies = new Map(deleted.nodes.map((node) => [node.id, newId()]));
  const pieces = await piecesForCopies(deleted, copies, read);
  return { copyOf: (old) => copies.get(old) ?? newId(), pieces };
}

/** Deletes the pieces of the deleted messages (the undo is no longer offered). */
export function dropDeletedPieces(deleted: DeletedMessages | null, store: UseStore): Promise<void> {
  if (!deleted) return Promise.resolve();
  const pieced = deleted.nodes.filter((node) => node.pieces !== undefined).map((node) => node.id);
  return deletePieces(deleted.conversationId, pieced, store);
}

/** Deletes the pieces and the images of the deleted messages (the undo went without being used). */
export async function dropDeleted(deleted: DeletedMessages | null, store: UseStore): Promise<void> {
  if (!deleted) return;
  await dropDeletedPieces(deleted, store);
  const ids = attachmentsOf(deleted.nodes).map((a) => a.id);
  await deleteUnlistedAttachments(deleted.conversationId, ids, store);
}
