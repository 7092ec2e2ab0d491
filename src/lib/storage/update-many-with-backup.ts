// Many records rewritten in one transaction, all or nothing, with the same migration copies as
// update-with-backup.ts, and its undo. Only a restore uses these: apart, so they load with it.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { prefixRange } from './key-range.ts';
import { putPlain } from './put-plain.ts';
import { BACKUP_PREFIX, backupKey, type SchemaInfo } from './update-with-backup.ts';

/**
 * Many records in ONE transaction, all or nothing: reads every key, computes each new value (an
 * updater that throws aborts the lot) and writes them, backing up old-version records as above.
 * Resolves to the previous values (undefined = was absent), so a caller can put them back.
 */
export function updateManyWithBackup(
  keys: readonly string[],
  updater: (key: string, old: unknown) => unknown,
  schema: SchemaInfo,
  store: UseStore,
  alsoWrite?: (s: IDBObjectStore, next: unknown) => void,
): Promise<Map<string, unknown>> {
  return store(
    'readwrite',
    (s) =>
      new Promise<Map<string, unknown>>((resolve, reject) => {
        const previous = new Map<string, unknown>();
        let existingBackups = new Set<string>();
        let left = keys.length + 1;
        const done = () => {
          if (--left > 0) return;
          try {
            for (const key of keys) {
              const old = previous.get(key);
              const next = updater(key, old);
              const version = old === undefined ? schema.current : schema.versionOf(old);
              const saved = backupKey(version, key);
              if (version < schema.current && !existingBackups.has(saved)) {
                s.put(old, saved);
                existingBackups.add(saved);
              }
              const stored = putPlain(s, next, key);
              alsoWrite?.(s, stored);
            }
          } catch (error) {
            s.transaction.abort();
            reject(error);
            return;
          }
          promisifyRequest(s.transaction).then(() => resolve(previous), reject);
        };
        const listed = s.getAllKeys(prefixRange(BACKUP_PREFIX));
        listed.onerror = () => reject(listed.error);
        listed.onsuccess = () => {
          existingBackups = new Set(listed.result.map(String));
          done();
        };
        for (const key of keys) {
          const read = s.get(key);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            previous.set(key, read.result);
            done();
          };
        }
      }),
  );
}

/** Undo of updateManyWithBackup: every key back to its previous value (or removed), in one transaction. */
export function putBack(previous: ReadonlyMap<string, unknown>, store: UseStore): Promise<void> {
  return store('readwrite', (s) => {
    for (const [key, value] of previous) {
      if (value === undefined) s.delete(key);
      else s.put(value, key);
    }
    return promisifyRequest(s.transaction);
  });
}
