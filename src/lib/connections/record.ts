// The one check for a connection record from outside the form: a stored record, a full backup's entry
// or a connections file's entry. Every door uses the same rules (record-rules.ts), so a record one door
// accepts, the others accept too; this module says what is wrong in the reader's language.
import type { Checked } from '../util/checked.ts';
import { tr } from '../i18n/active-language.ts';
import { CONNECTION_MODES } from './modes.ts';
import { apiRootFromText } from './normalize-base-url.ts';
import { MAX_TIMEOUT_S, readConnectionRecord, type RecordProblem } from './record-rules.ts';
import type { Connection } from './types.ts';

export { MAX_TIMEOUT_S };

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
  return readConnectionRecord(raw, (problem) => problemText(problem, at));
}

function problemText(problem: RecordProblem, at: string): string {
  const field = `${at}.${problem}`;
  switch (problem) {
    case 'object':
      return tr('{at} is not an object.', { at });
    case 'id':
      return tr('{at} has no {field}.', { at, field: '"id"' });
    case 'blank-name':
      return tr('{field} is empty.', { field: `${at}.name` });
    case 'mode':
      return tr('{field} must be one of {values}.', { field, values: CONNECTION_MODES.join(', ') });
    case 'base_url':
      return tr(
        '{field} must be an {http} or {https} address without a user name or password (nor a query or fragment).',
        { field, http: 'http://', https: 'https://' },
      );
    case 'enabled':
      return tr('{field} must be true or false.', { field });
    case 'times':
      return tr('{at} needs {created} and {updated} times (numbers).', {
        at,
        created: '"created_at"',
        updated: '"updated_at"',
      });
    case 'params':
      return tr('{field} must be an object.', { field });
    case 'model_ids':
      return tr('{field} must be a list of text.', { field });
    default:
      // name, api_key, server_kind, model_filter
      return tr('{field} must be text.', { field });
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
