// idb-keyval's createStore with the two things a long-lived tab needs: it gives the database up when a
// newer Switchboard in another tab wants to upgrade it (`versionchange`), instead of blocking that
// upgrade forever, and reopens on next use; and where IndexedDB is missing or refuses to open (some
// private modes) every call rejects with a named error that storage-errors.ts can explain.
import { promisifyRequest, type UseStore } from 'idb-keyval';

/** An open that another tab blocks (it holds an older version open) fails after this long. */
export const BLOCKED_OPEN_MS = 5000;

export type OpenStore = UseStore & {
  /**
   * Runs `callback` synchronously when the database is already open (undefined otherwise). For
   * `pagehide`: Chromium drops requests a closing page issues even one microtask late.
   */
  now<T>(txMode: IDBTransactionMode, callback: (store: IDBObjectStore) => T): T | undefined;
};

export function createStore(
  dbName: string,
  storeName: string,
  factory: () => IDBFactory | undefined = () => globalThis.indexedDB,
): OpenStore {
  let dbp: Promise<IDBDatabase> | undefined;
  let openDb: IDBDatabase | undefined;

  function open(): Promise<IDBDatabase> {
    let idb: IDBFactory | undefined;
    try {
      idb = factory(); // reading window.indexedDB throws SecurityError where site data is blocked
    } catch (error) {
      return Promise.reject(error);
    }
    if (!idb)
      return Promise.reject(new DOMException('IndexedDB is not available in this browser.', 'InvalidStateError'));
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(dbName);
    } catch (error) {
      return Promise.reject(error); // e.g. SecurityError where site data is blocked
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
    };
    return new Promise<IDBDatabase>((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(new DOMException('Another tab keeps the database on an older version.', 'BlockedError'));
      }, BLOCKED_OPEN_MS);
      promisifyRequest(request).then(
        (db) => {
          clearTimeout(timer);
          if (gaveUp)
            db.close(); // too late: nobody uses it, and it must not block anyone
          else resolve(db);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  function getDB(): Promise<IDBDatabase> {
    if (dbp) return dbp;
    const attempt = open().then((db) => {
      const forget = () => {
        if (dbp === attempt) dbp = undefined;
        if (openDb === db) openDb = undefined;
      };
      openDb = db;
      db.onclose = forget; // e.g. Safari closing idle connections, or site data cleared
      db.onversionchange = () => {
        db.close(); // let the other tab upgrade; the next call here reopens
        forget();
      };
      return db;
    });
    attempt.catch(() => {
      if (dbp === attempt) dbp = undefined; // a failed open is retried by the next call
    });
    dbp = attempt;
    return attempt;
  }

  const store: UseStore = (txMode, callback) =>
    getDB().then((db) => callback(db.transaction(storeName, txMode).objectStore(storeName)));
  return Object.assign(store, {
    now<T>(txMode: IDBTransactionMode, callback: (s: IDBObjectStore) => T): T | undefined {
      return openDb ? callback(openDb.transaction(storeName, txMode).objectStore(storeName)) : undefined;
    },
  });
}
