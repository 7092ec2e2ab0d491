// A connection's one-line status, from its model query's state. The full diagnosis lives in diagnostics/.
import type { Connection } from '../connections/types.ts';
import { isProviderError, type ProviderError } from '../providers/errors.ts';
import type { ModelInfo } from '../providers/types.ts';

export type StatusState = 'disabled' | 'checking' | 'online' | 'failed';

export interface ConnectionStatus {
  state: StatusState;
  text: string;
  error?: ProviderError;
}

export interface ModelsQueryState {
  isPending: boolean;
  isFetching: boolean;
  data?: readonly ModelInfo[];
  error: unknown;
}

/**
 * `listingFailure` is set when the server's own list failed and the typed-in model ids answered for it:
 * its last check failed, so it is never shown as Online ("Unreachable" when nothing answered at all).
 */
export function connectionStatus(c: Connection, q: ModelsQueryState, listingFailure?: ProviderError): ConnectionStatus {
  if (!c.enabled) return { state: 'disabled', text: 'Disabled' };
  if (q.isFetching && (q.isPending || q.error)) return { state: 'checking', text: 'Checking…' };
  if (q.error) {
    const error = isProviderError(q.error) ? q.error : undefined;
    return error
      ? { state: 'failed', text: `Failed: ${shortCause(error)}`, error }
      : { state: 'failed', text: 'Failed: unexpected error' };
  }
  if (q.data) {
    const n = q.data.length;
    const models = `${n} model${n === 1 ? '' : 's'}`;
    if (listingFailure) {
      const reach = unreachable(listingFailure) ? 'Unreachable' : `Model list failed: ${shortCause(listingFailure)}`;
      return { state: 'failed', text: `${reach} · ${models} typed by hand`, error: listingFailure };
    }
    return { state: 'online', text: `Online · ${models}` };
  }
  return { state: 'checking', text: 'Checking…' };
}

/** One word or two, for beside a server's name in the model picker. */
export function shortStatus(s: ConnectionStatus): string {
  if (s.state === 'online') return 'Online';
  if (s.state === 'checking') return 'Checking…';
  if (s.state === 'disabled') return 'Disabled';
  return s.error && unreachable(s.error) ? 'Unreachable' : 'Failed';
}

/** No answer at all: nothing connected, or nothing came back in time. */
function unreachable(e: ProviderError): boolean {
  return e.kind === 'network' || e.kind === 'timeout';
}

/** A short, honest cause from the typed error alone (no probes). */
export function shortCause(e: ProviderError): string {
  if (e.code === 'missing-api-key') return 'this server needs an API key';
  if (e.code === 'redirect') return 'the server redirects elsewhere (not followed, to keep the API key safe)';
  if (e.code === 'invalid-url') return 'the address is not a full http:// or https:// URL (nothing was sent)';
  switch (e.kind) {
    case 'timeout':
      return 'no answer in time';
    case 'aborted':
      return 'cancelled';
    case 'network':
      return 'could not connect (server down, or blocked by the browser)';
    case 'invalid-response':
      return 'unexpected answer (wrong mode or URL?)';
    case 'http': {
      const status = e.response ? `HTTP ${e.response.status}` : 'HTTP error';
      return e.serverMessage ? `${status}: ${e.serverMessage}` : status;
    }
  }
}

/**
 * The headline of a failed chat turn. Failures after the reply began (a silent server, a line without end,
 * a web page instead of a stream) carry full sentences of their own; the rest read as shortCause.
 */
export function turnFailureText(e: ProviderError): string {
  if (e.kind === 'timeout' || (e.phase === 'stream' && e.kind === 'invalid-response')) return e.message;
  if (e.phase === 'stream' && e.kind === 'http') return 'The server reported an error in the middle of the answer';
  if (e.phase === 'stream' && e.kind === 'network') return `${e.message}. The text received so far is kept.`;
  return shortCause(e);
}
