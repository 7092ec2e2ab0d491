// Pure migrations for stored connection records. Every record carries schema_version; add a step per bump.
import type { Connection, ConnectionMode, ServerKind } from './types.ts';

export const CONNECTION_SCHEMA_VERSION = 1;

export type StoredConnection = Connection & { schema_version: number };

const MODES: readonly ConnectionMode[] = ['openai', 'ollama', 'openai_compatible'];

/** The record's schema version; records written before versioning count as 0. */
export function connectionVersionOf(raw: unknown): number {
  const v = typeof raw === 'object' && raw !== null ? (raw as { schema_version?: unknown }).schema_version : undefined;
  return typeof v === 'number' ? v : 0;
}

/**
 * v0 records (before versioning) used camelCase names (`baseUrl`, `apiKey`, `isEnabled`, `type`).
 * Returns null for anything that is not a connection, so one bad record never hides the rest.
 */
export function migrateConnection(raw: unknown): StoredConnection | null {
  if (typeof raw !== 'object' || raw === null) return null;
  let record = raw as Record<string, unknown>;
  const version = typeof record.schema_version === 'number' ? record.schema_version : 0;
  if (version > CONNECTION_SCHEMA_VERSION) return null;
  if (version === 0) record = fromV0(record);
  return isConnection(record)
    ? { ...(record as unknown as Connection), schema_version: CONNECTION_SCHEMA_VERSION }
    : null;
}

function fromV0(r: Record<string, unknown>): Record<string, unknown> {
  const mode = r.mode ?? (r.type === 'openai-compatible' ? 'openai_compatible' : r.type);
  const now = Date.now();
  const out: Record<string, unknown> = {
    id: r.id,
    name: r.name ?? r.label,
    mode,
    base_url: r.base_url ?? r.baseUrl,
    enabled: r.enabled ?? r.isEnabled ?? true,
    created_at: r.created_at ?? now,
    updated_at: r.updated_at ?? now,
  };
  const apiKey = r.api_key ?? r.apiKey;
  if (typeof apiKey === 'string' && apiKey !== '') out.api_key = apiKey;
  const filter = r.model_filter ?? r.modelFilter;
  if (typeof filter === 'string' && filter !== '') out.model_filter = filter;
  for (const key of ['params', 'server_kind', 'model_ids'] as const) if (r[key] !== undefined) out[key] = r[key];
  return out;
}

function isConnection(r: Record<string, unknown>): boolean {
  return (
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    MODES.includes(r.mode as ConnectionMode) &&
    typeof r.base_url === 'string' &&
    typeof r.enabled === 'boolean' &&
    (r.server_kind === undefined || typeof (r.server_kind as ServerKind) === 'string')
  );
}
