// Speech to text as the composer uses it: send a recording or an audio file to the chosen transcription
// model, and say in one specific sentence why it failed (microphone blocked or missing, format refused,
// too large...). Failures that need facts to explain (network, CORS, timeouts) go to the diagnosis.
import type { ProviderError } from '../providers/errors.ts';
import { isProviderError } from '../providers/errors.ts';
import { tr } from '../i18n/active-language.ts';

/** A file name whose extension tells the server the format (servers go by it when the type is missing). */
export function audioFilename(mimeType: string, base = 'recording'): string {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const ext: Record<string, string> = {
    'audio/webm': 'webm',
    'video/webm': 'webm',
    'audio/ogg': 'ogg',
    'audio/mp4': 'm4a',
    'audio/mpeg': 'mp3',
    'audio/wav': 'wav',
    'audio/x-wav': 'wav',
    'audio/flac': 'flac',
  };
  return `${base}.${ext[type] ?? 'webm'}`;
}

/** The box's text with the transcription added after it (a space or a new paragraph apart). */
export function withTranscription(current: string, text: string): string {
  const added = text.trim();
  if (added === '') return current;
  const before = current.trimEnd();
  if (before === '') return added;
  return `${before}${current.endsWith('\n') ? '\n' : ' '}${added}`;
}

const FORMAT_WORDS = /format|codec|audio|decode|file type|unsupported|extension|ffmpeg|media type/i;

/** The server said no to the audio itself: 415, or a 400 that talks about the format. */
export function isFormatRefusal(error: ProviderError): boolean {
  const status = error.kind === 'http' ? error.response?.status : undefined;
  if (status === 415) return true;
  return status === 400 && FORMAT_WORDS.test(`${error.serverMessage ?? ''} ${error.response?.body ?? ''}`);
}

/** Whether the diagnosis (probes, CORS, the server's kind) is worth running for this failure. */
export function needsDiagnosis(error: unknown): error is ProviderError {
  return isProviderError(error) && (error.kind === 'network' || error.kind === 'timeout');
}

/** ' The server said: “…”' (a sentence of its own), or '' when it said nothing. */
function quoted(error: ProviderError): string {
  const said = (error.serverMessage ?? '').trim().slice(0, 300);
  return said === '' ? '' : ` ${tr('The server said: “{said}”', { said })}`;
}

/** For a reply with an HTTP status: what the server refused, and what to try. */
function refusal(error: ProviderError): string {
  const status = error.response?.status;
  const params = { status: String(status ?? '?'), said: quoted(error) };
  if (error.kind === 'http' && isFormatRefusal(error)) {
    return tr(
      'The server refused the audio format (HTTP {status}).{said} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).',
      params,
    );
  }
  if (status === 413) {
    return tr(
      'The audio is too large for the server (HTTP 413).{said} Record a shorter clip, or raise the server’s upload limit.',
      params,
    );
  }
  if (status === 404 || status === 405) {
    return tr(
      'The server has no speech-to-text endpoint at this address (HTTP {status}): this connection may not serve transcription, or the model is unknown.{said}',
      params,
    );
  }
  if (status === 401 || status === 403) {
    return tr('The server refused the API key (HTTP {status}). Check the key in Settings.', params);
  }
  if (error.kind === 'timeout') return tr('The server did not finish the transcription in time.');
  if (error.kind === 'network')
    return tr('The transcription request did not reach the server (network error or blocked by CORS).');
  if (error.kind === 'invalid-response') return tr('The server’s reply held no transcription.');
  return tr('The server refused the transcription (HTTP {status}).{said}', params);
}

/** One specific sentence (or two) for the user; '' for a cancel. */
export function speechProblem(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return tr(
      'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.',
    );
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return tr('No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.');
  }
  if (name === 'NotReadableError' || name === 'AbortError') {
    return tr('The microphone could not be started: another program may be using it.');
  }
  if (name === 'NotSupportedError') {
    return tr('This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).');
  }
  if (!isProviderError(error)) return tr('The recording could not be made or sent.');
  if (error.kind === 'aborted') return '';
  return refusal(error);
}
