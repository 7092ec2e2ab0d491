// A read-modify-write of one record (like idb-keyval's `update`) that never changes an old-schema
// record without keeping it: when the stored value is from an older schema version, the original is
// copied under `backup:v<N>:<key>` in the same transaction, before the record is rewritten in the new
// shape. So a migration bug can always be undone from the backup. Backups are never overwritten (the
// first original of each version wins) and never listed as records (their keys have another prefix).
import { promisifyRequest, type UseStore } from 'idb-keyval';
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
