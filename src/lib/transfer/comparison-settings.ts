// The request settings a comparison file may carry, shared and per column: a system prompt (text) and
// parameters (an object whose catalogue parameters hold what the chat panel accepts: numbers in range,
// whole where asked, at most four stop sequences; other keys pass through as JSON, as a connection's
// extra parameters do). Pure; reports the first problem as a sentence.
import { fieldText, parseField } from '../connections/param-edit.ts';
import { PARAM_SPECS } from '../connections/param-specs.ts';
import { need } from '../util/checked.ts';
import { isRecord } from '../util/is-record.ts';
import { tr } from '../i18n/active-language.ts';

const LIMIT_ALIASES = ['max_completion_tokens', 'num_predict'];

function checkParams(params: unknown, where: string): void {
  need(isRecord(params), tr('{field} must be an object.', { field: `${where}.params` }));
  for (const spec of PARAM_SPECS) {
    const keys = spec.key === 'max_tokens' ? [spec.key, ...LIMIT_ALIASES] : [spec.key];
    for (const key of keys) {
      const value = params[key];
      if (value === undefined) continue;
      if (spec.kind === 'stops') {
        const list = typeof value === 'string' ? [value] : value;
        need(
          Array.isArray(list) && list.every((s) => typeof s === 'string'),
          tr('{field} must be text or a list of texts.', { field: `${where}.params.${key}` }),
        );
        continue;
      }
      need(typeof value === 'number', tr('{field} must be a number.', { field: `${where}.params.${key}` }));
      const parsed = parseField(spec, fieldText(value));
      need(parsed.ok, `${where}.params.${key}: ${parsed.ok ? '' : parsed.error}.`);
    }
  }
}

/** Throws Invalid (util/checked.ts) when `raw`'s system_prompt or params is malformed; absent is fine. */
export function checkRequestSettings(raw: Record<string, unknown>, where: string): void {
  if (raw['system_prompt'] !== undefined)
    need(typeof raw['system_prompt'] === 'string', tr('{field} must be text.', { field: `${where}.system_prompt` }));
  if (raw['params'] !== undefined) checkParams(raw['params'], where);
}
