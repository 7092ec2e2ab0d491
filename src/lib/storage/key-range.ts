// Key ranges over the string-prefixed keys that share one IndexedDB store (chat:, summary:, journal:, backup:).

/** Every string key that starts with `prefix` (and nothing else). */
export function prefixRange(prefix: string): IDBKeyRange {
  const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return IDBKeyRange.bound(prefix, upper, false, true);
}

/** Keys of the unload journal (unload-journal.ts): `journal:<tab>:<conversation id>`. */
export const JOURNAL_PREFIX = 'journal:';
