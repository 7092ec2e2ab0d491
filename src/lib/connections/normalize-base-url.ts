// Turns whatever a user pasted as a server address into the API roots worth trying, best first.
// Pure and table-tested; adapters only ever append paths to the root that answered.
import { tr } from '../i18n/active-language.ts';
import { OLLAMA_ENDPOINT_PATHS, OPENAI_ENDPOINT_PATHS, stripEndpointPath } from './endpoints.ts';
import { BROWSER_BASE_URL } from './modes.ts';
import type { ConnectionMode } from './types.ts';

export type NormalizedBaseUrl = { ok: true; candidates: string[] } | { ok: false; error: string };

export function normalizeBaseUrl(input: string, mode: ConnectionMode): NormalizedBaseUrl {
  const trimmed = input.trim();
  if (trimmed === '')
    return { ok: false, error: tr('Enter the server address, e.g. {example}', { example: 'http://localhost:11434' }) };

  const url = parseAddress(trimmed);
  if (!url) return { ok: false, error: tr('"{address}" is not a valid URL', { address: trimmed }) };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      error: tr('Only {http} and {https} addresses work here, not {scheme}', {
        http: 'http://',
        https: 'https://',
        scheme: `${url.protocol}//`,
      }),
    };
  }
  if (url.hostname === '') return { ok: false, error: tr('The address has no host name') };
  if (!isPlainHost(url.hostname)) {
    return {
      ok: false,
      error: tr(
        '"{host}" is not a usable host name: use letters, digits, dots, hyphens and underscores, or an IP address',
        { host: url.hostname },
      ),
    };
  }

  const origin = url.origin;
  let path = url.pathname.replace(/\/+$/, '');

  if (mode === 'ollama') {
    path = stripEndpointPath(path, OLLAMA_ENDPOINT_PATHS);
    path = stripEndpointPath(path, OPENAI_ENDPOINT_PATHS);
    path = stripTrailingV1(path);
    return { ok: true, candidates: [origin + path] };
  }

  path = stripEndpointPath(path, OPENAI_ENDPOINT_PATHS);
  path = path.replace(/(\/v1)+$/i, '/v1'); // a doubled /v1/v1 is never meant
  if (path.endsWith('/v1')) {
    return { ok: true, candidates: unique([origin + path, origin + stripTrailingV1(path)]) };
  }
  return { ok: true, candidates: unique([`${origin}${path}/v1`, origin + path]) };
}

/** The text as the URL parser reads it, http:// assumed when no scheme is given; undefined when it is no URL. */
export function parseAddress(text: string): URL | undefined {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

/**
 * Why a typed base URL is refused for holding a secret: a user name or password, a query (e.g.
 * `?api_key=…`) or a fragment. Requests never carry them, so saving them would only keep a secret where
 * exports and backups without keys would write it. Undefined when the address holds none.
 */
export function secretInAddress(text: string): string | undefined {
  const url = parseAddress(text);
  if (!url) return undefined;
  if (url.username !== '' || url.password !== '') {
    return tr('Remove the user name or password from the address: put an API key in the API key field instead');
  }
  if (url.search !== '' || url.hash !== '') {
    return tr(
      'Remove the query ({query}) and fragment ({fragment}) from the address: put an API key in the API key field instead',
      { query: '?…', fragment: '#…' },
    );
  }
  return undefined;
}

/**
 * The API root to store for a base URL read from outside (a file, an old record): never the raw text. A
 * scheme-less URL would be fetched relative to this page (sending the key to its host), and credentials,
 * query and hash must not be stored. An already resolved API root is one of the candidates (e.g. a
 * root-path server without /v1): that one is kept. Anything else gets the best guess, as the connection
 * form would before probing. Undefined when the text is no usable address at all.
 */
export function apiRootFromText(text: string, mode: ConnectionMode): string | undefined {
  if (mode === 'browser') return BROWSER_BASE_URL;
  const normalized = normalizeBaseUrl(text, mode);
  if (!normalized.ok) return undefined;
  let given: string | undefined;
  try {
    const url = new URL(text.trim());
    if (isStorableBaseUrl(url.href)) given = url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    given = undefined;
  }
  return given !== undefined && normalized.candidates.includes(given) ? given : normalized.candidates[0];
}

/** What a stored base URL must be: http(s), a plain host, and no user name, password, query or fragment. */
export function isStorableBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    isPlainHost(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === ''
  );
}

/**
 * DNS names (after the URL parser's punycode and lowercasing), IPv4 and bracketed IPv6. The URL standard
 * also accepts `;`, `$`, `(`, backticks… in http hosts; such a name is never a real server and would end
 * up in copyable shell commands.
 */
function isPlainHost(hostname: string): boolean {
  return /^[a-z0-9._-]+$/i.test(hostname) || /^\[[0-9a-f:.]+\]$/i.test(hostname);
}

function stripTrailingV1(path: string): string {
  return path.replace(/(\/v1)+$/i, '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
