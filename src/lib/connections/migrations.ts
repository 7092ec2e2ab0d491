// Pure migrations for stored connection records. Every record carries schema_version; add a step per bump.
// What a migrated record must then be is record-rules.ts's business, as for every other door.
import { isRecord } from '../util/is-record.ts';
import { isConnectionMode } from './modes.ts';
import { apiRootFromText } from './normalize-base-url.ts';
import { readConnectionRecord } from './record-rules.ts';
import type { Connection } from './types.ts';

export const CONNECTION_SCHEMA_VERSION = 1;

export type StoredConnection = Connection & { schema_version: number };

/** The record's schema version; records written before versioning count as 0. */
export function connectionVersionOf(raw: unknown): number {
  return isRecord(raw) && typeof raw.schema_version === 'number' ? raw.schema_version : 0;
}

/**
 * v0 records (before versioning) used camelCase names (`baseUrl`, `apiKey`, `isEnabled`, `type`).
 * Returns null for anything that is not a connection, so one bad record never hides the rest.
 */
export function migrateConnection(raw: unknown): StoredConnection | null {
  if (!isRecord(raw)) return null;
  const version = connectionVersionOf(raw);
  if (version > CONNECTION_SCHEMA_VERSION) return null;
  const read = readConnectionRecord(version === 0 ? fromV0(raw) : raw);
  return read.ok ? { ...read.value, schema_version: CONNECTION_SCHEMA_VERSION } : null;
}

function fromV0(r: Record<string, unknown>): Record<string, unknown> {
  const mode = r.mode ?? (r.type === 'openai-compatible' ? 'openai_compatible' : r.type);
  const baseUrl = r.base_url ?? r.baseUrl;
  const now = Date.now();
  const out: Record<string, unknown> = {
    id: r.id,
    name: r.name ?? r.label,
    mode,
    // typed before the form normalised addresses: made an API root the way a file's address is
    base_url:
      typeof baseUrl === 'string' && isConnectionMode(mode) ? (apiRootFromText(baseUrl, mode) ?? baseUrl) : baseUrl,
    enabled: r.enabled ?? r.isEnabled ?? true,
    created_at: r.created_at ?? now,
    updated_at: r.updated_at ?? now,
  };
  const apiKey = r.api_key ?? r.apiKey;
  if (typeof apiKey === 'string') out.api_key = apiKey;
  const filter = r.model_filter ?? r.modelFilter;
  if (typeof filter === 'string') out.model_filter = filter;
  for (const key of ['params', 'server_kind', 'model_ids'] as const) if (r[key] !== undefined) out[key] = r[key];
  return out;
}
