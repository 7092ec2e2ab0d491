// Sampling presets: the three built in (Precise, Balanced, Creative) and the user's own, saved by name.
// Applying one replaces the chat's sampling parameters and leaves its limit, seed and stops alone.
import { tr } from '../i18n/active-language.ts';
import type { ConnectionMode } from './modes.ts';
import { PARAM_SPECS, type ParamKey } from './param-specs.ts';
import { parseField, withParam } from './param-edit.ts';
import { readParam, type ParamValue } from './resolve-params.ts';
import type { ConnectionParams } from './types.ts';

export interface ParamPreset {
  name: string;
  params: Partial<Record<ParamKey, ParamValue>>;
  builtIn?: boolean;
}

/** The built-in names are getters, written in the language active when read (they are never stored). */
export const BUILT_IN_PRESETS: readonly ParamPreset[] = [
  {
    get name() {
      return tr('Precise');
    },
    builtIn: true,
    params: { temperature: 0.2, top_p: 0.9, top_k: 20 },
  },
  {
    get name() {
      return tr('Balanced');
    },
    builtIn: true,
    params: { temperature: 0.7, top_p: 0.95, top_k: 40 },
  },
  {
    get name() {
      return tr('Creative');
    },
    builtIn: true,
    params: { temperature: 1.1, top_p: 1, top_k: 100 },
  },
];

/**
 * `params` with the preset applied: every sampling parameter the preset sets (and the mode sends) takes
 * its value, the other sampling ones are cleared (so they inherit); any other key is kept.
 */
export function applyPreset<P extends ConnectionParams>(params: P, preset: ParamPreset, mode?: ConnectionMode): P {
  let next = params;
  for (const spec of PARAM_SPECS) {
    const value = preset.params[spec.key];
    const sent = mode === undefined || spec.modes[mode].sent;
    if (value !== undefined && sent) next = withParam(next, spec.key, value);
    else if (spec.group === 'sampling') next = withParam(next, spec.key, undefined);
  }
  return next;
}

/** A preset holding every catalogue parameter `params` sets (within its range). */
export function presetFromParams(name: string, params: ConnectionParams | undefined): ParamPreset {
  const out: ParamPreset['params'] = {};
  for (const spec of PARAM_SPECS) {
    const value = readParam(params, spec.key);
    const inRange = typeof value !== 'number' || parseField(spec, String(value)).ok;
    if (value !== undefined && inRange) out[spec.key] = value;
  }
  return { name: name.trim(), params: out };
}

/** Why a name cannot be used for a new preset, or undefined when it can. */
export function presetNameProblem(name: string, existing: readonly ParamPreset[]): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return tr('Give the preset a name');
  if (trimmed.length > 40) return tr('Keep the name under {max} characters', { max: 40 });
  const taken = [...BUILT_IN_PRESETS, ...existing].some((p) => p.name.toLowerCase() === trimmed.toLowerCase());
  return taken ? tr('A preset named "{name}" already exists', { name: trimmed }) : undefined;
}

/** The user's presets from stored JSON; anything malformed is skipped, never trusted. */
export function parsePresets(json: string | undefined): ParamPreset[] {
  if (!json) return [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const out: ParamPreset[] = [];
  for (const item of data) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, params } = item as { name?: unknown; params?: unknown };
    if (typeof name !== 'string' || name.trim() === '' || typeof params !== 'object' || params === null) continue;
    const clean = presetFromParams(name, params as ConnectionParams);
    if (!out.some((p) => p.name === clean.name)) out.push(clean);
  }
  return out;
}
