// Reads what the app stored in IndexedDB, straight from the page (no app code involved).
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
