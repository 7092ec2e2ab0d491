// Chat search inside the pieces of long texts (conversation/pieces.ts). A chat record holds only the
// tail of a long answer, so a chat whose record does not match is looked for in its stored pieces: one
// piece per read (never the whole text at once), stopping at the first hit, and only while searching.
// Chosen over keeping a searchable copy of the text: a search finds every word of a 50 MB answer, and
// nothing is stored twice; the cost (reading the pieces of the chats that did not match) falls on a
// search, which `signal` stops as soon as the user types on.
import type { UseStore } from 'idb-keyval';
import type { Conversation } from '../conversation/types.ts';
import { readPiece } from './piece-store.ts';

/** The text around the first match of `needle` (lower case) in a text kept in pieces, and where it is. */
export async function findInPieces(
  conv: Conversation,
  needle: string,
  store: UseStore,
  signal?: AbortSignal,
): Promise<{ text: string; at: number } | undefined> {
  // a match may run across the end of one piece: the next one is searched with the last characters before it
  const keep = (text: string) => (needle.length > 1 ? text.slice(1 - needle.length) : '');
  for (const node of Object.values(conv.nodes)) {
    if (!node.pieces) continue;
    let carry = '';
    for (let index = 0; index < node.pieces.count; index++) {
      signal?.throwIfAborted();
      const piece = await readPiece(conv.id, node.id, index, store);
      const text = carry + (piece ?? '');
      const at = text.toLocaleLowerCase().indexOf(needle);
      if (at >= 0) return { text, at };
      carry = piece === undefined ? '' : keep(text);
    }
    const across = carry + node.content.slice(0, needle.length - 1);
    const at = across.toLocaleLowerCase().indexOf(needle);
    if (carry !== '' && at >= 0) return { text: carry + node.content.slice(0, 200), at };
  }
  return undefined;
}
