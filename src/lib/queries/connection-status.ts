// A connection's one-line status, from its model query's state. The full diagnosis lives in diagnostics/.
import type { Connection } from '../connections/types.ts';
import { isProviderError, type ProviderError } from '../providers/errors.ts';
import type { ModelInfo } from '../providers/types.ts';
import { tr } from '../i18n/active-language.ts';

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
  if (!c.enabled) return { state: 'disabled', text: tr('Disabled') };
  if (q.isFetching && (q.isPending || q.error)) return { state: 'checking', text: tr('Checking…') };
  if (q.error) {
    const error = isProviderError(q.error) ? q.error : undefined;
    return error
      ? { state: 'failed', text: tr('Failed: {cause}', { cause: shortCause(error) }), error }
      : { state: 'failed', text: tr('Failed: unexpected error') };
  }
  if (q.data) {
    const count = q.data.length;
    if (listingFailure) {
      const text = unreachable(listingFailure)
        ? tr(
            { one: 'Unreachable · {count} model typed by hand', other: 'Unreachable · {count} models typed by hand' },
            { count },
          )
        : tr(
            {
              one: 'Model list failed: {cause} · {count} model typed by hand',
              other: 'Model list failed: {cause} · {count} models typed by hand',
            },
            { count, cause: shortCause(listingFailure) },
          );
      return { state: 'failed', text, error: listingFailure };
    }
    return {
      state: 'online',
      text: tr({ one: 'Online · {count} model', other: 'Online · {count} models' }, { count }),
    };
  }
  return { state: 'checking', text: tr('Checking…') };
}

/** One word or two, for beside a server's name in the model picker. */
export function shortStatus(s: ConnectionStatus): string {
  if (s.state === 'online') return tr('Online');
  if (s.state === 'checking') return tr('Checking…');
  if (s.state === 'disabled') return tr('Disabled');
  return s.error && unreachable(s.error) ? tr('Unreachable') : tr('Failed');
}

/** No answer at all: nothing connected, or nothing came back in time. */
function unreachable(e: ProviderError): boolean {
  return e.kind === 'network' || e.kind === 'timeout';
}

/** A short, honest cause from the typed error alone (no probes). */
export function shortCause(e: ProviderError): string {
  if (e.code === 'missing-api-key') return tr('this server needs an API key');
  if (e.code === 'redirect') return tr('the server redirects elsewhere (not followed, to keep the API key safe)');
  if (e.code === 'invalid-url')
    return tr('the address is not a full {http} or {https} URL (nothing was sent)', {
      http: 'http://',
      https: 'https://',
    });
  switch (e.kind) {
    case 'timeout':
      return tr('no answer in time');
    case 'aborted':
      return tr('cancelled');
    case 'network':
      return tr('could not connect (server down, or blocked by the browser)');
    case 'invalid-response':
      return tr('unexpected answer (wrong mode or URL?)');
    case 'http': {
      const status = e.response ? `HTTP ${e.response.status}` : tr('HTTP error');
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
  if (e.phase === 'stream' && e.kind === 'http') return tr('The server reported an error in the middle of the answer');
  if (e.phase === 'stream' && e.kind === 'network')
    return tr('{problem}. The text received so far is kept.', { problem: e.message });

  return shortCause(e);
}
