// Reading a #/connect link (a server to add, after the user's consent) and building one for a connection.
// Kept out of the first load: only the Settings page (its consent dialog, its connection cards) uses it.
import { tr } from '../i18n/active-language.ts';
import { isConnectionMode, type ConnectionMode } from './modes.ts';
import { normalizeBaseUrl, secretInAddress } from './normalize-base-url.ts';
import { PRESETS, presetFor } from './presets.ts';
import { readLinkParams } from './link-params.ts';
import { MAX_LINK_CHARS } from './link-params.ts';
import {
  isConnectHash,
  parseChatLink,
  tooLong,
  type ChatLink,
  type ConnectLink,
  type DeepLink,
  type DeepLinkResult,
} from './deep-link.ts';
import type { Connection, ServerKind } from './types.ts';

const MAX_NAME_CHARS = 100;

function isServerKind(value: string): value is ServerKind {
  return PRESETS.some((p) => p.kind === value);
}

/**
 * The deep link a location hash holds: undefined when the hash is no deep link (another route), else the
 * link or why it is refused.
 */
export function parseDeepLink(hash: string): DeepLinkResult | undefined {
  if (!isConnectHash(hash)) return parseChatLink(hash);
  const body = hash.replace(/^#\/?/, '');
  return body.length > MAX_LINK_CHARS ? tooLong() : parseConnect(body.slice(body.indexOf('?') + 1));
}

function parseConnect(query: string): DeepLinkResult {
  const params = readLinkParams(query, ['base_url', 'mode', 'kind', 'name']);
  if (!params.ok) return params;
  const { values, secrets } = params;
  const kindText = values.get('kind');
  if (kindText !== undefined && !isServerKind(kindText)) {
    return {
      ok: false,
      error: tr('The link names a server kind this app does not know: {kind}.', { kind: JSON.stringify(kindText) }),
    };
  }
  const modeText = values.get('mode');
  if (modeText !== undefined && !isConnectionMode(modeText)) {
    return {
      ok: false,
      error: tr('The link names an API mode this app does not know: {mode}.', { mode: JSON.stringify(modeText) }),
    };
  }
  const preset = presetFor(kindText as ServerKind | undefined);
  const mode = (modeText as ConnectionMode | undefined) ?? preset.mode;
  const base_url = (values.get('base_url') ?? '').trim();
  if (base_url === '')
    return { ok: false, error: tr('The link gives no server address ({param}).', { param: 'base_url' }) };
  if (!/^https?:\/\//i.test(base_url)) {
    return {
      ok: false,
      error: tr('The link’s server address must start with {http} or {https}.', { http: 'http://', https: 'https://' }),
    };
  }
  const normalized = normalizeBaseUrl(base_url, mode);
  if (!normalized.ok)
    return { ok: false, error: tr('The link’s server address is refused: {reason}.', { reason: normalized.error }) };
  const secret = secretInAddress(base_url);
  if (secret) return { ok: false, error: tr('The link’s server address is refused: {reason}.', { reason: secret }) };
  const name = values.get('name')?.trim();
  if (name !== undefined && name.length > MAX_NAME_CHARS) {
    return {
      ok: false,
      error: tr('The link’s name is longer than {max} characters.', { max: String(MAX_NAME_CHARS) }),
    };
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
  return link.type === 'chat' ? cleanChatHash(link) : cleanConnectHash(link);
}

function cleanConnectHash(link: ConnectLink): string {
  return linkHash('connect', [
    ['base_url', link.base_url],
    ['mode', link.mode],
    ['kind', link.server_kind],
    ['name', link.name],
  ]);
}

function cleanChatHash(link: ChatLink): string {
  return linkHash('chat', [
    ['model', link.model],
    ['connection', link.connection],
    ['prompt', link.prompt],
  ]);
}

function linkHash(type: DeepLink['type'], pairs: [string, string | undefined][]): string {
  const query = pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `#/${type}?${query}`;
}
