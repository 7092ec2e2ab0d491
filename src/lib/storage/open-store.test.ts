import 'fake-indexeddb/auto';
import { IDBFactory as FakeFactory } from 'fake-indexeddb';
import { get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from './storage-errors.ts';
import { BLOCKED_OPEN_MS, createStore } from './open-store.ts';

let n = 0;
const name = () => `open-store-${++n}`;

function openRaw(
  factory: IDBFactory,
  db: string,
  version?: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(db) : factory.open(db, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => vi.useRealTimers());

describe('createStore (open-store)', () => {
  it('works like idb-keyval’s store', async () => {
    const store = createStore(name(), 'kv');
    await set('a', 1, store);
    expect(await get('a', store)).toBe(1);
  });

  it('lets a newer tab upgrade the database instead of blocking it, then reopens', async () => {
    const db = name();
    const store = createStore(db, 'kv');
    await set('a', 1, store);
    // another tab with a newer schema upgrades the same database
    const newer = await openRaw(indexedDB, db, 2, (d) => d.createObjectStore('extra'));
    expect(newer.version).toBe(2);
    newer.close();
    expect(await get('a', store)).toBe(1);
  });

  it('says “unavailable” where IndexedDB is missing or refuses to open', async () => {
    const missing = createStore(name(), 'kv', () => undefined);
    await expect(get('a', missing)).rejects.toMatchObject({ name: 'InvalidStateError' });
    await expect(get('a', missing).catch(classifyStorageError)).resolves.toMatchObject({ kind: 'unavailable' });
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(
      get(
        'a',
        createStore(name(), 'kv', () => refusing),
      ).catch(classifyStorageError),
    ).resolves.toMatchObject({ kind: 'unavailable' });
    // where site data is blocked by policy, even reading window.indexedDB throws
    const blocked = createStore(name(), 'kv', () => {
      throw new DOMException('denied', 'SecurityError');
    });
    await expect(get('a', blocked).catch(classifyStorageError)).resolves.toMatchObject({ kind: 'unavailable' });
  });

  it('gives up on an open that another tab blocks, with a “blocked” error, and retries on the next call', async () => {
    const factory = new FakeFactory();
    const db = name();
    const holder = await openRaw(factory, db, 1, (d) => d.createObjectStore('kv'));
    // this build needs version 2: the holder never lets go
    const blockedFactory = { open: (dbName: string) => factory.open(dbName, 2) } as unknown as IDBFactory;
    const store = createStore(db, 'kv', () => blockedFactory);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const failing = get('a', store).catch(classifyStorageError);
    await vi.advanceTimersByTimeAsync(BLOCKED_OPEN_MS + 1);
    await expect(failing).resolves.toMatchObject({ kind: 'blocked' });
    vi.useRealTimers();
    holder.close();
    // the late open lands (and is closed, unused); the next call opens afresh
    expect(await get('a', store)).toBeUndefined();
  });
});
