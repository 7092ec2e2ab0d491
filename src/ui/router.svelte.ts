// Hash routing, so the static build works under any path prefix without server rewrites.
import { parseRoute, type Route } from './parse-route.ts';

export type { Route };

class Router {
  route = $state<Route>({ page: 'chat' });
  /** why the address in the bar was not the page shown (cleared by the next navigation) */
  problem = $state<string | undefined>();
  /** the last address shown that was not a deep link: where a cancelled link returns */
  private place = chatHref();

  constructor() {
    this.follow(location.hash);
    addEventListener('hashchange', () => this.follow(location.hash));
  }

  go(hash: string): void {
    if (location.hash !== hash) location.hash = hash;
    this.follow(hash);
  }

  /**
   * Done with a deep link: the chat list (added, applied) or where the user was before it (`back`, on
   * Cancel), and a message when there is one.
   */
  leaveLink(message?: string, back = false): void {
    const to = back ? this.place : chatHref();
    history.replaceState(history.state, '', to);
    this.follow(to);
    this.problem = message;
  }

  /**
   * A #/connect link read by Settings: the address bar loses what was dropped (so no key stays there); the
   * route keeps the link as read, so the dialog can still say a key was ignored.
   */
  cleanLink(hash: string): void {
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }

  dismissProblem(): void {
    this.problem = undefined;
  }

  private follow(hash: string): void {
    const parsed = parseRoute(hash);
    this.route = parsed.route;
    this.problem = parsed.problem;
    if (!parsed.problem && !('link' in parsed.route || 'connect' in parsed.route)) this.place = hash || chatHref();
    // the unreadable address leaves the bar, so a reload opens what is shown
    if (parsed.problem) history.replaceState(history.state, '', chatHref());
    // a #/chat link is applied once, then the chat list is shown: the bar says so at once (and so a dropped
    // key leaves the address bar and this history entry at once)
    else if (parsed.route.page === 'chat' && parsed.route.link) history.replaceState(history.state, '', chatHref());
  }
}

export const router = new Router();

export function chatHref(id?: string): string {
  return id ? `#/chat/${encodeURIComponent(id)}` : '#/chat';
}
