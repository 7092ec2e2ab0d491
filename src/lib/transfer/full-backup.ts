// One JSON file with everything: connections (API keys only when asked, and the file says so) and
// every conversation. Pure: builds the document and validates a file completely before anything is
// written, with one clear error per malformed file. Imports: connections, chat and storage (pure parts).
import type { Connection, ConnectionMode } from '../connections/types.ts';
import type { Conversation } from '../conversation/types.ts';
import { scrubConversation, settle } from './chats-file.ts';
import { CONVERSATION_SCHEMA_VERSION, migrateConversation } from '../conversation/migrations.ts';
import { isRecord } from '../util/is-record.ts';

export const BACKUP_FORMAT = 'switchboard-backup';
export const BACKUP_VERSION = 1;
/** Files above this are refused before they are read (a browser tab would struggle to parse them). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface FullBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ms since epoch */
  exported_at: number;
  /** whether `api_key` fields are in this file */
  includes_keys: boolean;
  connections: Connection[];
  conversations: Conversation[];
}

export type ParsedBackup = { ok: true; backup: FullBackup } | { ok: false; error: string };

export function buildBackup(
  connections: readonly Connection[],
  conversations: readonly Conversation[],
  now: number,
  includeKeys: boolean,
): FullBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported_at: now,
    includes_keys: includeKeys,
    connections: connections.map(({ api_key, ...rest }) => (includeKeys && api_key ? { ...rest, api_key } : rest)),
    conversations: conversations.map(scrubConversation),
  };
}

export function backupToJson(backup: FullBackup): string {
  return JSON.stringify(backup, null, 2);
}

/** Rounded up, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

/** Checked on the file's size before reading it; null when the size is fine. */
export function checkBackupSize(bytes: number): string | null {
  if (bytes === 0) return 'This file is empty, so it is not a Switchboard backup. Nothing was changed.';
  if (bytes > MAX_BACKUP_BYTES) {
    return `This file is ${megabytes(bytes)}; backups over ${megabytes(MAX_BACKUP_BYTES)} are not restored. Nothing was changed.`;
  }
  return null;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const MODES: readonly ConnectionMode[] = ['openai', 'ollama', 'openai_compatible'];
const ROLES = ['system', 'user', 'assistant'];

class Invalid extends Error {}

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Invalid(message);
}

function httpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function checkConnection(raw: unknown, at: string, includesKeys: boolean): Connection {
  need(isRecord(raw), `${at} is not an object.`);
  need(isString(raw.id) && raw.id !== '', `${at} has no "id".`);
  need(isString(raw.name), `${at}.name must be text.`);
  need(MODES.includes(raw.mode as ConnectionMode), `${at}.mode must be one of ${MODES.join(', ')}.`);
  need(
    isString(raw.base_url) && httpUrl(raw.base_url),
    `${at}.base_url must be an http:// or https:// address without a user name or password.`,
  );
  need(typeof raw.enabled === 'boolean', `${at}.enabled must be true or false.`);
  need(isTime(raw.created_at) && isTime(raw.updated_at), `${at} needs "created_at" and "updated_at" times (numbers).`);
  need(raw.api_key === undefined || isString(raw.api_key), `${at}.api_key must be text.`);
  need(
    includesKeys || raw.api_key === undefined,
    `${at} has an API key, but the file says it includes none ("includes_keys": false).`,
  );
  need(raw.params === undefined || isRecord(raw.params), `${at}.params must be an object.`);
  need(raw.server_kind === undefined || isString(raw.server_kind), `${at}.server_kind must be text.`);
  need(
    raw.model_ids === undefined || (Array.isArray(raw.model_ids) && raw.model_ids.every(isString)),
    `${at}.model_ids must be a list of text.`,
  );
  need(raw.model_filter === undefined || isString(raw.model_filter), `${at}.model_filter must be text.`);
  const { schema_version: _v, ...connection } = raw;
  return connection as unknown as Connection;
}

function checkConversation(raw: unknown, at: string): Conversation {
  need(isRecord(raw), `${at} is not an object.`);
  need(isString(raw.id) && raw.id !== '', `${at} has no "id".`);
  const version = raw.schema_version;
  need(
    version === undefined || (Number.isInteger(version) && (version as number) >= 0),
    `${at}.schema_version must be a whole number.`,
  );
  need(
    ((version as number | undefined) ?? 0) <= CONVERSATION_SCHEMA_VERSION,
    `${at} was saved by a newer Switchboard (schema ${String(version)}); update Switchboard to restore it.`,
  );
  need(isString(raw.title), `${at}.title must be text.`);
  need(isTime(raw.created_at) && isTime(raw.updated_at), `${at} needs "created_at" and "updated_at" times (numbers).`);
  if (raw.schema_version !== undefined) {
    need(isRecord(raw.nodes), `${at}.nodes must be an object of messages.`);
    need(Array.isArray(raw.root_ids), `${at}.root_ids must be a list.`);
    for (const [key, node] of Object.entries(raw.nodes)) {
      const where = `${at}.nodes["${key}"]`;
      need(isRecord(node), `${where} is not an object.`);
      need(ROLES.includes(node.role as string), `${where}.role must be one of ${ROLES.join(', ')}.`);
      need(isString(node.content), `${where}.content must be text.`);
    }
  } else {
    need(Array.isArray(raw.messages), `${at} has neither "nodes" nor "messages".`);
  }
  const conv = migrateConversation(raw);
  need(conv !== null, `${at} could not be read as a conversation.`);
  return settle(conv);
}

function unique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    need(!seen.has(id), `Two ${what} share the id "${id}".`);
    seen.add(id);
  }
}

/** The whole file is checked; any problem rejects all of it, so a restore is all or nothing. */
export function parseBackup(text: string): ParsedBackup {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a Switchboard backup. Nothing was changed.' };
  }
  try {
    need(isRecord(doc), 'This file is not a Switchboard backup (expected a JSON object).');
    if (doc.format === 'switchboard-chats')
      throw new Invalid('This is a chats export, not a full backup: import it with “Import” in the chat list.');
    if (doc.format === 'switchboard-connections')
      throw new Invalid('This is a connections export, not a full backup: use “Import connections”.');
    need(doc.format === BACKUP_FORMAT, `This is not a Switchboard backup (expected "format": "${BACKUP_FORMAT}").`);
    need(
      typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version >= 1,
      'This backup has no valid "version".',
    );
    need(
      doc.version <= BACKUP_VERSION,
      `This backup is version ${doc.version}, made by a newer Switchboard; this one restores version ${BACKUP_VERSION}. Update Switchboard to restore it.`,
    );
    need(isTime(doc.exported_at), 'This backup has no "exported_at" time.');
    need(
      typeof doc.includes_keys === 'boolean',
      'This backup does not say whether it includes API keys ("includes_keys": true or false).',
    );
    need(Array.isArray(doc.connections), 'This backup has no "connections" list.');
    need(Array.isArray(doc.conversations), 'This backup has no "conversations" list.');
    const includesKeys = doc.includes_keys;
    const connections = doc.connections.map((c, i) => checkConnection(c, `connections[${i}]`, includesKeys));
    const conversations = doc.conversations.map((c, i) => checkConversation(c, `conversations[${i}]`));
    unique(
      connections.map((c) => c.id),
      'connections',
    );
    unique(
      conversations.map((c) => c.id),
      'conversations',
    );
    return {
      ok: true,
      backup: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exported_at: doc.exported_at,
        includes_keys: includesKeys,
        connections,
        conversations,
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: `${error.message} Nothing was changed.` };
    throw error;
  }
}
