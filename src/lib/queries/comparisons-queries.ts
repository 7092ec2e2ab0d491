// Query options for the saved comparisons list. It is read whole once; after that a save, rename or delete
// (in this tab or another) updates only the one entry it changed, from the comparison in hand or from
// that comparison's stored summary, never by re-reading every comparison.
import { queryOptions, type QueryClient } from '@tanstack/svelte-query';
import type { ComparisonSummary } from '../compare/types.ts';
import { createCompareChannel } from '../storage/compare-channel.ts';
import { getComparisonSummary, listComparisons } from '../storage/comparisons-repo.ts';

export const comparisonsKey = ['comparisons'] as const;

export function comparisonsQuery(list: () => Promise<ComparisonSummary[]> = () => listComparisons()) {
  return queryOptions({ queryKey: comparisonsKey, queryFn: list, staleTime: Infinity });
}

/** The list with `id`'s entry replaced by `summary` (removed when undefined), newest first. */
export function withSummary(
  list: readonly ComparisonSummary[],
  id: string,
  summary: ComparisonSummary | undefined,
): ComparisonSummary[] {
  const rest = list.filter((s) => s.id !== id);
  return summary ? [...rest, summary].sort((a, b) => b.updated_at - a.updated_at) : rest;
}

/** Updates one entry of the cached list (nothing to do before the list was first read). */
export function setSummary(client: QueryClient, id: string, summary: ComparisonSummary | undefined): void {
  client.setQueryData<ComparisonSummary[]>(comparisonsKey, (list) => list && withSummary(list, id, summary));
}

/** Refreshes one entry from its stored summary (a read that finishes after a newer local update is dropped). */
export async function refreshSummary(
  client: QueryClient,
  id: string,
  read: (id: string) => Promise<ComparisonSummary | undefined> = (i) => getComparisonSummary(i),
): Promise<void> {
  if (!client.getQueryData(comparisonsKey)) return;
  const summary = await read(id);
  const shown = client.getQueryData<ComparisonSummary[]>(comparisonsKey)?.find((s) => s.id === id);
  if (summary && shown && shown.updated_at > summary.updated_at) return;
  setSummary(client, id, summary);
}

/**
 * Tells other tabs that `id` changed, and updates this tab's entry: from `summary` when the caller has it
 * (null: deleted), else from storage.
 */
export function announceComparison(client: QueryClient, id: string, summary?: ComparisonSummary | null): void {
  const channel = createCompareChannel();
  channel.post({ id });
  channel.close();
  if (summary !== undefined) setSummary(client, id, summary ?? undefined);
  else void refreshSummary(client, id);
}

/** Follows other tabs' changes: the entry is refreshed and `onChanged` hears the id. Returns the unsubscribe. */
export function followComparisons(client: QueryClient, onChanged: (id: string) => void): () => void {
  const channel = createCompareChannel();
  const off = channel.subscribe(({ id }) => {
    void refreshSummary(client, id);
    onChanged(id);
  });
  return () => {
    off();
    channel.close();
  };
}
