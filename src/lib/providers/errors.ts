// Typed provider errors. Plain, structured-cloneable objects so they can be stored on messages
// in IndexedDB and shown by the diagnosis UI. Never reduce one to a string.

export type ProviderErrorKind = 'network' | 'http' | 'invalid-response' | 'aborted' | 'timeout';

/**
 * Machine-readable detail for the few errors raised before anything was sent.
 * `missing-api-key`: kind 'http' with no `response` — we refuse locally what the server would refuse with 401.
 * `invalid-url`: kind 'http' with no `response` — the URL is not an absolute http(s) URL without credentials,
 * so fetch would resolve it against the page's own host (and send the key there) or refuse it.
 * `redirect`: kind 'http' with no `response` — a request carrying an API key was answered with a redirect,
 * which is never followed (the key and the chat would go wherever the server points); nothing more was sent.
 */
export type ProviderErrorCode = 'missing-api-key' | 'invalid-url' | 'redirect';

export interface RequestRecord {
  method: string;
  url: string;
  /** Authorization and key-like headers are already redacted */
  headers: Record<string, string>;
  body?: string;
}

export interface ResponseRecord {
  status: number;
  statusText: string;
  /** only the headers the page can read (CORS-exposed) */
  headers: Record<string, string>;
  /** the start of the body text (capped) */
  body: string;
}

export interface ProviderError {
  name: 'ProviderError';
  kind: ProviderErrorKind;
  /** short human sentence; the server's own message when it sent one */
  message: string;
  /** the message parsed out of the server's error body, if any */
  serverMessage?: string;
  /** 'request' = failed before a response arrived or with a non-2xx; 'stream' = after the body began */
  phase: 'request' | 'stream';
  request: RequestRecord;
  response?: ResponseRecord;
  retryable: boolean;
  /** set only for the locally raised errors listed in ProviderErrorCode; branch on it before `kind` */
  code?: ProviderErrorCode;
  /** String form of the underlying cause (e.g. `TypeError: Failed to fetch`); evidence only, never branched on. */
  cause?: string;
}

export function isProviderError(value: unknown): value is ProviderError {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ProviderError';
}
