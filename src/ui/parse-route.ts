// Reads a location hash into a route. Never throws: an address it cannot read (e.g. a malformed
// percent-encoding like "#/chat/%") is the chat list plus a message saying so; so is a refused deep link.
import { parseDeepLink, type DeepLink } from '../lib/connections/deep-link.ts';

/** `link`: a deep link (#/connect?…, #/chat?…) the chat page acts on, with the user's consent */
export type Route = { page: 'chat'; chatId?: string; link?: DeepLink } | { page: 'settings' };

export interface ParsedRoute {
  route: Route;
  /** set when the address could not be read and the chat list stands in for it */
  problem?: string;
}

export function parseRoute(hash: string): ParsedRoute {
  const link = parseDeepLink(hash);
  if (link?.ok) return { route: { page: 'chat', link: link.link } };
  if (link) return { route: { page: 'chat' }, problem: `This link was refused, and nothing was stored. ${link.error}` };
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'settings') return { route: { page: 'settings' } };
  if (parts[0] !== 'chat' || !parts[1]) return { route: { page: 'chat' } };
  try {
    return { route: { page: 'chat', chatId: decodeURIComponent(parts[1]) } };
  } catch {
    return {
      route: { page: 'chat' },
      problem:
        'The address of that chat could not be read (it is not valid percent-encoding), so the chat list is shown instead.',
    };
  }
}
