// Hash routing, so the static build works under any path prefix without server rewrites.

export type Route = { page: 'chat'; chatId?: string } | { page: 'settings' };

function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'settings') return { page: 'settings' };
  const chatId = parts[0] === 'chat' && parts[1] ? decodeURIComponent(parts[1]) : undefined;
  return chatId ? { page: 'chat', chatId } : { page: 'chat' };
}

class Router {
  route = $state<Route>(parse(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.route = parse(location.hash)));
  }

  go(hash: string): void {
    if (location.hash !== hash) location.hash = hash;
    this.route = parse(hash);
  }
}

export const router = new Router();

export function chatHref(id?: string): string {
  return id ? `#/chat/${encodeURIComponent(id)}` : '#/chat';
}
