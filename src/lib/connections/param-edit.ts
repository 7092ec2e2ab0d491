// Editing a chat's parameters field by field: the text typed into a field read as a value or an error
// (shown next to that field), and a params object with one catalogue key set or cleared.
import { tr } from '../i18n/active-language.ts';
import { PARAM_SPECS, type ParamKey, type ParamSpec } from './param-specs.ts';
import { noLimit, readParam, type ParamValue, type ResolvedParam } from './resolve-params.ts';
import type { ConnectionParams } from './types.ts';

export type ParsedField = { ok: true; value?: ParamValue } | { ok: false; error: string };

/** '' (or only blank lines) means unset; numbers must be in the catalogue's range (and whole where asked). */
export function parseField(spec: ParamSpec, text: string): ParsedField {
  if (spec.kind === 'stops') {
    const stops = text.split('\n').filter((line) => line !== '');
    if (stops.length > 4)
      return { ok: false, error: tr('{label}: at most {max} (one per line)', { label: spec.label, max: 4 }) };
    return stops.length > 0 ? { ok: true, value: stops } : { ok: true };
  }
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true };
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return { ok: false, error: tr('{label} must be a number', { label: spec.label }) };
  if (spec.integer && !Number.isInteger(n))
    return { ok: false, error: tr('{label} must be a whole number', { label: spec.label }) };
  if (n < spec.min || n > spec.max) {
    const range = { label: spec.label, min: String(spec.min), max: String(spec.max) };
    return { ok: false, error: tr('{label} must be between {min} and {max}', range) };
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
  if (value !== undefined) (next as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
  return next;
}

/** What each catalogue field holds as text while the panel is open. */
export type FieldTexts = Record<ParamKey, string>;
export type FieldErrors = Partial<Record<ParamKey, string>>;

export function textsFromParams(params: ConnectionParams | undefined): FieldTexts {
  const texts = {} as FieldTexts;
  for (const spec of PARAM_SPECS) texts[spec.key] = fieldText(readParam(params, spec.key));
  return texts;
}

/**
 * The chat's params as the fields say: `base` (its other keys kept) with every valid field applied.
 * A field in error keeps the saved value and is reported under its key.
 */
export function readFields(
  base: ConnectionParams | undefined,
  texts: FieldTexts,
): { params: ConnectionParams; errors: FieldErrors } {
  let params: ConnectionParams = { ...base };
  const errors: FieldErrors = {};
  for (const spec of PARAM_SPECS) {
    const parsed = parseField(spec, texts[spec.key]);
    if (parsed.ok) params = withParam(params, spec.key, parsed.value);
    else errors[spec.key] = parsed.error;
  }
  return { params, errors };
}

/**
 * Where a field's slider sits: the value in force, else the server's named default, else the bottom; an
 * unset answer limit sits at the top ("no limit"), so dragging it down sets a limit.
 */
export function sliderPosition(param: ResolvedParam): number {
  const { spec } = param;
  if (noLimit(param)) return spec.max;
  const candidates = [param.value, param.serverDefault?.value];
  const found = candidates.find((v): v is number => typeof v === 'number');
  return Math.min(spec.max, Math.max(spec.min, found ?? spec.min));
}

/** Whether two params objects say the same, whatever their keys' order. */
export function sameParams(a: ConnectionParams | undefined, b: ConnectionParams | undefined): boolean {
  const stable = (p: ConnectionParams | undefined) =>
    JSON.stringify(Object.entries(p ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return stable(a) === stable(b);
}
