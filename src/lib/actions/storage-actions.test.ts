import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { askForPersistenceOnce, migrationCopiesReport, storageReport, type AskedMemory } from './storage-actions.ts';

function memory(asked: boolean) {
  return { get: () => asked, set: vi.fn<() => void>() } satisfies AskedMemory;
}

describe('storageReport', () => {
  it('describes usage and persistence', async () => {
    const report = await storageReport({
      estimate: async () => ({ usage: 1_200_000, quota: 10_000_000_000 }),
      persisted: async () => true,
    });
    expect(report).toEqual({ usage: 'Using 1.2 MB of 10 GB (0.01%)', persistence: 'persistent' });
  });

  it('has no usage when the browser gives none or fails, and no StorageManager at all is unsupported', async () => {
    const failing = { estimate: () => Promise.reject(new Error('no')), persisted: async () => false };
    expect(await storageReport(failing)).toEqual({ usage: null, persistence: 'best-effort' });
    expect(await storageReport({ persisted: async () => false })).toEqual({ usage: null, persistence: 'best-effort' });
    expect(await storageReport(undefined)).toEqual({ usage: null, persistence: 'unsupported' });
  });
});

describe('askForPersistenceOnce', () => {
  it('asks a browser that keeps data best-effort, and remembers it asked', async () => {
    const persist = vi.fn(async () => true);
    const asked = memory(false);
    await askForPersistenceOnce({ persisted: async () => false, persist }, asked);
    expect(persist).toHaveBeenCalledOnce();
    expect(asked.set).toHaveBeenCalledOnce();
  });

  it('once asked, does not even look at the StorageManager again', async () => {
    const persisted = vi.fn(async () => false);
    const persist = vi.fn(async () => true);
    await askForPersistenceOnce({ persisted, persist }, memory(true));
    expect(persisted).not.toHaveBeenCalled();
    expect(persist).not.toHaveBeenCalled();
  });
});

describe('migrationCopiesReport', () => {
  it('names how many migration copies are kept and their size; nothing when there are none', async () => {
    const chats = createStore('test-report-chats', 'conversations');
    const connections = createStore('test-report-connections', 'connections');
    expect(await migrationCopiesReport([chats, connections])).toBeNull();
    await set('backup:v0:chat:a', { text: 'x'.repeat(1985) }, chats);
    await set('backup:v0:connection:k', 'abc', connections);
    await set('chat:a', { not: 'a copy' }, chats);
    expect(await migrationCopiesReport([chats, connections])).toMatch(/^2 migration copies, 2 kB: /);
  });
});
