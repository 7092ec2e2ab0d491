// Reads the stored copies of one answer straight from IndexedDB (the chat record and any unload journal
// entries), and numbers the lines of the test servers' generated reply (bigReplyPieces), so a test can
// say how far an answer got on screen and in storage without depending on how it is rendered.
import type { Locator, Page } from '@playwright/test';

export interface StoredAnswer {
  /** `chat:<id>` or `journal:<tab>:<id>` */
  key: string;
  status: string;
  content: string;
}

/** Every stored copy of the answer to the user message `prompt` (first answer of the first such message). */
export function storedAnswers(page: Page, prompt: string): Promise<StoredAnswer[]> {
  return page.evaluate(
    (prompt) =>
      new Promise<StoredAnswer[]>((resolve, reject) => {
        type Node = { role: string; content: string; status: string; children: string[] };
        const open = indexedDB.open('switchboard-chats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('conversations', 'readonly');
          const keysReq = tx.objectStore('conversations').getAllKeys();
          const valuesReq = tx.objectStore('conversations').getAll();
          tx.oncomplete = () => {
            const out: StoredAnswer[] = [];
            keysReq.result.forEach((key, i) => {
              if (typeof key !== 'string' || !/^(chat|journal):/.test(key)) return;
              const byId = (valuesReq.result[i] as { nodes?: Record<string, Node> }).nodes ?? {};
              const user = Object.values(byId).find((n) => n.role === 'user' && n.content === prompt);
              const answer = user?.children[0] === undefined ? undefined : byId[user.children[0]];
              if (answer) out.push({ key, status: answer.status, content: answer.content });
            });
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    prompt,
  );
}

/** The stored copy that got furthest (the one the next start shows: the journal is merged into the record). */
export async function furthestStored(page: Page, prompt: string): Promise<StoredAnswer | undefined> {
  const copies = await storedAnswers(page, prompt);
  return copies.sort((a, b) => b.content.length - a.content.length)[0];
}

/** The highest "Line NNNNNN:" of the generated reply in `text`, 0 when none. */
export function lastLine(text: string): number {
  const all = [...text.matchAll(/Line (\d{6}):/g)];
  return all.length ? Number(all.at(-1)?.[1]) : 0;
}

/** How line `n` of the generated reply starts. */
export function lineLabel(n: number): string {
  return `Line ${String(n).padStart(6, '0')}:`;
}

/** What `answer` shows now, and when on the page's clock (performance.now()). */
export async function paintedNow(answer: Locator): Promise<{ text: string; status: string; at: number }> {
  return answer.evaluate((el) => ({
    text: el.textContent ?? '',
    status: el.getAttribute('data-status') ?? '',
    at: performance.now(),
  }));
}
