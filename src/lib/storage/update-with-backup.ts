// A read-modify-write of one record (like idb-keyval's `update`) that never changes an old-schema
// record without keeping it: when the stored value is from an older schema version, the original is
// copied under `backup:v<N>:<key>` in the same transaction, before the record is rewritten in the new
// shape. So a migration bug can always be undone from the backup. Backups are never overwritten (the
// first original of each version wins) and never listed as records (their keys have another prefix).
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { prefixRange } from './key-range.ts';
import { putPlain } from './put-plain.ts';

export const BACKUP_PREFIX = 'backup:';

export function backupKey(version: number, key: string): string {
  return `${BACKUP_PREFIX}v${version}:${key}`;
}

export interface SchemaInfo {
  /** the schema version of a stored value (0 for records written before versioning) */
  versionOf: (raw: unknown) => number;
  current: number;
}

/**
 * Reads `key`, computes the new value with `updater` and writes it, atomically. If `updater` throws,
 * nothing is written and the promise rejects with that error. `old` absent → no backup.
 */
export function updateWithBackup<T>(
  key: string,
  updater: (old: unknown) => T,
  schema: SchemaInfo,
  store: UseStore,
  /** more writes for the same transaction, e.g. a record's summary beside it */
  alsoWrite?: (s: IDBObjectStore, next: T) => void,
): Promise<void> {
  return store(
    'readwrite',
    (s) =>
      // built by hand, not by chaining promises, so the transaction stays open between the requests
      new Promise<void>((resolve, reject) => {
        const read = s.get(key);
        read.onerror = () => reject(read.error);
        read.onsuccess = () => {
          const old: unknown = read.result;
          let next: T;
          try {
            next = updater(old);
          } catch (error) {
            reject(error);
            return;
          }
          const write = () => {
            try {
              const stored = putPlain(s, next, key);
              alsoWrite?.(s, stored);
              resolve(promisifyRequest(s.transaction));
            } catch (error) {
              reject(error); // e.g. DataCloneError: a throw in a request callback would leave this hanging
            }
          };
          const version = old === undefined ? schema.current : schema.versionOf(old);
          if (version >= schema.current) return write();
          const saved = backupKey(version, key);
          const probe = s.count(saved);
          probe.onerror = () => reject(probe.error);
          probe.onsuccess = () => {
            try {
              if (probe.result === 0) s.put(old, saved);
            } catch (error) {
              reject(error);
              return;
            }
            write();
          };
        };
      }),
  );
}

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
