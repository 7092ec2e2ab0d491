// Pure migrations for stored conversations: any older record → the current Conversation shape, with
// the tree links repaired. Unknown (newer) versions and unusable records give null. Imports only util and its own types.
import { isRecord } from '../util/is-record.ts';
import type { Conversation, MessageNode, MessageStatus } from './types.ts';
import { isContentPieces } from './pieces.ts';
import { isFolderName } from './folder.ts';
import { readAttachments } from './attachments.ts';
import { isToolCall } from './tool-calls.ts';

export const CONVERSATION_SCHEMA_VERSION = 1;

type Raw = Record<string, unknown>;

/** The roles a stored message may have. */
export const MESSAGE_ROLES: readonly string[] = ['system', 'user', 'assistant', 'tool'];
const ROLES = new Set(MESSAGE_ROLES);
const STATUSES = new Set<MessageStatus>(['complete', 'streaming', 'interrupted', 'aborted', 'error']);

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The record's schema version; records written before versioning count as 0. */
export function schemaVersionOf(raw: unknown): number {
  return isRecord(raw) && typeof raw.schema_version === 'number' ? raw.schema_version : 0;
}

/** True for a record written by a newer Switchboard, which this build must neither read nor overwrite. */
export function isNewerSchema(raw: unknown): boolean {
  return schemaVersionOf(raw) > CONVERSATION_SCHEMA_VERSION;
}

/**
 * v0 (pre-release builds) stored a flat list: `{ id, title, created_at, updated_at, system_prompt?,
 * messages: [{ role, content, created_at?, model? }] }`. v1 stores a tree. Node ids are derived from
 * the conversation id so the migration stays pure and repeatable.
 */
function migrateV0(raw: Raw): Raw | null {
  if (!Array.isArray(raw.messages)) return null;
  const created = num(raw.created_at, 0);
  const nodes: Record<string, Raw> = {};
  const rootIds: string[] = [];
  let parent: string | undefined;
  raw.messages.forEach((message: unknown, index) => {
    if (!isRecord(message)) return;
    const id = `${String(raw.id)}-m${index}`;
    nodes[id] = {
      id,
      ...(parent !== undefined ? { parent_id: parent } : {}),
      children: [],
      role: message.role,
      content: message.content,
      status: 'complete',
      created_at: num(message.created_at, created),
      ...(typeof message.model === 'string' ? { model_id: message.model } : {}),
    };
    if (parent === undefined) rootIds.push(id);
    else (nodes[parent]?.children as string[] | undefined)?.push(id);
    parent = id;
  });
  const { messages: _dropped, ...rest } = raw;
  // v0 had no title_is_custom: keep its title as it was, or the next message would re-derive it
  const keepTitle = typeof raw.title === 'string' && raw.title.trim() !== '' ? { title_is_custom: true } : {};
  return { ...rest, ...keepTitle, schema_version: 1, nodes, root_ids: rootIds, current_leaf_id: parent };
}

/** Removes `key` from `target` unless its value passes `valid`. */
function keepIf(target: Raw, key: string, valid: (value: unknown) => boolean): void {
  if (key in target && !valid(target[key])) delete target[key];
}

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

const ERROR_KINDS = new Set(['network', 'http', 'invalid-response', 'aborted', 'timeout']);

/** An error the UI can show: typed kind, a message and the request it came from (files can be hand-edited). */
function isStoredError(v: unknown): boolean {
  if (!isRecord(v) || !ERROR_KINDS.has(v.kind as string) || typeof v.message !== 'string') return false;
  const request = v.request;
  return (
    isRecord(request) &&
    typeof request.method === 'string' &&
    typeof request.url === 'string' &&
    isRecord(request.headers)
  );
}

/**
 * Known fields are checked (a bad optional field is dropped, a bad required one drops the node);
 * fields this build does not know are kept, so an additive field is never lost on a read-write.
 */
function normaliseNode(key: string, raw: unknown, fallbackTime: number): MessageNode | null {
  if (!isRecord(raw) || !ROLES.has(raw.role as string) || typeof raw.content !== 'string') return null;
  const node: Raw = {
    ...raw,
    id: key,
    children: Array.isArray(raw.children) ? raw.children.filter((c): c is string => typeof c === 'string') : [],
    status: STATUSES.has(raw.status as MessageStatus) ? raw.status : 'complete',
    created_at: num(raw.created_at, fallbackTime),
  };
  const strings = [
    'parent_id',
    'reasoning',
    'model_id',
    'connection_id',
    'connection_name',
    'lease_owner',
    'tool_call_id',
  ];
  for (const field of strings) {
    keepIf(node, field, isString);
  }
  for (const field of ['usage', 'timings']) keepIf(node, field, isRecord);
  keepIf(node, 'error', isStoredError);
  keepIf(node, 'finish_reason', (v) => isRecord(v) && typeof v.unified === 'string');
  keepIf(node, 'lease_until', isNumber);
  keepIf(node, 'rev', isNumber);
  keepIf(node, 'pieces', isContentPieces);
  const attachments = readAttachments(node.attachments);
  if (attachments) node.attachments = attachments;
  else delete node.attachments;
  if (Array.isArray(node.tool_calls) && node.tool_calls.some(isToolCall)) {
    node.tool_calls = node.tool_calls.filter(isToolCall);
  } else delete node.tool_calls;
  if (Array.isArray(node.warnings)) node.warnings = node.warnings.filter(isString);
  else delete node.warnings;
  return node as unknown as MessageNode;
}

