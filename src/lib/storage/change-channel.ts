// Cross-tab change notices over BroadcastChannel; a no-op where BroadcastChannel is missing.

export interface ChangeChannel<T> {
  post(message: T): void;
  subscribe(listener: (message: T) => void): () => void;
}

export function createChangeChannel<T>(name: string): ChangeChannel<T> {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, subscribe: () => () => {} };
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const handler = (event: MessageEvent<T>) => listener(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
