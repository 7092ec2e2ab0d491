// The user's own parameter presets: a small UI preference, kept in Web Storage like the last model
// choice (util/preferences.ts). Saving refuses a taken or empty name; a store that refuses writes
// keeps nothing, and says so.
import { parsePresets, presetFromParams, presetNameProblem, type ParamPreset } from '../connections/param-presets.ts';
import { tr } from '../i18n/active-language.ts';
import type { ConnectionParams } from '../connections/types.ts';
import { readPreference, writePreference, type PreferenceStorage } from '../util/preferences.ts';

const PRESETS_KEY = 'switchboard:param-presets';

type Storage = () => PreferenceStorage | undefined;
const defaultStorage: Storage = () => globalThis.localStorage;

export function loadPresets(storage: Storage = defaultStorage): ParamPreset[] {
  return parsePresets(readPreference(PRESETS_KEY, storage));
}

export type PresetResult = { ok: true; presets: ParamPreset[] } | { ok: false; error: string };

export function savePreset(
  name: string,
  params: ConnectionParams | undefined,
  storage: Storage = defaultStorage,
): PresetResult {
  const current = loadPresets(storage);
  const problem = presetNameProblem(name, current);
  if (problem) return { ok: false, error: problem };
  const preset = presetFromParams(name, params);
  if (Object.keys(preset.params).length === 0) {
    return { ok: false, error: tr('Set at least one parameter for this chat first') };
  }
  return store([...current, preset], storage);
}

export function deletePreset(name: string, storage: Storage = defaultStorage): PresetResult {
  return store(
    loadPresets(storage).filter((p) => p.name !== name),
    storage,
  );
}

function store(presets: ParamPreset[], storage: Storage): PresetResult {
  if (!writePreference(PRESETS_KEY, JSON.stringify(presets), storage)) {
    return { ok: false, error: tr('This browser refused to store the preset') };
  }
  return { ok: true, presets };
}
