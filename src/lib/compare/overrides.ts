// Per-column overrides: what one column asks differently from the comparison's shared settings (the
// chat's system prompt and parameters): its own system prompt, temperature, top_p and answer limit.
// The override wins; an empty or absent one inherits. The setup form's texts are read with the chat
// panel's own field validation (connections/param-edit.ts); the column's header shows a short summary.
import { fieldText, parseField } from '../connections/param-edit.ts';
import { paramSpec, type ParamKey } from '../connections/param-specs.ts';
import { readParam } from '../connections/resolve-params.ts';
import { mergeParams } from '../providers/index.ts';
import type { ChatParams } from '../providers/types.ts';
import { tr } from '../i18n/active-language.ts';

/** The parameters a column may override, in the order the form shows them. */
export const OVERRIDE_KEYS = ['temperature', 'top_p', 'max_tokens'] as const satisfies readonly ParamKey[];
export type OverrideKey = (typeof OVERRIDE_KEYS)[number];

export interface RequestSettings {
  system_prompt?: string;
  params?: ChatParams;
}

const nonEmpty = (text: string | undefined): string | undefined => (text?.trim() ? text : undefined);

/** What one column sends: its own settings over the shared ones (override wins; empty or absent inherits). */
export function effectiveSettings(shared: RequestSettings, column: RequestSettings): RequestSettings {
  const system = nonEmpty(column.system_prompt) ?? nonEmpty(shared.system_prompt);
  // the chat's merge: undefined values do not override, and the answer limit counts as one setting
  const params = mergeParams(shared.params, column.params);
  return {
    ...(system !== undefined ? { system_prompt: system } : {}),
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}

/** The overrides form of one column, as typed. */
export type OverrideTexts = { system_prompt: string } & Record<OverrideKey, string>;
export type OverrideErrors = Partial<Record<OverrideKey, string>>;

export function emptyOverrideTexts(): OverrideTexts {
  return { system_prompt: '', temperature: '', top_p: '', max_tokens: '' };
}

export function overrideTexts(settings: RequestSettings): OverrideTexts {
  const texts = emptyOverrideTexts();
  texts.system_prompt = settings.system_prompt ?? '';
  for (const key of OVERRIDE_KEYS) texts[key] = fieldText(readParam(settings.params, key));
  return texts;
}

/** The form read: the overrides it sets (blank fields set nothing) and an error per field that is wrong. */
export function readOverrideTexts(texts: OverrideTexts): { settings: RequestSettings; errors: OverrideErrors } {
  const params: ChatParams = {};
  const errors: OverrideErrors = {};
  for (const key of OVERRIDE_KEYS) {
    const parsed = parseField(paramSpec(key), texts[key]);
    if (!parsed.ok) errors[key] = parsed.error;
    else if (typeof parsed.value === 'number') params[key] = parsed.value;
  }
  const system = nonEmpty(texts.system_prompt);
  return {
    settings: {
      ...(system !== undefined ? { system_prompt: system } : {}),
      ...(Object.keys(params).length > 0 ? { params } : {}),
    },
    errors,
  };
}

function summaryOf(key: OverrideKey, value: string): string {
  if (key === 'temperature') return tr('temperature {value}', { value });
  if (key === 'max_tokens') return tr('max tokens {value}', { value });
  return `${key} ${value}`;
}

/** A column's overrides in words, e.g. ["temperature 0.2", "max tokens 200", "own system prompt"]. */
export function overrideSummary(column: RequestSettings): string[] {
  const out: string[] = [];
  for (const key of OVERRIDE_KEYS) {
    const value = readParam(column.params, key);
    if (value !== undefined) out.push(summaryOf(key, fieldText(value)));
  }
  if (nonEmpty(column.system_prompt) !== undefined) out.push(tr('own system prompt'));
  return out;
}
