// Deep links: `#/connect?base_url=…&mode=…&kind=…&name=…` (a server to add, after the user's consent) and
// `#/chat?model=…&connection=…&prompt=…` (a new chat with a model picked and a prompt typed, never sent).
// Parsing is pure and strict; an API key is never taken from a link, and links this app builds carry none.
import { isConnectionMode, type ConnectionMode } from './modes.ts';
import { normalizeBaseUrl, secretInAddress } from './normalize-base-url.ts';
import { PRESETS, presetFor } from './presets.ts';
import { MAX_LINK_CHARS, readLinkParams } from './link-params.ts';
import type { Connection, ServerKind } from './types.ts';

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

/** The message shown when a link carried something that looked like a key. */
export const KEY_IGNORED =
  'This link carried something that looks like an API key or password. It was ignored: keys are never taken from links, and it has been removed from the address bar.';

const MAX_NAME_CHARS = 100;

function isServerKind(value: string): value is ServerKind {
  return PRESETS.some((p) => p.kind === value);
}

/**
 * The deep link a location hash holds: undefined when the hash is no deep link (another route), else the
 * link or why it is refused.
 */
export function parseDeepLink(hash: string): DeepLinkResult | undefined {
  const body = hash.replace(/^#\/?/, '');
  const match = /^(connect|chat)(\?|$)/.exec(body);
  if (!match || (match[1] === 'chat' && match[2] !== '?')) return undefined;
  if (body.length > MAX_LINK_CHARS) {
    return { ok: false, error: `The link is longer than ${MAX_LINK_CHARS / 1024} KB, so it was not read.` };
  }
  const query = body.slice(body.indexOf('?') + 1);
  return match[1] === 'connect' ? parseConnect(query) : parseChat(query);
}

function parseConnect(query: string): DeepLinkResult {
  const params = readLinkParams(query, ['base_url', 'mode', 'kind', 'name']);
  if (!params.ok) return params;
  const { values, secrets } = params;
  const kindText = values.get('kind');
  if (kindText !== undefined && !isServerKind(kindText)) {
    return { ok: false, error: `The link names a server kind this app does not know: ${JSON.stringify(kindText)}.` };
  }
  const modeText = values.get('mode');
  if (modeText !== undefined && !isConnectionMode(modeText)) {
    return { ok: false, error: `The link names an API mode this app does not know: ${JSON.stringify(modeText)}.` };
  }
  const preset = presetFor(kindText as ServerKind | undefined);
  const mode = (modeText as ConnectionMode | undefined) ?? preset.mode;
  const base_url = (values.get('base_url') ?? '').trim();
  if (base_url === '') return { ok: false, error: 'The link gives no server address (base_url).' };
  if (!/^https?:\/\//i.test(base_url)) {
    return { ok: false, error: 'The link’s server address must start with http:// or https://.' };
  }
  const normalized = normalizeBaseUrl(base_url, mode);
  if (!normalized.ok) return { ok: false, error: `The link’s server address is refused: ${normalized.error}.` };
  const secret = secretInAddress(base_url);
  if (secret) return { ok: false, error: `The link’s server address is refused: ${secret}.` };
  const name = values.get('name')?.trim();
  if (name !== undefined && name.length > MAX_NAME_CHARS) {
    return { ok: false, error: `The link’s name is longer than ${MAX_NAME_CHARS} characters.` };
  }
  return {
    ok: true,
    link: {
      type: 'connect',
      base_url,
      candidates: normalized.candidates,
      mode,
      server_kind: preset.kind,
      ...(name ? { name } : {}),
      ignored: secrets,
    },
  };
}

function parseChat(query: string): DeepLinkResult {
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

/** The link that adds this connection elsewhere: server, mode, kind and name, never the key. */
export function connectLink(
  pageAddress: string,
  c: Pick<Connection, 'base_url' | 'mode' | 'server_kind' | 'name'>,
): string {
  const params = [
    ['base_url', c.base_url],
    ['mode', c.mode],
    ['kind', c.server_kind ?? 'other'],
    ['name', c.name.slice(0, MAX_NAME_CHARS)],
  ];
  const base = pageAddress.split('#')[0] as string;
  return `${base}#/connect?${params.map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`).join('&')}`;
}

/** The address bar's hash for a link, without the parameters that were dropped (so no key stays there). */
export function cleanHash(link: DeepLink): string {
  const pairs: [string, string | undefined][] =
    link.type === 'connect'
      ? [
          ['base_url', link.base_url],
          ['mode', link.mode],
          ['kind', link.server_kind],
          ['name', link.name],
        ]
      : [
          ['model', link.model],
          ['connection', link.connection],
          ['prompt', link.prompt],
        ];
  const query = pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `#/${link.type}?${query}`;
}
