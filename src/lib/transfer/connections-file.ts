// Connections to and from a JSON file. Field names stay exactly as stored (mode, base_url, params).
// API keys are left out unless the user asks for them; the file says which (`includes_api_keys`).
import type { Connection } from '../connections/types.ts';
import { isConnectionMode } from '../connections/modes.ts';
import { apiRootFromText } from '../connections/normalize-base-url.ts';
import { checkConnection, connectionForFile } from '../connections/record.ts';
import { isRecord } from '../util/is-record.ts';
import { parseJsonBounded } from '../util/json-depth.ts';
import { tr } from '../i18n/active-language.ts';

export const CONNECTIONS_FORMAT = 'switchboard-connections';
export const CONNECTIONS_EXPORT_VERSION = 1;

type Exported = Omit<Connection, 'id' | 'created_at' | 'updated_at'>;

export interface ConnectionsExport {
  format: typeof CONNECTIONS_FORMAT;
  version: number;
  exported_at: number;
  /** true when at least one connection in the file carries its API key (files before this field: absent) */
  includes_api_keys: boolean;
  connections: Exported[];
}

export function exportConnections(list: readonly Connection[], now: number, includeKeys = false): string {
  const connections = list.map((c) => {
    const { id: _id, created_at: _c, updated_at: _u, ...rest } = connectionForFile(c, includeKeys);
    return rest;
  });
  const doc: ConnectionsExport = {
    format: CONNECTIONS_FORMAT,
    version: CONNECTIONS_EXPORT_VERSION,
    exported_at: now,
    includes_api_keys: connections.some((c) => 'api_key' in c),
    connections,
  };
  return JSON.stringify(doc, null, 2);
}

export type ConnectionsImport =
  | {
      ok: true;
      connections: Connection[];
      /** names of the entries not imported: invalid, or already present */
      skipped: string[];
      /** why each invalid entry was not read, e.g. "entry 2 is not an object." (entries counted from 1) */
      invalid: string[];
      /** how many entries the file has */
      total: number;
    }
  | { ok: false; error: string };

/**
 * Validates a file and returns new connections (fresh ids). Entries that are invalid (checkConnection), or
 * already present (same mode, base URL and name), are skipped and named in `skipped`.
 */
export function importConnections(
  text: string,
  existing: readonly Connection[],
  newId: () => string,
  now: number,
): ConnectionsImport {
  const parsed = parseJsonBounded(text);
  if (!parsed.ok) {
    return {
      ok: false,
      error: parsed.tooDeep
        ? tr('This file is nested too deeply to be a Switchboard connections file. Nothing was imported.')
        : tr('This file is not JSON.'),
    };
  }
  const d = parsed.value as Partial<ConnectionsExport> | null;
  if (!d || d.format !== CONNECTIONS_FORMAT || !Array.isArray(d.connections)) {
    return {
      ok: false,
      error: tr('This is not a Switchboard connections file (expected {field}).', {
        field: `"format": "${CONNECTIONS_FORMAT}"`,
      }),
    };
  }
  if (typeof d.version !== 'number' || d.version > CONNECTIONS_EXPORT_VERSION) {
    return { ok: false, error: tr('This file comes from a newer Switchboard; update the app to import it.') };
  }
  const out: Connection[] = [];
  const skipped: string[] = [];
  const invalid: string[] = [];
  const taken = [...existing];
  for (const [index, raw] of (d.connections as unknown[]).entries()) {
    const c = toConnection(raw, newId, now);
    const label =
      typeof (raw as { name?: unknown })?.name === 'string' ? String((raw as { name: string }).name) : tr('(unnamed)');
    if (!c) invalid.push(whyInvalid(raw, tr('entry {n}', { n: String(index + 1) })));
    if (!c || taken.some((t) => t.mode === c.mode && t.base_url === c.base_url && t.name === c.name)) {
      skipped.push(label);
      continue;
    }
    taken.push(c);
    out.push(c);
  }
  return { ok: true, connections: out, skipped, invalid, total: d.connections.length };
}

/** For an entry toConnection refused: the shared check's message, with the fields a file entry may leave out filled in. */
function whyInvalid(raw: unknown, at: string): string {
  const filled = isRecord(raw) ? { id: 'x', enabled: true, created_at: 0, updated_at: 0, ...raw } : raw;
  const read = checkConnection(filled, at);
  return read.ok ? tr('{field} is not an address Switchboard can use.', { field: `${at}.base_url` }) : read.error;
}

/** A file entry has no id or times of its own, and its address is made an API root before the shared check. */
function toConnection(raw: unknown, newId: () => string, now: number): Connection | null {
  if (!isRecord(raw) || !isConnectionMode(raw.mode) || typeof raw.base_url !== 'string') return null;
  const base_url = apiRootFromText(raw.base_url, raw.mode);
  if (base_url === undefined) return null;
  const read = checkConnection(
    {
      ...raw,
      id: newId(),
      name: typeof raw.name === 'string' ? raw.name.trim() : raw.name,
      base_url,
      enabled: raw.enabled ?? true,
      created_at: now,
      updated_at: now,
    },
    'The entry',
  );
  return read.ok ? read.value : null;
}
