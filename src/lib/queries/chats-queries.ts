// Query options for the conversation list (and search), refreshed when this or another tab saves.
import { queryOptions, type QueryClient } from '@tanstack/svelte-query';
import { createChatsChannel } from '../storage/chats-channel.ts';
import { listConversations, searchConversations } from '../storage/chats-repo.ts';

export const chatsKey = ['chats'] as const;

export function chatsQuery(search: string) {
  const q = search.trim();
  return queryOptions({
    queryKey: [...chatsKey, q] as const,
    queryFn: ({ signal }) => (q ? searchConversations(q, undefined, signal) : listConversations()),
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
