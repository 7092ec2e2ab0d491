// Hash routing, so the static build works under any path prefix without server rewrites.
import { parseRoute, type Route } from './parse-route.ts';
import { cleanHash } from '../lib/connections/deep-link.ts';

export type { Route };

class Router {
  route = $state<Route>({ page: 'chat' });
  /** why the address in the bar was not the page shown (cleared by the next navigation) */
  problem = $state<string | undefined>();

  constructor() {
    this.follow(location.hash);
    addEventListener('hashchange', () => this.follow(location.hash));
  }

  go(hash: string): void {
    if (location.hash !== hash) location.hash = hash;
    this.follow(hash);
  }

  /** Done with a deep link (added, cancelled or applied): the chat list, and a message when there is one. */
  leaveLink(message?: string): void {
    history.replaceState(history.state, '', chatHref());
    this.follow(chatHref());
    this.problem = message;
  }

  dismissProblem(): void {
    this.problem = undefined;
  }

  private follow(hash: string): void {
    const parsed = parseRoute(hash);
    this.route = parsed.route;
    this.problem = parsed.problem;
    // the unreadable address leaves the bar, so a reload opens what is shown
    if (parsed.problem) history.replaceState(history.state, '', chatHref());
    // a dropped key leaves the address bar (and this history entry) at once
    else if (parsed.route.page === 'chat' && parsed.route.link && hash !== cleanHash(parsed.route.link)) {
      history.replaceState(history.state, '', cleanHash(parsed.route.link));
    }
  }
}

export const router = new Router();

export function chatHref(id?: string): string {
  return id ? `#/chat/${encodeURIComponent(id)}` : '#/chat';
}
