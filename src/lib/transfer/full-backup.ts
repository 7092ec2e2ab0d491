// One JSON file with everything: connections (API keys only when asked, and the file says so) and
// every conversation and saved comparison (comparisons-backup.ts). Pure: builds the document and validates a file completely before anything is
// written, with one clear error per malformed file; each record goes through its kind's one check
// (connections/record.ts, conversation/record.ts).
import type { Connection } from '../connections/types.ts';
import { checkConnection, connectionForFile } from '../connections/record.ts';
import type { Conversation } from '../conversation/types.ts';
import { checkConversation } from '../conversation/record.ts';
import { EXPORT_FORMAT, scrubConversation, settle } from './chats-file.ts';
import { CONNECTIONS_FORMAT } from './connections-file.ts';
import type { Comparison } from '../compare/types.ts';
import { comparisonForFile, readComparisons } from './comparisons-backup.ts';
import { checked, need, valueOf } from '../util/checked.ts';
import { isRecord } from '../util/is-record.ts';
import { tr } from '../i18n/active-language.ts';

export const BACKUP_FORMAT = 'switchboard-backup';
export const BACKUP_VERSION = 1;
/** Files above this are refused before they are read (a browser tab would struggle to parse them). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface FullBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ms since epoch */
  exported_at: number;
  /** whether `api_key` fields are in this file (backups before the connections file's name: `includes_keys`) */
  includes_api_keys: boolean;
  connections: Connection[];
  conversations: Conversation[];
  /** saved comparisons (absent in backups made before they were saved: read as none) */
  comparisons: Comparison[];
}

/** `skippedComparisons`: why each malformed comparison entry was left out (the rest is restored). */
export type ParsedBackup =
  { ok: true; backup: FullBackup; skippedComparisons: string[] } | { ok: false; error: string };

export function buildBackup(
  connections: readonly Connection[],
  conversations: readonly Conversation[],
  now: number,
  includeKeys: boolean,
  comparisons: readonly Comparison[] = [],
): FullBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported_at: now,
    includes_api_keys: includeKeys,
    connections: connections.map((c) => connectionForFile(c, includeKeys)),
    conversations: conversations.map(scrubConversation),
    comparisons: comparisons.map(comparisonForFile),
  };
}

export function backupToJson(backup: FullBackup): string {
  return JSON.stringify(backup, null, 2);
}

/** Rounded up, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return tr('{count} MB', { count: Math.ceil(bytes / (1024 * 1024)) });
}

/** Checked on the file's size before reading it; null when the size is fine. */
export function checkBackupSize(bytes: number): string | null {
  if (bytes === 0) return tr('This file is empty, so it is not a Switchboard backup. Nothing was changed.');
  if (bytes > MAX_BACKUP_BYTES) {
    return tr('This file is {size}; backups over {limit} are not restored. Nothing was changed.', {
      size: megabytes(bytes),
      limit: megabytes(MAX_BACKUP_BYTES),
    });
  }
  return null;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readConnection(raw: unknown, at: string, includesKeys: boolean): Connection {
  const connection = valueOf(checkConnection(raw, at));
  need(
    includesKeys || connection.api_key === undefined,
    tr('{entry} has an API key, but the file says it includes none ({field}).', {
      entry: at,
      field: '"includes_api_keys": false',
    }),
  );
  return connection;
}

function readConversation(raw: unknown, at: string): Conversation {
  return settle(valueOf(checkConversation(raw, at)));
}

function unique(ids: string[], what: 'connections' | 'conversations'): void {
  const seen = new Set<string>();
  for (const id of ids) {
    const quoted = `"${id}"`;
    need(
      !seen.has(id),
      what === 'connections'
        ? tr('Two connections share the id {id}.', { id: quoted })
        : tr('Two conversations share the id {id}.', { id: quoted }),
    );
    seen.add(id);
  }
}

/** The whole file is checked; any problem rejects all of it, so a restore is all or nothing. */
export function parseBackup(text: string): ParsedBackup {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: tr('This file is not JSON, so it is not a Switchboard backup. Nothing was changed.') };
  }
  const read = checked(() => readBackup(doc));
  if (!read.ok) return { ok: false, error: tr('{problem} Nothing was changed.', { problem: read.error }) };
  const { skippedComparisons, ...backup } = read.value;
  return { ok: true, backup, skippedComparisons };
}

function readBackup(doc: unknown): FullBackup & { skippedComparisons: string[] } {
  need(isRecord(doc), tr('This file is not a Switchboard backup (expected a JSON object).'));
  need(
    doc.format !== EXPORT_FORMAT,
    tr('This is a chats export, not a full backup: import it with “Import” in the chat list.'),
  );
  need(
    doc.format !== CONNECTIONS_FORMAT,
    tr('This is a connections export, not a full backup: use “Import connections”.'),
  );
  need(
    doc.format === BACKUP_FORMAT,
    tr('This is not a Switchboard backup (expected {field}).', { field: `"format": "${BACKUP_FORMAT}"` }),
  );
  need(
    typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version >= 1,
    tr('This backup has no valid {field}.', { field: '"version"' }),
  );
  need(
    doc.version <= BACKUP_VERSION,
    tr(
      'This backup is version {version}, made by a newer Switchboard; this one restores version {supported}. Update Switchboard to restore it.',
      { version: String(doc.version), supported: String(BACKUP_VERSION) },
    ),
  );
  need(isTime(doc.exported_at), tr('This backup has no {field} time.', { field: '"exported_at"' }));
  const includesKeys = doc.includes_api_keys ?? doc.includes_keys;
  need(
    typeof includesKeys === 'boolean',
    tr('This backup does not say whether it includes API keys ({field}).', {
      field: '"includes_api_keys": true or false',
    }),
  );
  need(Array.isArray(doc.connections), tr('This backup has no {field} list.', { field: '"connections"' }));
  need(Array.isArray(doc.conversations), tr('This backup has no {field} list.', { field: '"conversations"' }));

  const connections = doc.connections.map((c, i) => readConnection(c, `connections[${i}]`, includesKeys));
  const conversations = doc.conversations.map((c, i) => readConversation(c, `conversations[${i}]`));
  const { comparisons, invalid } = readComparisons(doc.comparisons);
  unique(
    connections.map((c) => c.id),
    'connections',
  );
  unique(
    conversations.map((c) => c.id),
    'conversations',
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported_at: doc.exported_at,
    includes_api_keys: includesKeys,
    connections,
    conversations,
    comparisons,
    skippedComparisons: invalid,
  };
}
