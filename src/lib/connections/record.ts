// The one check for a connection record from outside the form: a stored record, a full backup's entry
// or a connections file's entry. Every door uses it, so a record one door accepts, the others accept too.
import { checked, need, type Checked } from '../util/checked.ts';
import { isRecord } from '../util/is-record.ts';
import { CAPABILITIES, isCapability } from './capabilities.ts';
import { CONNECTION_MODES, isConnectionMode } from './modes.ts';
import { apiRootFromText, isStorableBaseUrl } from './normalize-base-url.ts';
import type { Connection } from './types.ts';

/** The longest first-token or idle timeout, in seconds (a day), for the form and for records alike. */
export const MAX_TIMEOUT_S = 86_400;

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTimeout = (v: unknown): v is number => isTime(v) && v >= 0 && v <= MAX_TIMEOUT_S;

/**
 * `at` names the record in messages, e.g. `connections[2]`. Required: a non-empty id, a name that is not
 * blank, a known mode, a storable base URL (see isStorableBaseUrl), enabled, created_at and updated_at.
 * Optional fields must have their type when present; a blank api_key or model_filter counts as absent, and
 * a timeout outside 0…MAX_TIMEOUT_S is dropped (the default applies). The base URL comes out as
 * apiRootFromText makes it, the one normaliser of every door (punycode host, no trailing slash), so a
 * look-alike host never reads like the name it imitates. A `typed_base_url` (the form's text, once stored
 * with whatever secret it held) is dropped. Other unknown fields are kept, so a newer build's additive
 * field survives a read-write; schema_version is left to the storage door.
 */
export function checkConnection(raw: unknown, at: string): Checked<Connection> {
  return checked(() => readConnection(raw, at));
}

function readConnection(raw: unknown, at: string): Connection {
  need(isRecord(raw), `${at} is not an object.`);
  need(isString(raw.id) && raw.id !== '', `${at} has no "id".`);
  need(isString(raw.name), `${at}.name must be text.`);
  need(raw.name.trim() !== '', `${at}.name is empty.`);
  need(isConnectionMode(raw.mode), `${at}.mode must be one of ${CONNECTION_MODES.join(', ')}.`);
  need(
    isString(raw.base_url) && isStorableBaseUrl(raw.base_url),
    `${at}.base_url must be an http:// or https:// address without a user name or password (nor a query or fragment).`,
  );
  need(typeof raw.enabled === 'boolean', `${at}.enabled must be true or false.`);
  need(isTime(raw.created_at) && isTime(raw.updated_at), `${at} needs "created_at" and "updated_at" times (numbers).`);
  need(raw.api_key === undefined || isString(raw.api_key), `${at}.api_key must be text.`);
  need(raw.params === undefined || isRecord(raw.params), `${at}.params must be an object.`);
  need(raw.server_kind === undefined || isString(raw.server_kind), `${at}.server_kind must be text.`);
  need(
    raw.model_ids === undefined || (Array.isArray(raw.model_ids) && raw.model_ids.every(isString)),
    `${at}.model_ids must be a list of text.`,
  );
  need(raw.model_filter === undefined || isString(raw.model_filter), `${at}.model_filter must be text.`);

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

/**
 * A connection as a file writes it: the API key only when asked, the base URL without user name, password,
 * query or fragment, and no typed address, whatever an older record holds.
 */
export function connectionForFile(c: Connection, includeKey: boolean): Connection {
  const { api_key, typed_base_url: _typed, ...rest } = c as Connection & { typed_base_url?: unknown };
  const base_url = apiRootFromText(c.base_url, c.mode) ?? '';
  return { ...rest, base_url, ...(includeKey && api_key ? { api_key } : {}) };
}
