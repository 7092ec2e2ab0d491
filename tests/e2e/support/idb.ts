// Reads what the app stored in IndexedDB, and stores records the way older builds did, straight from the
// page (no app code involved).
import type { Page } from '@playwright/test';

/** Every message text of every stored conversation (all branches), by conversation id. */
export async function storedMessageTexts(
  page: Page,
  prefixes: readonly string[] = ['chat:'],
): Promise<Record<string, string[]>> {
  return page.evaluate(
    (prefixes) =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = indexedDB.open('switchboard-chats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('conversations', 'readonly');
          const store = tx.objectStore('conversations');
          const keysReq = store.getAllKeys();
          const valuesReq = store.getAll();
          tx.oncomplete = () => {
            const out: Record<string, string[]> = {};
            keysReq.result.forEach((key, i) => {
              if (typeof key !== 'string') return;
              const prefix = prefixes.find((p) => key.startsWith(p));
              if (prefix === undefined) return;
              const conv = valuesReq.result[i] as { nodes?: Record<string, { content: string }> };
              out[prefix === 'chat:' ? key.slice(prefix.length) : key] = Object.values(conv.nodes ?? {}).map(
                (n) => n.content,
              );
            });
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    prefixes,
  );
}

/** All texts stored anywhere, flattened. */
export async function allStoredTexts(page: Page): Promise<string[]> {
  return Object.values(await storedMessageTexts(page)).flat();
}

/**
 * Puts `records` (key, value) into the chats database as a build without the summary index did: chat:<id>
 * records only. Creates the database when it is new, as idb-keyval does.
 */
export async function storeRawRecords(page: Page, records: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('switchboard-chats');
      open.onupgradeneeded = () => open.result.createObjectStore('conversations');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('conversations', 'readwrite');
    const store = tx.objectStore('conversations');
    for (const [key, value] of records) store.put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
