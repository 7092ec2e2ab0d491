// Query options for stored connections and for each connection's model list (one query per connection).
import { queryOptions, type QueryClient } from '@tanstack/svelte-query';
import type { Connection } from '../connections/types.ts';
import { listModels } from '../providers/index.ts';
import type { ModelInfo } from '../providers/types.ts';
import { listConnections } from '../storage/connections-repo.ts';
import { createChangeChannel } from '../storage/change-channel.ts';
import { applyModelFilter } from './model-filter.ts';
import { requestOptionsFor } from './diagnose.ts';

export const DISCOVERY_TIMEOUT_MS = 8000;

export const connectionsKey = ['connections'] as const;

export function connectionsQuery() {
  return queryOptions({ queryKey: connectionsKey, queryFn: () => listConnections(), staleTime: Infinity });
}

/** Every input that changes the answer is in the key, so an edit refetches. */
export function modelsKey(c: Connection) {
  return ['models', c.id, c.mode, c.base_url, c.updated_at] as const;
}

export function modelsQuery(c: Connection) {
  return queryOptions({
    queryKey: modelsKey(c),
    queryFn: async ({ signal }): Promise<ModelInfo[]> => {
      const listed = await listModels(c, { ...requestOptionsFor(c), signal, timeoutMs: DISCOVERY_TIMEOUT_MS });
      return applyModelFilter(listed, c.model_filter, c.model_ids);
    },
    enabled: c.enabled,
    retry: false,
  });
}

type ConnectionsChange = { type: 'connections-changed' };
const channel = createChangeChannel<ConnectionsChange>('switchboard-connections');

/** Tell this tab and the others that stored connections changed. */
export async function announceConnectionsChanged(client: QueryClient): Promise<void> {
  channel.post({ type: 'connections-changed' });
  await client.invalidateQueries({ queryKey: connectionsKey });
}

/** Refetch connections whenever another tab changes them. Returns the unsubscribe function. */
export function followOtherTabs(client: QueryClient): () => void {
  return channel.subscribe(() => void client.invalidateQueries({ queryKey: connectionsKey }));
}

export function refreshModels(client: QueryClient, c?: Connection): Promise<void> {
  return client.refetchQueries({ queryKey: c ? ['models', c.id] : ['models'], type: 'active' });
}

/** The diagnosis of a failed model list, keyed by the failure so a new failure is diagnosed anew. */
export function diagnosisKey(c: Connection, error: { kind: string; response?: { status: number } }) {
  return ['diagnosis', c.id, c.updated_at, error.kind, error.response?.status ?? 0] as const;
}
