// The saved comparisons list's own records: `compare-summary:<id>` beside each `compare:<id>`, written in
// the same transaction as the comparison, so listing (or refreshing one entry) reads a few fields per
// comparison instead of every run's text. A comparison written without one (before summaries existed)
// is summarised from its full record once and its summary stored.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { summariseComparison } from '../compare/comparison.ts';
import type { Comparison, ComparisonSummary } from '../compare/types.ts';
import { isRecord } from '../util/is-record.ts';
import { prefixRange } from './key-range.ts';

export const COMPARE_SUMMARY_PREFIX = 'compare-summary:';
export const comparisonSummaryKey = (id: string) => `${COMPARE_SUMMARY_PREFIX}${id}`;

/** Writes `c`'s summary in the transaction of `s` (beside the comparison itself). */
export function putSummary(s: IDBObjectStore, c: Comparison): void {
  s.put(summariseComparison(c), comparisonSummaryKey(c.id));
}

export function asSummary(raw: unknown): ComparisonSummary | undefined {
  if (!isRecord(raw) || typeof raw['id'] !== 'string' || typeof raw['title'] !== 'string') return undefined;
  if (typeof raw['updated_at'] !== 'number' || typeof raw['runs'] !== 'number' || !Array.isArray(raw['models']))
    return undefined;
  return raw as unknown as ComparisonSummary;
}

export const newestFirst = (a: ComparisonSummary, b: ComparisonSummary) => b.updated_at - a.updated_at;

/**
 * Every stored comparison's summary, newest first. `read` gives the full comparison of a key that has no
 * summary yet (and `store` keeps the one made from it).
 */
export async function readSummaries(
  comparisonPrefix: string,
  read: (raw: unknown) => Comparison | undefined,
  store: UseStore,
): Promise<ComparisonSummary[]> {
  const [keys, summaries] = await store('readonly', (s) =>
    Promise.all([
      promisifyRequest(s.getAllKeys(prefixRange(comparisonPrefix))),
      promisifyRequest(s.getAll(prefixRange(COMPARE_SUMMARY_PREFIX))),
    ]),
  );
  const byId = new Map<string, ComparisonSummary>();
  for (const raw of summaries) {
    const summary = asSummary(raw);
    if (summary) byId.set(summary.id, summary);
  }
  const missing = keys.map(String).filter((k) => !byId.has(k.slice(comparisonPrefix.length)));
  if (missing.length > 0) {
    const made = await store('readwrite', async (s) => {
      const values = await Promise.all(missing.map((k) => promisifyRequest(s.get(k))));
      const found = values.map(read).filter((c): c is Comparison => c !== undefined);
      for (const c of found) putSummary(s, c);
      return found.map(summariseComparison);
    });
    for (const summary of made) byId.set(summary.id, summary);
  }
  const ids = new Set(keys.map((k) => String(k).slice(comparisonPrefix.length)));
  return [...byId.values()].filter((s) => ids.has(s.id)).sort(newestFirst);
}

/** One comparison's summary (undefined when it is not stored). */
export async function readSummary(
  id: string,
  comparisonKey: string,
  read: (raw: unknown) => Comparison | undefined,
  store: UseStore,
): Promise<ComparisonSummary | undefined> {
  const [exists, raw] = await store('readonly', (s) =>
    Promise.all([promisifyRequest(s.getKey(comparisonKey)), promisifyRequest(s.get(comparisonSummaryKey(id)))]),
  );
  if (exists === undefined) return undefined;
  const summary = asSummary(raw);
  if (summary) return summary;
  return store('readwrite', async (s) => {
    const c = read(await promisifyRequest(s.get(comparisonKey)));
    if (c) putSummary(s, c);
    return c && summariseComparison(c);
  });
}

/** Rewrites the summaries of `ids` from their comparisons (after a restore or its undo wrote them). */
export function rewriteSummaries(
  ids: readonly string[],
  keyOf: (id: string) => string,
  read: (raw: unknown) => Comparison | undefined,
  store: UseStore,
): Promise<void> {
  return store('readwrite', async (s) => {
    const values = await Promise.all(ids.map((id) => promisifyRequest(s.get(keyOf(id)))));
    ids.forEach((id, i) => {
      const c = read(values[i]);
      if (c) putSummary(s, c);
      else s.delete(comparisonSummaryKey(id));
    });
    await promisifyRequest(s.transaction);
  });
}
