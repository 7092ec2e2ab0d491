// Export conversations to a JSON document and import them back: validated, migrated, never
// overwriting a stored conversation (an id clash gets a new id). Exports carry no credentials.
import type { UseStore } from 'idb-keyval';
import type { Conversation, MessageNode } from '../conversation/types.ts';
import { migrateConversation } from '../conversation/migrations.ts';
import { checkConversation } from '../conversation/record.ts';
import { takeAttachmentData } from '../conversation/attachments.ts';
import { isSecretHeader } from '../providers/index.ts';
import { chatsStore, getConversation, listConversationIds, putConversation } from '../storage/chats-repo.ts';
import { isRecord } from '../util/is-record.ts';
import { parseJsonBounded } from '../util/json-depth.ts';
import { listReasons } from './skipped-entries.ts';
import { tr } from '../i18n/active-language.ts';
import { newId } from '../util/new-id.ts';

export const EXPORT_FORMAT = 'switchboard-chats';
export const EXPORT_VERSION = 1;

export interface ChatsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ms since epoch */
  exported_at: number;
  /** always false: chat exports never carry API keys (credential headers are scrubbed from recorded requests) */
  includes_api_keys: false;
  conversations: Conversation[];
}

export type ImportResult =
  | {
      ok: true;
      conversations: Conversation[];
      /** imported conversations whose id was taken and were given a new one */
      renamed: { from: string; to: string }[];
      /** identical copies of a conversation already present, not imported twice */
      duplicates: string[];
      /** entries that were not readable conversations */
      skipped: number;
      /** why each skipped entry was not read, e.g. "entry 2.title must be text." (entries counted from 1) */
      invalid: string[];
      /** how many entries the file has */
      total: number;
    }
  | { ok: false; error: string };

/** A message without credential headers in its recorded request. */
export function scrubNode(node: MessageNode): MessageNode {
  const headers = node.error?.request?.headers;
  if (!node.error || !headers) return node;
  const kept: Record<string, string> = {};
  // recorded requests are already redacted; removing the headers too is defence in depth
  for (const [name, value] of Object.entries(headers)) if (!isSecretHeader(name)) kept[name] = value;
  return { ...node, error: { ...node.error, request: { ...node.error.request, headers: kept } } };
}

/** A copy safe to hand out: credential headers removed from any recorded request. */
export function scrubConversation(conv: Conversation): Conversation {
  const nodes: Record<string, MessageNode> = {};
  for (const [id, node] of Object.entries(conv.nodes)) nodes[id] = scrubNode(node);
  return { ...conv, nodes };
}

export function buildExport(conversations: Conversation[], now: number): ChatsExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: now,
    includes_api_keys: false,
    conversations: conversations.map(scrubConversation),
  };
}

export function exportToJson(conversations: Conversation[], now: number): string {
  return JSON.stringify(buildExport(conversations, now), null, 2);
}

/** No tab owns an imported stream: streaming nodes arrive as interrupted. */
export function settle(conv: Conversation): Conversation {
  const nodes: Record<string, MessageNode> = {};
  for (const [id, node] of Object.entries(conv.nodes)) {
    if (node.status !== 'streaming') nodes[id] = node;
    else {
      const { lease_until: _lease, ...rest } = node;
      nodes[id] = { ...rest, status: 'interrupted', finish_reason: node.finish_reason ?? { unified: 'interrupted' } };
    }
  }
  return scrubConversation({ ...conv, nodes });
}

/** A chat's privacy settings never come from a file: remote images stay off until the user turns them on here. */
export function imagesOff(conv: Conversation): Conversation {
  const { show_images: _fromFile, ...rest } = conv;
  return rest;
}

export interface ImportOptions {
  /** stored conversations, at least those whose ids appear in the document (for clash and duplicate checks) */
  existing: ReadonlyMap<string, Conversation>;
  /** every id in use, when `existing` does not hold all of them */
  usedIds?: ReadonlySet<string>;
  newId: () => string;
}

