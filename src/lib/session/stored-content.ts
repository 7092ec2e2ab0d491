// What a chat's record counts but does not hold: the pieces of long answers and the bytes of images. Each is
// read from what this tab has not written yet (kept while saving fails), or else from IndexedDB.
import type { Conversation } from '../conversation/types.ts';
import { chatsStore } from '../storage/chats-repo.ts';
import { missingPieceText, readPiece } from '../storage/piece-store.ts';
import { readAttachment } from '../storage/attachment-store.ts';
import type { SessionPersistence } from './persistence.ts';

export class StoredContent {
  constructor(private readonly persistence: SessionPersistence) {}

  /** Piece `index` of a long answer's text (conversation/pieces.ts). */
  async pieceText(convId: string, nodeId: string, index: number): Promise<string | undefined> {
    return this.persistence.unwrittenPiece(convId, nodeId, index) ?? readPiece(convId, nodeId, index, chatsStore);
  }

  /** The whole text of a message, pieces joined (for a copy or an export: one string of it all). */
  async wholeText(conv: Conversation | null, nodeId: string): Promise<string> {
    const node = conv?.nodes[nodeId];
    if (!conv || !node) return '';
    const count = node.pieces?.count ?? 0;
    const texts = await Promise.all(Array.from({ length: count }, (_, i) => this.pieceText(conv.id, nodeId, i)));
    return texts.map((text, i) => text ?? missingPieceText(i)).join('') + node.content;
  }

  /** An image's bytes. */
  async imageBlob(convId: string, id: string): Promise<Blob | undefined> {
    return this.persistence.unwrittenImage(convId, id) ?? readAttachment(convId, id, chatsStore);
  }
}
