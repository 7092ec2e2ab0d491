// Which folders of the chat list are closed: a view choice of this browser, kept as a preference (a list
// of names) so a reload keeps it; an unreadable value means every folder is open.
import { readPreference, writePreference, type PreferenceStorage } from '../../lib/util/preferences.ts';

const KEY = 'switchboard.closed-folders';

export function parseClosedFolders(value: string | undefined): Set<string> {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

export function readClosedFolders(storage?: () => PreferenceStorage | undefined): Set<string> {
  return parseClosedFolders(readPreference(KEY, storage));
}

export function saveClosedFolders(closed: ReadonlySet<string>, storage?: () => PreferenceStorage | undefined): void {
  writePreference(KEY, JSON.stringify([...closed]), storage);
}
