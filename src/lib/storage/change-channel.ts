// The one cross-tab notice wrapper over BroadcastChannel, for every typed channel (chats, connections):
// inert where BroadcastChannel is missing, passes on only messages its reader accepts (another tab may
// run another build, or anything else on this origin may post), and can be closed.

export interface ChangeChannel<T> {
  post(message: T): void;
  /** returns an unsubscribe function */
  subscribe(listener: (message: T) => void): () => void;
  close(): void;
}

export type ChannelCtor = new (name: string) => BroadcastChannel;

/**
 * `read` turns incoming data into a message, or undefined to ignore it; listeners get what it returns,
 * never the raw data. A tab never receives its own posts (BroadcastChannel semantics), only other tabs'.
 * `Channel` null (or a page without BroadcastChannel) gives an inert channel.
 */
export function createChangeChannel<T>(
  name: string,
  read: (data: unknown) => T | undefined,
  Channel: ChannelCtor | null | undefined = globalThis.BroadcastChannel,
): ChangeChannel<T> {
  const channel = Channel ? new Channel(name) : undefined;
  const listeners = new Set<(message: T) => void>();
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = read(event.data);
      if (message === undefined) return;
      for (const listener of listeners) listener(message);
    };
  }
  let closed = false;
  return {
    post(message) {
      if (!closed) channel?.postMessage(message);
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
