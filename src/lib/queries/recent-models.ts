// The models chosen last (newest first, a handful), remembered where storage allows, so the picker can
// offer them first. A list that cannot be read is empty; one that cannot be written is not remembered.
import { readPreference, writePreference, type PreferenceStorage } from '../util/preferences.ts';

const RECENT_KEY = 'switchboard:recent-models';
export const RECENT_LIMIT = 5;

type Storage = Pick<PreferenceStorage, 'setItem'> & Partial<Pick<PreferenceStorage, 'getItem'>>;

/** Choice values (see choiceValue), newest first. */
export function recentChoices(storage?: Partial<Pick<PreferenceStorage, 'getItem'>>): string[] {
  const getItem = storage?.getItem?.bind(storage);
  const raw = readPreference(RECENT_KEY, storage && (() => (getItem ? { getItem } : undefined)));
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((v): v is string => typeof v === 'string').slice(0, RECENT_LIMIT);
  } catch {
    return [];
  }
}

export function rememberRecent(value: string, storage?: Storage): void {
  const next = [value, ...recentChoices(storage).filter((v) => v !== value)].slice(0, RECENT_LIMIT);
  writePreference(RECENT_KEY, JSON.stringify(next), storage && (() => storage));
}
