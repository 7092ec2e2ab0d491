// Query options for the saved comparisons list, refreshed when this or another tab saves one.
import { queryOptions, type QueryClient } from '@tanstack/svelte-query';
import { createCompareChannel } from '../storage/compare-channel.ts';
import { listComparisons } from '../storage/comparisons-repo.ts';

export const comparisonsKey = ['comparisons'] as const;

export function comparisonsQuery() {
  return queryOptions({ queryKey: comparisonsKey, queryFn: () => listComparisons(), staleTime: Infinity });
}

export function invalidateComparisons(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: comparisonsKey });
}

/** Tells other tabs, and refreshes this tab's list. */
export function announceComparison(client: QueryClient, id: string): void {
  const channel = createCompareChannel();
  channel.post({ id });
  channel.close();
  void invalidateComparisons(client);
}

/** Follows other tabs' changes: the list is refetched and `onChanged` hears the id. Returns the unsubscribe. */
export function followComparisons(client: QueryClient, onChanged: (id: string) => void): () => void {
  const channel = createCompareChannel();
  const off = channel.subscribe(({ id }) => {
    void invalidateComparisons(client);
    onChanged(id);
  });
  return () => {
    off();
    channel.close();
  };
}
