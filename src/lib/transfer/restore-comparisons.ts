// Writes a backup's comparisons into their own database in one transaction. A comparison that is not here
// is added; one that is here is only changed when the file's copy is newer (later `updated_at`), and then
// merged run by run (compare/merge.ts), so no run stored here is lost; otherwise the stored one is kept.
// A stored comparison from a newer Switchboard is never touched.
import type { UseStore } from 'idb-keyval';
import { mergeComparisons } from '../compare/merge.ts';
import { COMPARISON_SCHEMA_VERSION, type Comparison } from '../compare/types.ts';
import { asComparison, compareStore, comparisonKey } from '../storage/comparisons-repo.ts';
import { putBack, updateManyWithBackup } from '../storage/update-many-with-backup.ts';
import { putSummary, rewriteSummaries } from '../storage/comparison-summaries.ts';
import { isRecord } from '../util/is-record.ts';

export interface ComparisonsRestoreCount {
  /** comparisons that were not here */
  added: number;
  /** comparisons here that the file's newer copy updated */
  updated: number;
  /** comparisons here left as they are (the stored copy is as new or newer) */
  kept: number;
}

const versionOf = (raw: unknown): number =>
  isRecord(raw) && typeof raw['schema_version'] === 'number' ? raw['schema_version'] : 0;

/** Resolves to the count and an undo (puts back what was stored before). */
export async function restoreComparisons(
  comparisons: readonly Comparison[],
  store: UseStore = compareStore,
): Promise<{ count: ComparisonsRestoreCount; undo: () => Promise<void> }> {
  const count: ComparisonsRestoreCount = { added: 0, updated: 0, kept: 0 };
  if (comparisons.length === 0) return { count, undo: async () => {} };
  const incoming = new Map(comparisons.map((c) => [comparisonKey(c.id), c]));
  const previous = await updateManyWithBackup(
    [...incoming.keys()],
    (key, old) => {
      const file = incoming.get(key) as Comparison;
      if (old === undefined) {
        count.added++;
        return file;
      }
      const stored = versionOf(old) > COMPARISON_SCHEMA_VERSION ? undefined : asComparison(old);
      if (stored && file.updated_at > stored.updated_at) {
        count.updated++;
        return mergeComparisons(stored, file);
      }
      count.kept++;
      return old;
    },
    { versionOf, current: COMPARISON_SCHEMA_VERSION },
    store,
    (s, next) => {
      const c = asComparison(next);
      if (c) putSummary(s, c);
    },
  );
  const ids = comparisons.map((c) => c.id);
  return {
    count,
    undo: async () => {
      await putBack(previous, store);
      await rewriteSummaries(ids, comparisonKey, asComparison, store);
    },
  };
}
