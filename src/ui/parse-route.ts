// Reads a location hash into a route. Never throws: an address it cannot read (e.g. a malformed
// percent-encoding like "#/chat/%") is the chat list plus a message saying so; so is a refused deep link.
import { isConnectHash, parseChatLink, refusedMessage, type ChatLink } from '../lib/connections/deep-link.ts';

/**
 * Deep links, acted on with the user's consent: `link` (#/chat?…) by the chat page (model and message box);
 * `connect` (the whole #/connect?… hash) by the Settings page, which reads it and shows its consent dialog,
 * so the parser and the saving code stay in the lazy Settings chunk.
 */
export type Route =
  | { page: 'chat'; chatId?: string; link?: ChatLink }
  | { page: 'settings'; connect?: string }
  | { page: 'embeddings' }
  | { page: 'compare'; id?: string };

export interface ParsedRoute {
  route: Route;
  /** set when the address could not be read and the chat list stands in for it */
  problem?: string;
}

export function parseRoute(hash: string): ParsedRoute {
  if (isConnectHash(hash)) return { route: { page: 'settings', connect: hash } };
  const link = parseChatLink(hash);
  if (link?.ok) return { route: { page: 'chat', link: link.link } };
  if (link) return { route: { page: 'chat' }, problem: refusedMessage(link.error) };
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'settings') return { route: { page: 'settings' } };
  if (parts[0] === 'embeddings') return { route: { page: 'embeddings' } };
  if (parts[0] === 'compare') return { route: compareRoute(parts[1]) };
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

function compareRoute(id: string | undefined): Route {
  try {
    return id ? { page: 'compare', id: decodeURIComponent(id) } : { page: 'compare' };
  } catch {
    return { page: 'compare' };
  }
}
