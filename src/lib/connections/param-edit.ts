// Editing a chat's parameters field by field: the text typed into a field read as a value or an error
// (shown next to that field), and a params object with one catalogue key set or cleared.
import { paramSpec, type ParamKey, type ParamSpec } from './param-specs.ts';
import type { ParamValue } from './resolve-params.ts';
import type { ConnectionParams } from './types.ts';

export type ParsedField = { ok: true; value?: ParamValue } | { ok: false; error: string };

/** '' (or only blank lines) means unset; numbers must be in the catalogue's range (and whole where asked). */
export function parseField(spec: ParamSpec, text: string): ParsedField {
  if (spec.kind === 'stops') {
    const stops = text.split('\n').filter((line) => line !== '');
    if (stops.length > 4) return { ok: false, error: `${spec.label}: at most 4 (one per line)` };
    return stops.length > 0 ? { ok: true, value: stops } : { ok: true };
  }
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true };
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return { ok: false, error: `${spec.label} must be a number` };
  if (spec.integer && !Number.isInteger(n)) return { ok: false, error: `${spec.label} must be a whole number` };
  if (n < spec.min || n > spec.max) {
    return { ok: false, error: `${spec.label} must be between ${spec.min} and ${spec.max}` };
  }
  return { ok: true, value: n };
}

/** The text a field shows for a value ('' for unset). */
export function fieldText(value: ParamValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join('\n') : String(value);
}

const LIMIT_ALIASES = ['max_completion_tokens', 'num_predict'];

/** `params` with `key` set to `value`, or removed when undefined; the limit's other spellings go too. */
export function withParam<P extends ConnectionParams>(params: P, key: ParamKey, value: ParamValue | undefined): P {
  const next = { ...params };
  delete next[key];
  if (key === 'max_tokens') for (const alias of LIMIT_ALIASES) delete next[alias];
  if (value !== undefined)
    (next as ConnectionParams)[key] = paramSpec(key).kind === 'stops' ? [...(value as string[])] : value;
  return next;
}
