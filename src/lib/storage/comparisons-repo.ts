// Comparisons in IndexedDB, in their own database (so adding them needs no upgrade of the chats
// database): `compare:<id>` per comparison, written by an atomic read-merge-write (compare/merge.ts), so
// a tab's write never erases runs another tab finished. A closing tab's blind puts go under
// `journal:<tab>:<id>` and are merged in at the next start. Each comparison's list entry is kept beside
// it (comparison-summaries.ts). Every function takes the store last.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { mergeComparisons } from '../compare/merge.ts';
import { COMPARISON_SCHEMA_VERSION, type Comparison, type ComparisonSummary } from '../compare/types.ts';
import { isRecord } from '../util/is-record.ts';
import { JOURNAL_PREFIX, prefixRange } from './key-range.ts';
import { createStore, type OpenStore } from './open-store.ts';
import { putPlain } from './put-plain.ts';
import { comparisonSummaryKey, putSummary, readSummaries, readSummary } from './comparison-summaries.ts';

export const COMPARE_DB_NAME = 'switchboard-compare';
export const COMPARE_STORE_NAME = 'comparisons';
export const COMPARE_KEY_PREFIX = 'compare:';

export const compareStore: OpenStore = createStore(COMPARE_DB_NAME, COMPARE_STORE_NAME);

export const comparisonKey = (id: string) => `${COMPARE_KEY_PREFIX}${id}`;
export const compareJournalKey = (tabId: string, id: string) => `${JOURNAL_PREFIX}${tabId}:${id}`;

/** A stored value that looks like a comparison this build can read. */
export function asComparison(raw: unknown): Comparison | undefined {
  if (!isRecord(raw) || typeof raw['id'] !== 'string' || !Array.isArray(raw['columns']) || !isRecord(raw['runs']))
    return undefined;
  const version = typeof raw['schema_version'] === 'number' ? raw['schema_version'] : 0;
  return version > COMPARISON_SCHEMA_VERSION ? undefined : (raw as unknown as Comparison);
}

export async function getComparison(id: string, store: UseStore = compareStore): Promise<Comparison | undefined> {
  return store('readonly', (s) => promisifyRequest(s.get(comparisonKey(id)))).then(asComparison);
}

/** Merges `incoming` with what is stored, in one transaction; resolves to what was stored. */
export function putComparison(incoming: Comparison, store: UseStore = compareStore): Promise<Comparison> {
  return store(
    'readwrite',
    (s) =>
      new Promise<Comparison>((resolve, reject) => {
        const key = comparisonKey(incoming.id);
        const read = s.get(key);
        read.onerror = () => reject(read.error);
        read.onsuccess = () => {
          try {
            const stored = putPlain(s, mergeComparisons(asComparison(read.result), incoming), key);
            putSummary(s, stored);
            promisifyRequest(s.transaction).then(() => resolve(stored), reject);
          } catch (error) {
            reject(error);
          }
        };
      }),
  );
}

export function deleteComparison(id: string, store: UseStore = compareStore): Promise<void> {
  return store('readwrite', (s) => {
    s.delete(comparisonKey(id));
    s.delete(comparisonSummaryKey(id));
    return promisifyRequest(s.transaction);
  });
}

/** Every saved comparison's summary, newest first (reads the summaries, not the runs). */
export function listComparisons(store: UseStore = compareStore): Promise<ComparisonSummary[]> {
  return readSummaries(COMPARE_KEY_PREFIX, asComparison, store);
}

/** One saved comparison's summary (undefined when it is not stored). */
export function getComparisonSummary(
  id: string,
  store: UseStore = compareStore,
): Promise<ComparisonSummary | undefined> {
  return readSummary(id, comparisonKey(id), asComparison, store);
}

export async function allComparisons(store: UseStore = compareStore): Promise<Comparison[]> {
  const values = await store('readonly', (s) => promisifyRequest(s.getAll(prefixRange(COMPARE_KEY_PREFIX))));
  return values.map(asComparison).filter((c): c is Comparison => c !== undefined);
}

/** A closing page's blind put (synchronous when the store is open; see unload-journal.ts for why). */
export function journalComparison(c: Comparison, tabId: string, store: OpenStore = compareStore): void {
  const done = store.now('readwrite', (s) => putPlain(s, c, compareJournalKey(tabId, c.id)));
  if (done === undefined) void store('readwrite', (s) => putPlain(s, c, compareJournalKey(tabId, c.id)));
}

/** Merges every journalled copy into its comparison and removes the journal entries. */
export async function replayComparisonJournal(store: UseStore = compareStore): Promise<void> {
  const entries = await store('readonly', async (s) => {
    const range = prefixRange(JOURNAL_PREFIX);
    const [keys, values] = await Promise.all([
      promisifyRequest(s.getAllKeys(range)),
      promisifyRequest(s.getAll(range)),
    ]);
    return keys.map((k, i) => [k, values[i]] as const);
  });
  for (const [key, value] of entries) {
    const c = asComparison(value);
    if (c) await putComparison(c, store);
    await store('readwrite', (s) => {
      s.delete(key);
      return promisifyRequest(s.transaction);
    });
  }
}
