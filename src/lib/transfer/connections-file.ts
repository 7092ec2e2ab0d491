// Connections to and from a JSON file. Field names stay exactly as stored (mode, base_url, params).
// API keys are left out unless the user asks for them; the file says which (`includes_api_keys`).
import type { Connection, ConnectionMode, ServerKind } from '../connections/types.ts';
import { normalizeBaseUrl } from '../connections/normalize-base-url.ts';
import { isRecord } from '../util/is-record.ts';

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
  const connections = list.map(({ id: _id, created_at: _c, updated_at: _u, api_key, ...rest }) =>
    includeKeys && api_key ? { ...rest, api_key } : rest,
  );
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
  { ok: true; connections: Connection[]; skipped: string[] } | { ok: false; error: string };

const MODES: readonly ConnectionMode[] = ['openai', 'ollama', 'openai_compatible'];

/**
 * Validates a file and returns new connections (fresh ids). Entries that are invalid, or already
 * present (same mode, base URL and name), are skipped and named in `skipped`.
 */
export function importConnections(
  text: string,
  existing: readonly Connection[],
  newId: () => string,
  now: number,
): ConnectionsImport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON.' };
  }
  const d = doc as Partial<ConnectionsExport> | null;
  if (!d || d.format !== CONNECTIONS_FORMAT || !Array.isArray(d.connections)) {
    return {
      ok: false,
      error: `This is not a Switchboard connections file (expected "format": "${CONNECTIONS_FORMAT}").`,
    };
  }
  if (typeof d.version !== 'number' || d.version > CONNECTIONS_EXPORT_VERSION) {
    return { ok: false, error: 'This file comes from a newer Switchboard; update the app to import it.' };
  }
  const out: Connection[] = [];
  const skipped: string[] = [];
  const taken = [...existing];
  for (const raw of d.connections as unknown[]) {
    const c = toConnection(raw, newId, now);
    const label =
      typeof (raw as { name?: unknown })?.name === 'string' ? String((raw as { name: string }).name) : '(unnamed)';
    if (!c || taken.some((t) => t.mode === c.mode && t.base_url === c.base_url && t.name === c.name)) {
      skipped.push(label);
      continue;
    }
    taken.push(c);
    out.push(c);
  }
  return { ok: true, connections: out, skipped };
}

function toConnection(raw: unknown, newId: () => string, now: number): Connection | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (
    typeof r.name !== 'string' ||
    r.name.trim() === '' ||
    !MODES.includes(r.mode as ConnectionMode) ||
    typeof r.base_url !== 'string'
  )
    return null;
  const mode = r.mode as ConnectionMode;
  const normalized = normalizeBaseUrl(r.base_url, mode);
  if (!normalized.ok) return null;
  const c: Connection = {
    id: newId(),
    name: r.name.trim(),
    mode,
    base_url: importedBaseUrl(r.base_url, normalized.candidates),
    enabled: r.enabled !== false,
    created_at: now,
    updated_at: now,
  };
  if (typeof r.api_key === 'string' && r.api_key !== '') c.api_key = r.api_key;
  if (isRecord(r.params)) c.params = r.params as Connection['params'] & object;
  if (typeof r.server_kind === 'string') c.server_kind = r.server_kind as ServerKind;
  if (Array.isArray(r.model_ids)) c.model_ids = r.model_ids.filter((m): m is string => typeof m === 'string');
  if (typeof r.model_filter === 'string' && r.model_filter !== '') c.model_filter = r.model_filter;
  for (const key of ['first_token_timeout_s', 'idle_timeout_s'] as const) {
    const value = r[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) c[key] = value;
  }
  return c;
}

/**
 * Never the file's raw text: a scheme-less URL would be fetched relative to this page (sending the key to
 * its host), and credentials, query and hash must not be stored. A file from Switchboard holds an already
 * resolved API root, which is one of the candidates (e.g. a root-path server without /v1): keep that one.
 * Anything else gets the best guess, as the connection form would before probing.
 */
function importedBaseUrl(raw: string, candidates: readonly string[]): string {
  let given: string | undefined;
  try {
    const url = new URL(raw.trim());
    if (url.username === '' && url.password === '' && url.search === '' && url.hash === '')
      given = url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    given = undefined;
  }
  return given !== undefined && candidates.includes(given) ? given : (candidates[0] as string);
}
