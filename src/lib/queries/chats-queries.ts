// Query options for the conversation list (and search), refreshed when this or another tab saves.
import { queryOptions, type QueryClient } from '@tanstack/svelte-query';
import { createChatsChannel } from '../storage/chats-channel.ts';
import { listConversations, searchConversations } from '../storage/chats-repo.ts';

export const chatsKey = ['chats'] as const;

export function chatsQuery(search: string) {
  const q = search.trim();
  return queryOptions({
    queryKey: [...chatsKey, q] as const,
    // a first start after an upgrade builds the summary index: show the rows as they come
    queryFn: ({ signal, client, queryKey }) =>
      q
        ? searchConversations(q, undefined, signal)
        : listConversations(undefined, (partial) => client.setQueryData(queryKey, partial)),
    staleTime: Infinity,
  });
}

export function invalidateChats(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: chatsKey });
}

/** Refetch the list whenever another tab changes a conversation. Returns the unsubscribe function. */
export function followChatsInOtherTabs(client: QueryClient): () => void {
  const channel = createChatsChannel();
  const off = channel.subscribe(() => void invalidateChats(client));
  return () => {
    off();
    channel.close();
  };
}
