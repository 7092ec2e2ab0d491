// Long texts in pieces. Past a threshold, the start of a message's text moves out of the conversation
// record into pieces of at most `size` characters stored beside it (storage/piece-store.ts); the node
// keeps how many there are (`pieces`) and `content` keeps only the rest, the tail. A piece ends at the
// last line end within its size (so no line is shown broken in two), or at its size when there is none.
// Where a piece ends depends only on the text before that point, so a written piece never changes and a
// text that only grows (a streaming answer) only ever adds pieces: a save writes the new ones. Pure.
import type { ContentPieces, Conversation, MessageNode } from './types.ts';

export type { ContentPieces };

/** Characters per piece (about 256 K, so one piece is a few hundred KB to clone or lay out). */
export const PIECE_CHARS = 256 * 1024;
/** A text not in pieces yet is split only from this length, so shorter answers stay one string. */
export const SPLIT_FROM_CHARS = 2 * PIECE_CHARS;

/** Characters of a pieced text's start kept in its record (ContentPieces.start), for previews. */
export const START_CHARS = 300;

/** One piece of one message's text, to be stored. */
export interface PieceText {
  convId: string;
  nodeId: string;
  index: number;
  text: string;
}

/** The length of a node's whole text, pieces included. */
export function textLength(node: Pick<MessageNode, 'content' | 'pieces'>): number {
  return piecedChars(node) + node.content.length;
}

/** Characters held in pieces (0 when none). */
export function piecedChars(node: Pick<MessageNode, 'pieces'>): number {
  return node.pieces?.chars ?? 0;
}

export function isContentPieces(value: unknown): value is ContentPieces {
  if (typeof value !== 'object' || value === null) return false;
  const { count, size, chars, start } = value as Record<string, unknown>;
  const whole = (v: unknown, least: number) => Number.isSafeInteger(v) && (v as number) >= least;
  return whole(count, 0) && whole(size, 1) && whole(chars, 0) && (start === undefined || typeof start === 'string');
}

/**
 * Where the piece starting at `start` ends, for a text with at least `size` characters from there: after
 * the last line end within `size`, or at `size` when there is none. Shared with the screen
 * (render/live-pieces.ts), which cuts a streaming answer where storage will.
 */
export function pieceEnd(text: string, start: number, size: number): number {
  // searched within the piece only: lastIndexOf from its end would scan a text without line ends to its start
  const lineEnd = text.slice(start, start + size).lastIndexOf('\n');
  return start + (lineEnd >= 0 ? lineEnd + 1 : size);
}

/**
 * `node` with every whole piece of its tail moved out, and the moved texts. Nothing moves while the
 * tail is short (under SPLIT_FROM_CHARS for a node without pieces, under one piece otherwise).
 */
export function splitNode(
  convId: string,
  node: MessageNode,
  size = PIECE_CHARS,
): { node: MessageNode; pieces: PieceText[] } {
  const size_ = node.pieces?.size ?? size;
  const tail = node.content;
  const threshold = node.pieces ? size_ : Math.max(SPLIT_FROM_CHARS, size_);
  if (tail.length < threshold) return { node, pieces: [] };
  const first = node.pieces?.count ?? 0;
  const pieces: PieceText[] = [];
  let start = 0;
  while (tail.length - start >= size_) {
    const end = pieceEnd(tail, start, size_);
    pieces.push({ convId, nodeId: node.id, index: first + pieces.length, text: tail.slice(start, end) });
    start = end;
  }
  const next: MessageNode = {
    ...node,
    content: tail.slice(start),
    pieces: {
      count: first + pieces.length,
      size: size_,
      chars: piecedChars(node) + start,
      start: node.pieces ? node.pieces.start : tail.slice(0, START_CHARS),
    },
  };
  return { node: next, pieces };
}

/** `conv` with the text of node `nodeId` split (splitNode): what a streaming answer does after each batch. */
export function splitNodeOf(conv: Conversation, nodeId: string): { conv: Conversation; pieces: PieceText[] } {
  const node = conv.nodes[nodeId];
  const split = node ? splitNode(conv.id, node) : undefined;
  if (!split || split.pieces.length === 0) return { conv, pieces: [] };
  return { conv: { ...conv, nodes: { ...conv.nodes, [nodeId]: split.node } }, pieces: split.pieces };
}

/** `conv` with every long text split (splitNode), and the pieces to store; `conv` itself when none is. */
export function splitConversation(conv: Conversation, size = PIECE_CHARS): { conv: Conversation; pieces: PieceText[] } {
  let nodes: Record<string, MessageNode> | undefined;
  const pieces: PieceText[] = [];
  for (const [id, node] of Object.entries(conv.nodes)) {
    const split = splitNode(conv.id, node, size);
    if (split.pieces.length === 0) continue;
    nodes ??= { ...conv.nodes };
    nodes[id] = split.node;
    pieces.push(...split.pieces);
  }
  return nodes ? { conv: { ...conv, nodes }, pieces } : { conv, pieces };
}

/** Whether any node of `conv` keeps text in pieces. */
export function hasPieces(conv: Conversation): boolean {
  return Object.values(conv.nodes).some((node) => node.pieces !== undefined && node.pieces.count > 0);
}

/** The start of a node's text (at most START_CHARS of a pieced one; undefined when an older build did not keep it). */
export function textStart(node: Pick<MessageNode, 'content' | 'pieces'>): string | undefined {
  return node.pieces ? node.pieces.start : node.content;
}

/**
 * A node's whole text from its pieces (in order) and its tail: for the few places that need one string
 * (a request to the server, a file export). `pieces` must hold exactly `node.pieces.count` texts.
 */
export function joinText(node: MessageNode, pieces: readonly string[]): string {
  if (!node.pieces) return node.content;
  if (pieces.length !== node.pieces.count)
    throw new Error(`Expected ${node.pieces.count} pieces, got ${pieces.length}.`);
  return pieces.join('') + node.content;
}

/** `node` as one string again (no `pieces` field), given its pieces' texts. */
export function joinedNode(node: MessageNode, pieces: readonly string[]): MessageNode {
  const { pieces: _pieces, ...rest } = node;
  return { ...rest, content: joinText(node, pieces) };
}
