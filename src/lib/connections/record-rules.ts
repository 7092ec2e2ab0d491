// The rules a connection record from outside the form must meet (a stored record, a backup's or a
// connections file's entry), and the one normaliser every door uses. A broken rule is named by a short
// code; record.ts turns it into the sentence a reader sees, so the stored-record door in the first load
// carries no sentences it never shows.
import { checked, need, type Checked } from '../util/checked.ts';
import { isRecord } from '../util/is-record.ts';
import { CAPABILITIES, isCapability } from './capabilities.ts';
import { isConnectionMode } from './modes.ts';
import { apiRootFromText, isStorableBaseUrl } from './normalize-base-url.ts';
import type { Connection } from './types.ts';

/** The longest first-token or idle timeout, in seconds (a day), for the form and for records alike. */
export const MAX_TIMEOUT_S = 86_400;

export type RecordProblem =
  | 'object'
  | 'id'
  | 'name'
  | 'blank-name'
  | 'mode'
  | 'base_url'
  | 'enabled'
  | 'times'
  | 'api_key'
  | 'params'
  | 'server_kind'
  | 'model_ids'
  | 'model_filter';

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTimeout = (v: unknown): v is number => isTime(v) && v >= 0 && v <= MAX_TIMEOUT_S;

/** The record as every door keeps it, or the first broken rule, put into words by `say`. */
export function readConnectionRecord(
  raw: unknown,
  say: (problem: RecordProblem) => string = (problem) => problem,
): Checked<Connection> {
  const read = checked(() => readConnection(raw));
  return read.ok ? read : { ok: false, error: say(read.error as RecordProblem) };
}

function readConnection(raw: unknown): Connection {
  need(isRecord(raw), 'object');
  need(isString(raw.id) && raw.id !== '', 'id');
  need(isString(raw.name), 'name');
  need(raw.name.trim() !== '', 'blank-name');
  need(isConnectionMode(raw.mode), 'mode');
  need(isString(raw.base_url) && isStorableBaseUrl(raw.base_url), 'base_url');
  need(typeof raw.enabled === 'boolean', 'enabled');
  need(isTime(raw.created_at) && isTime(raw.updated_at), 'times');
  need(raw.api_key === undefined || isString(raw.api_key), 'api_key');
  need(raw.params === undefined || isRecord(raw.params), 'params');
  need(raw.server_kind === undefined || isString(raw.server_kind), 'server_kind');
  need(raw.model_ids === undefined || (Array.isArray(raw.model_ids) && raw.model_ids.every(isString)), 'model_ids');
  need(raw.model_filter === undefined || isString(raw.model_filter), 'model_filter');

  const { schema_version: _version, typed_base_url: _typed, ...record } = raw;
  record.base_url = apiRootFromText(raw.base_url, raw.mode) ?? raw.base_url;
  if (record.api_key === '') delete record.api_key;
  if (record.model_filter === '') delete record.model_filter;
  for (const key of ['first_token_timeout_s', 'idle_timeout_s'] as const) {
    if (key in record && !isTimeout(record[key])) delete record[key];
  }
  readCapabilities(record);
  return record as unknown as Connection;
}

/** Unknown capabilities and out-of-range timeouts are dropped (a newer build's value, or a hand-edited file). */
function readCapabilities(record: Record<string, unknown>): void {
  if ('capabilities' in record) {
    const caps = Array.isArray(record.capabilities) ? record.capabilities.filter(isCapability) : [];
    if (caps.length > 0) record.capabilities = [...new Set(caps)];
    else delete record.capabilities;
  }
  if ('capability_timeouts_s' in record) {
    const raw = record.capability_timeouts_s;
    const kept = Object.fromEntries(
      Object.entries(isRecord(raw) ? raw : {}).filter(
        ([k, v]) => k !== 'chat' && CAPABILITIES.includes(k as never) && isTimeout(v),
      ),
    );
    if (Object.keys(kept).length > 0) record.capability_timeouts_s = kept;
    else delete record.capability_timeouts_s;
  }
}
