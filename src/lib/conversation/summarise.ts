// What the conversation list shows of one conversation, and the stored form of it (summary:<id>).
// Pure.
import type { Conversation, ConversationSummary, MessageNode } from './types.ts';
import { compareFolders } from './folder.ts';
import { textStart } from './pieces.ts';

/** Bump when summarise() changes, so every stored summary is rebuilt once. */
export const SUMMARY_VERSION = 3;
const PREVIEW_CHARS = 120;

/** What is stored under summary:<id>: the summary plus what it was built from. */
export interface StoredSummary extends ConversationSummary {
  summary_version: number;
  /** the schema version of the chat record it summarises */
  chat_schema_version: number;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Latest non-empty message on the current branch (walking up from the current leaf). */
function previewOf(conv: Conversation): string | undefined {
  let node: MessageNode | undefined = conv.current_leaf_id ? conv.nodes[conv.current_leaf_id] : undefined;
  for (let steps = 0; node && steps <= Object.keys(conv.nodes).length; steps++) {
    // a long answer kept in pieces shows its start (kept in the record), not the tail after them
    const text = textStart(node) ?? `…${node.content.slice(-PREVIEW_CHARS)}`;
    if (text.trim() !== '') return oneLine(text, PREVIEW_CHARS);
    node = node.parent_id ? conv.nodes[node.parent_id] : undefined;
  }
  return undefined;
}

export function summarise(conv: Conversation): ConversationSummary {
  const summary: ConversationSummary = {
    id: conv.id,
    title: conv.title,
    created_at: conv.created_at,
    updated_at: conv.updated_at,
    message_count: Object.keys(conv.nodes).length,
  };
  const preview = previewOf(conv);
  if (preview !== undefined) summary.preview = preview;
  if (conv.pinned) summary.pinned = true;
  if (conv.folder !== undefined) summary.folder = conv.folder;
  return summary;
}

export function summaryRecord(conv: Conversation): StoredSummary {
  return { ...summarise(conv), summary_version: SUMMARY_VERSION, chat_schema_version: conv.schema_version };
}

export function isStoredSummary(value: unknown): value is StoredSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.summary_version === 'number' &&
    typeof v.chat_schema_version === 'number' &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.created_at === 'number' &&
    typeof v.updated_at === 'number' &&
    typeof v.message_count === 'number'
  );
}

/** The summary as the UI sees it (without the bookkeeping fields). */
export function publicSummary(stored: StoredSummary): ConversationSummary {
  const { summary_version: _v, chat_schema_version: _s, ...summary } = stored;
  return summary;
}

/** Two summaries say the same thing (the bookkeeping fields aside). */
export function sameSummary(a: ConversationSummary, b: ConversationSummary): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.created_at === b.created_at &&
    a.updated_at === b.updated_at &&
    a.message_count === b.message_count &&
    a.preview === b.preview &&
    a.pinned === b.pinned &&
    a.folder === b.folder
  );
}

export function newestFirst(a: ConversationSummary, b: ConversationSummary): number {
  return b.updated_at - a.updated_at || b.created_at - a.created_at || a.id.localeCompare(b.id);
}

/** The list's order: pinned chats first, then each folder's chats (folders by name), then the rest; each newest first. */
export function listOrder(a: ConversationSummary, b: ConversationSummary): number {
  return Number(b.pinned === true) - Number(a.pinned === true) || byFolder(a, b) || newestFirst(a, b);
}

/** A pinned chat is listed under "Pinned" whatever its folder. */
function byFolder(a: ConversationSummary, b: ConversationSummary): number {
  const fa = a.pinned ? undefined : a.folder;
  const fb = b.pinned ? undefined : b.folder;
  if (fa === fb) return 0;
  if (fa === undefined) return 1;
  if (fb === undefined) return -1;
  return compareFolders(fa, fb);
}