/**
 * Parses and validates an export document. Pure given its options. A conversation whose id is in
 * use is kept under a new id, unless it is an identical copy of the stored one (then it is counted
 * as a duplicate and not imported twice).
 */
export function parseImport(text: string, options: ImportOptions): ImportResult {
  const parsed = parseJsonBounded(text);
  if (!parsed.ok) {
    return {
      ok: false,
      error: parsed.tooDeep
        ? tr('This file is nested too deeply to be a Switchboard chat export. Nothing was imported.')
        : tr('This file is not JSON, so it cannot be a Switchboard chat export.'),
    };
  }
  const doc = parsed.value;
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: tr('This is not a Switchboard chat export (expected {field}).', { field: `"format": "${EXPORT_FORMAT}"` }),
    };
  }
  const { version, conversations } = doc as { version?: unknown; conversations?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: tr('This export has no valid {field}.', { field: '"version"' }) };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      error: tr(
        'This export is version {version}, made by a newer Switchboard; this one reads version {supported}. Update Switchboard to import it.',
        { version: String(version), supported: String(EXPORT_VERSION) },
      ),
    };
  }
  if (!Array.isArray(conversations)) {
    return { ok: false, error: tr('This export has no {field} list.', { field: '"conversations"' }) };
  }

  const inUse = (id: string) => options.existing.has(id) || (options.usedIds?.has(id) ?? false);
  const taken = new Set<string>();
  const result: Conversation[] = [];
  const renamed: { from: string; to: string }[] = [];
  const duplicates: string[] = [];
  const invalid: string[] = [];
  for (const [index, entry] of conversations.entries()) {
    const read = checkConversation(entry, tr('entry {n}', { n: String(index + 1) }));
    if (!read.ok) {
      invalid.push(read.error);
      continue;
    }
    let conv = imagesOff(settle(read.value));
    const stored = options.existing.get(conv.id);
    if (stored && !taken.has(conv.id) && sameContent(stored, conv)) {
      duplicates.push(conv.id);
      taken.add(conv.id);
      continue;
    }
    if (inUse(conv.id) || taken.has(conv.id)) {
      let id = options.newId();
      while (inUse(id) || taken.has(id)) id = options.newId();
      renamed.push({ from: conv.id, to: id });
      conv = { ...conv, id };
    }
    taken.add(conv.id);
    result.push(conv);
  }
  if (result.length === 0 && duplicates.length === 0 && invalid.length > 0) {
    return {
      ok: false,
      error: tr('None of the conversations in this export could be read: {reasons}.', {
        reasons: listReasons(invalid),
      }),
    };
  }
  const total = conversations.length;
  return { ok: true, conversations: result, renamed, duplicates, skipped: invalid.length, invalid, total };
}

/** JSON with object keys sorted, so equal content compares equal whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function sameContent(stored: Conversation, imported: Conversation): boolean {
  const normalised = migrateConversation(stored);
  // a file carries image bytes; the stored record keeps them beside it
  const bare = takeAttachmentData(imported).conv;
  return normalised !== null && canonical(imagesOff(settle(normalised))) === canonical(bare);
}

function idsInDocument(text: string): string[] {
  try {
    const doc = JSON.parse(text) as { conversations?: unknown };
    if (!Array.isArray(doc.conversations)) return [];
    return doc.conversations
      .map((c: unknown) => (typeof c === 'object' && c !== null ? (c as { id?: unknown }).id : undefined))
      .filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

/** Parses `text` and stores every imported conversation; stored ones are never overwritten. */
export async function importIntoStore(
  text: string,
  store: UseStore = chatsStore,
  makeId: () => string = newId,
): Promise<ImportResult> {
  const usedIds = new Set(await listConversationIds(store));
  const existing = new Map<string, Conversation>();
  for (const id of new Set(idsInDocument(text))) {
    if (!usedIds.has(id)) continue;
    const conv = await getConversation(id, store);
    if (conv) existing.set(id, conv);
  }
  const result = parseImport(text, { existing, usedIds, newId: makeId });
  if (!result.ok) return result;
  for (const conv of result.conversations) await putConversation(conv, store);
  return result;
}
