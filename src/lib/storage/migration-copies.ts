// Migration copies (backup:v<N>:<key>, made by update-with-backup.ts) once they are not wanted: a
// deleted record's copies go with it, in the deleting transaction (so a deleted connection's API key or a
// deleted chat's text is not kept), and the copies that remain are counted, so the user can see them.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { prefixRange } from './key-range.ts';
import { BACKUP_PREFIX } from './update-with-backup.ts';

const COPY_KEY = /^backup:v\d+:([\s\S]*)$/;

/** The key of the record a copy was made of; undefined for keys that are not copies. */
export function copiedKey(key: IDBValidKey): string | undefined {
  return typeof key === 'string' ? COPY_KEY.exec(key)?.[1] : undefined;
}

/**
 * Deletes every migration copy of `key`, inside the caller's readwrite transaction (call it beside the
 * record's own delete; the transaction's completion covers these requests too).
 */
export function deleteCopiesIn(os: IDBObjectStore, key: string): void {
  const listed = os.getAllKeys(prefixRange(BACKUP_PREFIX));
  listed.onsuccess = () => {
    for (const copy of listed.result) if (copiedKey(copy) === key) os.delete(copy);
  };
}

/** Deletes `key` and its migration copies in one transaction. */
export function deleteWithCopies(key: string, store: UseStore): Promise<void> {
  return store('readwrite', (os) => {
    os.delete(key);
    deleteCopiesIn(os, key);
    return promisifyRequest(os.transaction);
  });
}

export interface CopiesCount {
  count: number;
  /** the copies' size as JSON text (a close guide to what they take up) */
  bytes: number;
}

function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0; // not JSON-able (e.g. nested too deeply): counted, not sized
  }
}

/** How many migration copies these stores hold, and how big they are. */
export async function countMigrationCopies(stores: readonly UseStore[]): Promise<CopiesCount> {
  let count = 0;
  let bytes = 0;
  for (const store of stores) {
    const copies = await store('readonly', (os) => promisifyRequest(os.getAll(prefixRange(BACKUP_PREFIX))));
    count += copies.length;
    for (const copy of copies) bytes += jsonLength(copy);
  }
  return { count, bytes };
}
