// Hash routing, so the static build works under any path prefix without server rewrites.
import { parseRoute, type Route } from './parse-route.ts';

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

  dismissProblem(): void {
    this.problem = undefined;
  }

  private follow(hash: string): void {
    const parsed = parseRoute(hash);
    this.route = parsed.route;
    this.problem = parsed.problem;
    // the unreadable address leaves the bar, so a reload opens what is shown
    if (parsed.problem) history.replaceState(history.state, '', chatHref());
  }
}

export const router = new Router();

export function chatHref(id?: string): string {
  return id ? `#/chat/${encodeURIComponent(id)}` : '#/chat';
}
