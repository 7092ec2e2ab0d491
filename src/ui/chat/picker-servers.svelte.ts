// The model picker's servers: every enabled connection with its short status, read from the queries the
// chat page already runs (these observers never fetch on their own: no refetch on mount or focus).
// Connections that serve no chat (a speech-only server) are left out: see offersChat.
import { createQueries, createQuery, useQueryClient } from '@tanstack/svelte-query';
import { visibleName } from '../../lib/connections/visible-name.ts';
import { connectionStatus, shortStatus, type ModelsQueryState } from '../../lib/queries/connection-status.ts';
import { connectionsQuery, modelsListingFailure, modelsQuery } from '../../lib/queries/connections-queries.ts';
import type { PickerServer } from '../../lib/queries/picker-layout.ts';
import { offersChat } from '../../lib/queries/model-choices.ts';
import { servesChat } from '../../lib/connections/capabilities.ts';

export function pickerServers(): { readonly list: PickerServer[] } {
  const client = useQueryClient();
  const connections = createQuery(() => connectionsQuery());
  const enabled = $derived((connections.data ?? []).filter((c) => c.enabled && servesChat(c)));
  const results = createQueries(() => ({
    queries: enabled.map((c) => ({ ...modelsQuery(c), refetchOnMount: false, refetchOnWindowFocus: false })),
  }));
  const list = $derived(
    enabled.flatMap((c, i) => {
      const q: ModelsQueryState = results[i] ?? { isPending: true, isFetching: true, error: null };
      if (!offersChat(c, q.data)) return [];
      const failure = q.data ? modelsListingFailure(client, c) : undefined;
      return [{ id: c.id, name: visibleName(c.name), status: shortStatus(connectionStatus(c, q, failure)) }];
    }),
  );
  return {
    get list() {
      return list;
    },
  };
}
