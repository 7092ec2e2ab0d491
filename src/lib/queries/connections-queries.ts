// Query options for stored connections and for each connection's model list (one query per connection).
import { queryOptions, type QueryClient } from '@tanstack/svelte-query';
import type { Connection } from '../connections/types.ts';
import { isProviderError, type ProviderError } from '../providers/errors.ts';
import { applyModelFilter, listModels } from '../providers/index.ts';
import type { ModelInfo } from '../providers/types.ts';
import { listConnections } from '../storage/connections-repo.ts';
import { createConnectionsChannel } from '../storage/connections-channel.ts';
import { requestOptionsFor } from './request-options.ts';
import { activeLocale } from '../i18n/active-language.ts';

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
    queryFn: ({ signal, client }): Promise<ModelInfo[]> =>
      loadModels(c, signal, {
        onListingFailure: (error) => client.setQueryData(modelsListingFailureKey(c), error ?? null),
      }),
    enabled: c.enabled,
    retry: false,
  });
}

export interface LoadModelsDeps {
  /** the provider call; injectable for tests */
  list?: typeof listModels;
  /** the listing failure that manual ids stood in for, or undefined when the list was read */
  onListingFailure?: (error: ProviderError | undefined) => void;
}

/**
 * The models a connection offers: the server's list, filtered, plus the manual ids. Manual ids exist for
 * servers whose list is missing or broken, so when listing fails and there are manual ids, they are the
 * answer (the status then reads "Online · N models", which is what can be used); the failure goes to
 * `onListingFailure` for anyone who wants to show it. Refusals raised before sending (no API key, bad
 * URL) and cancellation still fail: a chat request would be refused the same way.
 */
export async function loadModels(
  c: Connection,
  signal: AbortSignal | undefined,
  deps: LoadModelsDeps = {},
): Promise<ModelInfo[]> {
  const list = deps.list ?? listModels;
  let listed: ModelInfo[];
  try {
    listed = await list(c, { ...requestOptionsFor(c), ...(signal ? { signal } : {}), timeoutMs: DISCOVERY_TIMEOUT_MS });
  } catch (error) {
    const manual = (c.model_ids ?? []).length > 0;
    if (!manual || !isProviderError(error) || error.kind === 'aborted' || error.code !== undefined) throw error;
    deps.onListingFailure?.(error);
    return applyModelFilter([], c.model_filter, c.model_ids);
  }
  deps.onListingFailure?.(undefined);
  return applyModelFilter(listed, c.model_filter, c.model_ids);
}

/** Kept apart from modelsKey so refreshing models never refetches it. */
export function modelsListingFailureKey(c: Connection) {
  return ['models-listing-failure', c.id, c.updated_at] as const;
}

/** Why the server's list could not be read, when the model query answered with the manual ids alone. */
export function modelsListingFailure(client: QueryClient, c: Connection): ProviderError | undefined {
  return client.getQueryData<ProviderError | null>(modelsListingFailureKey(c)) ?? undefined;
}

const channel = createConnectionsChannel();

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

/**
 * The diagnosis of a failed model list, keyed by the failure so a new failure is diagnosed anew, and by the
 * language its text is written in, so a change of language writes it again.
 */
export function diagnosisKey(c: Connection, error: { kind: string; response?: { status: number } }) {
  return ['diagnosis', c.id, c.updated_at, error.kind, error.response?.status ?? 0, activeLocale()] as const;
}
