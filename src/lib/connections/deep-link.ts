// Deep links: `#/connect?base_url=…&mode=…&kind=…&name=…` (a server to add, after the user's consent) and
// `#/chat?model=…&connection=…&prompt=…` (a new chat with a model picked and a prompt typed, never sent).
// Parsing is pure and strict; an API key is never taken from a link, and links this app builds carry none.
// This module is in the first load (the router reads #/chat links); #/connect links are only recognised
// here and read by connect-link.ts, in the lazy Settings chunk with the consent dialog.
import { tr } from '../i18n/active-language.ts';
import type { ConnectionMode } from './modes.ts';
import { MAX_LINK_CHARS, readLinkParams } from './link-params.ts';
import type { ServerKind } from './types.ts';

export interface ConnectLink {
  type: 'connect';
  /** the server address as the link gives it (no secret in it: refused otherwise) */
  base_url: string;
  /** API roots to try, best first, as the connection form would */
  candidates: string[];
  mode: ConnectionMode;
  server_kind: ServerKind;
  name?: string;
  /** names of parameters dropped because they could carry a key */
  ignored: string[];
}

export interface ChatLink {
  type: 'chat';
  model?: string;
  /** the connection's name, when the same model id is on several servers */
  connection?: string;
  prompt?: string;
  ignored: string[];
}

export type DeepLink = ConnectLink | ChatLink;

export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; error: string };
type ChatLinkResult = { ok: true; link: ChatLink } | { ok: false; error: string };

/** The message shown when a link carried something that looked like a key. */
export function keyIgnored(): string {
  return tr('This link’s API key or password was ignored: keys are never taken from links.');
}

/** What the page says of a refused link. */
export function refusedMessage(error: string): string {
  return tr('This link was refused, and nothing was stored. {reason}', { reason: error });
}

/** Whether a location hash is a #/connect link (read by connect-link.ts). */
export function isConnectHash(hash: string): boolean {
  return /^connect(\?|$)/.test(hash.replace(/^#\/?/, ''));
}

/** The #/chat link a location hash holds: undefined when it is none, else the link or why it is refused. */
export function parseChatLink(hash: string): ChatLinkResult | undefined {
  const body = hash.replace(/^#\/?/, '');
  if (!body.startsWith('chat?')) return undefined;
  return body.length > MAX_LINK_CHARS ? tooLong() : parseChat(body.slice(5));
}

/** The refusal of a link longer than MAX_LINK_CHARS. */
export function tooLong(): { ok: false; error: string } {
  return {
    ok: false,
    error: tr('The link is longer than {size} KB, so it was not read.', { size: MAX_LINK_CHARS / 1024 }),
  };
}

function parseChat(query: string): ChatLinkResult {
  const params = readLinkParams(query, ['model', 'connection', 'prompt'], ['prompt']);
  if (!params.ok) return params;
  const { values, secrets } = params;
  const link: ChatLink = { type: 'chat', ignored: secrets };
  for (const field of ['model', 'connection', 'prompt'] as const) {
    const value = values.get(field);
    if (value !== undefined && value.trim() !== '') link[field] = field === 'prompt' ? value : value.trim();
  }
  return { ok: true, link };
}
