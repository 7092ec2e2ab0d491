// What to tell the user when reading aloud fails: one sentence naming the server and the likely cause.
import { isProviderError } from '../providers/errors.ts';

export function speechErrorText(error: unknown, server: string): string {
  if (!isProviderError(error)) {
    const name = error instanceof DOMException || error instanceof Error ? error.name : '';
    if (name === 'NotAllowedError') return 'The browser blocked playback: click Read aloud again.';
    if (name === 'NotSupportedError') return `This browser cannot play the audio ${server} sent; try another format.`;
    return error instanceof Error ? error.message : `Reading aloud failed: ${String(error)}`;
  }
  if (error.code === 'missing-api-key') return `${server} needs an API key to make speech.`;
  const status = error.response?.status;
  const said = error.serverMessage ? `: ${error.serverMessage}` : '';
  switch (error.kind) {
    case 'http':
      if (status === 401 || status === 403) {
        return `${server} refused the speech request (HTTP ${status})${said}. Check the connection's API key.`;
      }
      if (status === 404) return `${server} has no such speech endpoint or model (HTTP 404)${said}.`;
      return `${server} could not make speech (HTTP ${status ?? '?'})${said}.`;
    case 'network':
      return `Could not reach ${server} for speech: it is not running, or it does not allow requests from this page (CORS).`;
    case 'timeout':
      return `${server} took too long to make speech.`;
    case 'invalid-response':
      return `${server} sent something that is not audio.`;
    case 'aborted':
      return 'Reading aloud was stopped.';
  }
}
