// The pieces of long texts (conversation/pieces.ts) in IndexedDB: one record per piece in the chats
// store, under the array key ['piece', conversation id, node id, index]. Array keys sort after every
// string key, so no `chat:`/`summary:`/`journal:`/`backup:` range ever meets a piece, and the pieces of
// one node (or one conversation) are one key range. A piece is written in the same transaction as the
// record that first counts it, so a stored record never points at a piece that is not there; pieces
// are never rewritten (piece i of a text is always the same characters). Every function takes the store last.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { joinedNode, type PieceText } from '../conversation/pieces.ts';
import type { Conversation, MessageNode } from '../conversation/types.ts';
import { CHAT_KEY_PREFIX, chatKey } from './chat-summaries.ts';
import { JOURNAL_PREFIX, prefixRange } from './key-range.ts';
import { attachmentsRange } from './attachment-store.ts';
import { tr } from '../i18n/active-language.ts';

const TAG = 'piece';

export function pieceKey(convId: string, nodeId: string, index: number): IDBValidKey {
  return [TAG, convId, nodeId, index];
}

/** Every piece of one node, or of a whole conversation when `nodeId` is left out. */
function piecesRange(convId: string, nodeId?: string): IDBKeyRange {
  const lower = nodeId === undefined ? [TAG, convId] : [TAG, convId, nodeId];
  return IDBKeyRange.bound(lower, [...lower, []]); // [] sorts after every string and number
}

/** Puts `pieces` in the caller's readwrite transaction (beside the record that counts them). */
export function putPiecesIn(os: IDBObjectStore, pieces: readonly PieceText[]): void {
  for (const piece of pieces) os.put(piece.text, pieceKey(piece.convId, piece.nodeId, piece.index));
}

/** One piece's text; undefined when it is not stored (deleted with its chat, or never written). */
export async function readPiece(
  convId: string,
  nodeId: string,
  index: number,
  store: UseStore,
): Promise<string | undefined> {
  const value = await store('readonly', (os) => promisifyRequest(os.get(pieceKey(convId, nodeId, index))));
  return typeof value === 'string' ? value : undefined;
}

/** Pieces [from, to) of one node, in order; missing ones are undefined. */
export function readPieces(
  convId: string,
  nodeId: string,
  from: number,
  to: number,
  store: UseStore,
): Promise<(string | undefined)[]> {
  if (to <= from) return Promise.resolve([]);
  return store('readonly', async (os) => {
    const range = IDBKeyRange.bound(pieceKey(convId, nodeId, from), pieceKey(convId, nodeId, to), false, true);
    const [keys, values] = await Promise.all([
      promisifyRequest(os.getAllKeys(range)),
      promisifyRequest(os.getAll(range)),
    ]);
    const out: (string | undefined)[] = new Array<string | undefined>(to - from).fill(undefined);
    keys.forEach((key, i) => {
      const index = (key as unknown[])[3] as number;
      const value: unknown = values[i];
      if (typeof value === 'string') out[index - from] = value;
    });
    return out;
  });
}

/** A missing piece's place in a joined text, so an export says so instead of failing or hiding it. */
export const missingPieceText = (index: number): string =>
  `\n${tr('[part {n} of this message is missing]', { n: String(index + 1) })}\n`;

/**
 * `node` as one string (for a file export or a request to the server): its pieces read from storage
 * and joined with its tail. The one place the whole of a long text is built.
 */
export async function wholeNode(convId: string, node: MessageNode, store: UseStore): Promise<MessageNode> {
  if (!node.pieces) return node;
  const texts = await readPieces(convId, node.id, 0, node.pieces.count, store);
  return joinedNode(
    node,
    texts.map((text, i) => text ?? missingPieceText(i)),
  );
}

/** `conv` with every text whole (see wholeNode); `conv` itself when none is in pieces. */
export async function wholeConversation(conv: Conversation, store: UseStore): Promise<Conversation> {
  const pieced = Object.values(conv.nodes).filter((node) => node.pieces);
  if (pieced.length === 0) return conv;
  const nodes = { ...conv.nodes };
  for (const node of pieced) nodes[node.id] = await wholeNode(conv.id, node, store);
  return { ...conv, nodes };
}

/** Deletes every piece of the nodes `nodeIds` of one conversation (messages deleted for good). */
export function deletePieces(convId: string, nodeIds: readonly string[], store: UseStore): Promise<void> {
  if (nodeIds.length === 0) return Promise.resolve();
  return store('readwrite', (os) => {
    for (const nodeId of nodeIds) os.delete(piecesRange(convId, nodeId));
    return promisifyRequest(os.transaction);
  });
}

/**
 * Deletes the pieces and image bytes (attachment-store.ts) of conversations that are gone. Deleting a chat
 * leaves them (an undo puts the record back and needs them), so this runs at start. Reads keys only.
 * A conversation with a journal entry is not gone: its record is not written yet (a tab whose saves fail,
 * or a closed one whose journal is not replayed yet), and the journal put its pieces and images already.
 */
export function sweepOrphanPieces(store: UseStore): Promise<number> {
  return store('readwrite', async (os) => {
    const [pieceKeys, imageKeys, chatKeys, journalKeys] = await Promise.all([
      promisifyRequest(os.getAllKeys(IDBKeyRange.bound([TAG], [TAG, []]))),
      promisifyRequest(os.getAllKeys(attachmentsRange())),
      promisifyRequest(os.getAllKeys(prefixRange(CHAT_KEY_PREFIX))),
      promisifyRequest(os.getAllKeys(prefixRange(JOURNAL_PREFIX))),
    ]);
    const present = new Set(chatKeys.map(String));
    const journalled = journalKeys.map(String);
    const gone = new Set<string>();
    for (const key of [...pieceKeys, ...imageKeys]) {
      const convId = (key as unknown[])[1] as string;
      if (!present.has(chatKey(convId)) && !journalled.some((k) => k.endsWith(`:${convId}`))) gone.add(convId);
    }
    for (const convId of gone) {
      os.delete(piecesRange(convId));
      os.delete(attachmentsRange(convId));
    }
    await promisifyRequest(os.transaction);
    return gone.size;
  });
}