/**
 * Makes parent_id the single source of truth: children lists and root_ids are rebuilt from it,
 * orphans (missing parent) and nodes caught in a parent cycle become roots, so no text is lost.
 * Mutates the given nodes' parent_id/children; returns the root ids. Sibling order is by created_at.
 */
export function repairTreeLinks(nodes: Record<string, MessageNode>, rawRoots: unknown): string[] {
  for (const node of Object.values(nodes)) {
    if (node.parent_id !== undefined && !(node.parent_id in nodes)) delete node.parent_id;
  }
  // nodes known to lead up to a root: a walk stops there, so a long chain is walked once, not once per node
  const reachesRoot = new Set<string>();
  for (const node of Object.values(nodes)) {
    const seen = new Set<string>([node.id]);
    let cursor = node.parent_id;
    let cut = false;
    while (cursor !== undefined && !reachesRoot.has(cursor)) {
      if (seen.has(cursor)) {
        delete node.parent_id;
        cut = true;
        break;
      }
      seen.add(cursor);
      cursor = nodes[cursor]?.parent_id;
    }
    if (cut) reachesRoot.add(node.id);
    else for (const id of seen) reachesRoot.add(id);
  }
  const byAge = (a: string, b: string) => (nodes[a]?.created_at ?? 0) - (nodes[b]?.created_at ?? 0);
  const orderOf = (listed: string[], actual: string[]) => {
    const wanted = new Set(actual);
    const kept = listed.filter((id, i) => wanted.has(id) && listed.indexOf(id) === i);
    const extra = actual.filter((id) => !kept.includes(id)).sort(byAge);
    return [...kept, ...extra].sort(byAge);
  };
  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const node of Object.values(nodes)) {
    if (node.parent_id === undefined) roots.push(node.id);
    else childrenOf.set(node.parent_id, [...(childrenOf.get(node.parent_id) ?? []), node.id]);
  }
  for (const node of Object.values(nodes)) node.children = orderOf(node.children, childrenOf.get(node.id) ?? []);
  const listedRoots = Array.isArray(rawRoots) ? rawRoots.filter((r): r is string => typeof r === 'string') : [];
  return orderOf(listedRoots, roots);
}

/** Any stored record → a current, self-consistent Conversation; null when unknown or unusable. */
export function migrateConversation(input: unknown): Conversation | null {
  if (!isRecord(input) || typeof input.id !== 'string' || input.id === '') return null;
  const version = schemaVersionOf(input);
  if (version > CONVERSATION_SCHEMA_VERSION || version < 0) return null;
  const raw = version === 0 ? migrateV0(input) : input;
  if (raw === null || !isRecord(raw.nodes)) return null;

  const created = num(raw.created_at, 0);
  const nodes: Record<string, MessageNode> = {};
  for (const [key, value] of Object.entries(raw.nodes)) {
    const node = normaliseNode(key, value, created);
    if (node) nodes[key] = node;
  }
  const rootIds = repairTreeLinks(nodes, raw.root_ids);

  const conv: Raw = {
    ...raw,
    schema_version: CONVERSATION_SCHEMA_VERSION,
    id: input.id,
    title: typeof raw.title === 'string' ? raw.title : '',
    created_at: created,
    updated_at: num(raw.updated_at, created),
    nodes,
    root_ids: rootIds,
  };
  keepIf(conv, 'title_is_custom', (v) => v === true);
  keepIf(conv, 'pinned', (v) => v === true);
  keepIf(conv, 'folder', isFolderName);
  keepIf(conv, 'system_prompt', isString);
  keepIf(conv, 'params', isRecord);
  keepIf(conv, 'show_images', (v) => v === true);
  keepIf(conv, 'model', (v) => isRecord(v) && typeof v.connection_id === 'string' && typeof v.model_id === 'string');
  keepIf(conv, 'current_leaf_id', (v) => typeof v === 'string' && v in nodes);
  if (Array.isArray(conv.deleted_node_ids)) {
    const deleted = conv.deleted_node_ids.filter(isString);
    if (deleted.length > 0) conv.deleted_node_ids = deleted;
    else delete conv.deleted_node_ids;
  } else delete conv.deleted_node_ids;
  return conv as unknown as Conversation;
}
