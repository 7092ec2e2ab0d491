// What to tell the user when reading aloud fails: one sentence naming the server and the likely cause, in
// the active language.
import { tr } from '../i18n/active-language.ts';
import { isProviderError, type ProviderError } from '../providers/errors.ts';

function httpText(error: ProviderError, server: string): string {
  const status = String(error.response?.status ?? '?');
  const said = error.serverMessage;
  const params = { server, status, said: said ?? '' };
  if (status === '401' || status === '403') {
    return said
      ? tr("{server} refused the speech request (HTTP {status}): {said}. Check the connection's API key.", params)
      : tr("{server} refused the speech request (HTTP {status}). Check the connection's API key.", params);
  }
  if (status === '404') {
    return said
      ? tr('{server} has no such speech endpoint or model (HTTP 404): {said}.', params)
      : tr('{server} has no such speech endpoint or model (HTTP 404).', params);
  }
  return said
    ? tr('{server} could not make speech (HTTP {status}): {said}.', params)
    : tr('{server} could not make speech (HTTP {status}).', params);
}

export function speechErrorText(error: unknown, server: string): string {
  if (!isProviderError(error)) {
    const name = error instanceof DOMException || error instanceof Error ? error.name : '';
    if (name === 'NotAllowedError') return tr('The browser blocked playback: click Read aloud again.');
    if (name === 'NotSupportedError')
      return tr('This browser cannot play the audio {server} sent; try another format.', { server });
    return error instanceof Error ? error.message : tr('Reading aloud failed: {error}', { error: String(error) });
  }
  if (error.code === 'missing-api-key') return tr('{server} needs an API key to make speech.', { server });
  switch (error.kind) {
    case 'http':
      return httpText(error, server);
    case 'network':
      return tr(
        'Could not reach {server} for speech: it is not running, or it does not allow requests from this page (CORS).',
        { server },
      );
    case 'timeout':
      return tr('{server} took too long to make speech.', { server });
    case 'invalid-response':
      return tr('{server} sent something that is not audio.', { server });
    case 'aborted':
      return tr('Reading aloud was stopped.');
  }
}
