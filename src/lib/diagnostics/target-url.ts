// Facts about the server URL a connection points at: parsing, the model-list URL probes use, and the
// base-URL variants worth suggesting when a path is wrong (add or remove /v1, undo a doubled /v1).
import type { ConnectionMode, ServerKind } from '../connections/types.ts';
import {
  modelsEndpoint,
  OLLAMA_ENDPOINT_PATHS,
  OPENAI_ENDPOINT_PATHS,
  stripEndpointPath,
} from '../connections/endpoints.ts';

/** The parts of a Connection the diagnosis needs. */
export interface ConnectionFacts {
  base_url: string;
  mode: ConnectionMode;
  server_kind?: ServerKind;
  /** the connection sends an API key (its value never enters diagnostics) */
  has_api_key?: boolean;
}

export function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function trimSlashes(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

/** The model list: `{base}/api/tags` for Ollama's native API, `{base}/models` otherwise. */
export function modelsUrl(conn: Pick<ConnectionFacts, 'base_url' | 'mode'>): string {
  return modelsEndpoint(trimSlashes(conn.base_url), conn.mode);
}

export function hasDoubledV1(url: string): boolean {
  return /\/v1\/v1(\/|$|\?)/.test(url);
}

/**
 * Base URLs to try instead of this one, most likely first. Undoes a doubled /v1, strips a pasted endpoint
 * (`/chat/completions`, `/models`), and otherwise toggles a trailing /v1 (never for Ollama's native API,
 * which lives at the server root).
 */
export function alternativeBaseUrls(conn: Pick<ConnectionFacts, 'base_url' | 'mode'>): string[] {
  const base = trimSlashes(conn.base_url);
  const url = parseHttpUrl(base);
  if (!url) return [];
  const out: string[] = [];
  const add = (candidate: string) => {
    const c = trimSlashes(candidate);
    if (c !== base && !out.includes(c)) out.push(c);
  };
  const path = url.pathname.replace(/\/+$/, '');
  const stripped = stripEndpointPath(stripEndpointPath(path, OLLAMA_ENDPOINT_PATHS), OPENAI_ENDPOINT_PATHS);
  if (stripped !== path) add(url.origin + stripped);
  if (hasDoubledV1(path + '/')) add(url.origin + path.replace(/(\/v1)+(?=\/|$)/, '/v1'));
  if (conn.mode === 'ollama') {
    if (/\/v1$/.test(stripped)) add(url.origin + stripped.replace(/\/v1$/, ''));
    if (stripped !== '') add(url.origin);
    return out;
  }
  if (/\/v1$/.test(stripped)) add(url.origin + stripped.replace(/\/v1$/, ''));
  else add(url.origin + stripped + '/v1');
  return out;
}
