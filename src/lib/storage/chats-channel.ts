// Cross-tab notice that a conversation changed or was deleted, over BroadcastChannel('switchboard-chats').
// Carries ids only: receivers re-read IndexedDB. Inert where BroadcastChannel does not exist.

export const CHATS_CHANNEL_NAME = 'switchboard-chats';

export interface ChatsChange {
  type: 'changed' | 'deleted';
  id: string;
}

export interface ChatsChannel {
  post(change: ChatsChange): void;
  /** returns an unsubscribe function */
  subscribe(listener: (change: ChatsChange) => void): () => void;
  close(): void;
}

type ChannelCtor = new (name: string) => BroadcastChannel;

function isChange(data: unknown): data is ChatsChange {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id } = data as { type?: unknown; id?: unknown };
  return (type === 'changed' || type === 'deleted') && typeof id === 'string' && id !== '';
}

/** A tab never receives its own posts (BroadcastChannel semantics), only other tabs'. */
export function createChatsChannel(
  Channel: ChannelCtor | undefined = globalThis.BroadcastChannel,
  name: string = CHATS_CHANNEL_NAME,
): ChatsChannel {
  const channel = Channel ? new Channel(name) : undefined;
  const listeners = new Set<(change: ChatsChange) => void>();
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      if (!isChange(event.data)) return;
      const change: ChatsChange = { type: event.data.type, id: event.data.id };
      for (const listener of listeners) listener(change);
    };
  }
  let closed = false;
  return {
    post(change) {
      if (!closed) channel?.postMessage({ type: change.type, id: change.id });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      channel?.close();
    },
  };
}
