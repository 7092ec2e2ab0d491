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

/** Every record of every IndexedDB database of the page, as JSON text per database and store (for "stored anywhere?"). */
export async function everyStoredRecord(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        out[`${info.name}/${store}`] = JSON.stringify(values);
      }
      db.close();
    }
    return out;
  });
}

/** The connections stored (name and base URL of each). */
export async function storedConnections(page: Page): Promise<{ name: string; base_url: string; api_key?: string }[]> {
  const text = (await everyStoredRecord(page))['switchboard-connections/connections'];
  return text ? (JSON.parse(text) as { name: string; base_url: string; api_key?: string }[]) : [];
}
