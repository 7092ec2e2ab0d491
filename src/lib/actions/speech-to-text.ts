// Speech to text as the composer uses it: send a recording or an audio file to the chosen transcription
// model, and say in one specific sentence why it failed (microphone blocked or missing, format refused,
// too large...). Failures that need facts to explain (network, CORS, timeouts) go to the diagnosis.
import type { ProviderError } from '../providers/errors.ts';
import { isProviderError } from '../providers/errors.ts';

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

function quoted(error: ProviderError): string {
  const said = (error.serverMessage ?? '').trim().slice(0, 300);
  return said === '' ? '' : ` The server said: “${said}”`;
}

/** One specific sentence (or two) for the user; '' for a cancel. */
export function speechProblem(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.';
  }
  if (name === 'NotReadableError' || name === 'AbortError') {
    return 'The microphone could not be started: another program may be using it.';
  }
  if (name === 'NotSupportedError') {
    return 'This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).';
  }
  if (!isProviderError(error)) return 'The recording could not be made or sent.';
  const status = error.response?.status;
  if (error.kind === 'aborted') return '';
  if (error.kind === 'http' && isFormatRefusal(error)) {
    return `The server refused the audio format (HTTP ${status}).${quoted(error)} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).`;
  }
  if (status === 413) {
    return `The audio is too large for the server (HTTP 413).${quoted(error)} Record a shorter clip, or raise the server’s upload limit.`;
  }
  if (status === 404 || status === 405) {
    return `The server has no speech-to-text endpoint at this address (HTTP ${status}): this connection may not serve transcription, or the model is unknown.${quoted(error)}`;
  }
  if (status === 401 || status === 403) {
    return `The server refused the API key (HTTP ${status}). Check the key in Settings.`;
  }
  if (error.kind === 'timeout') return 'The server did not finish the transcription in time.';
  if (error.kind === 'network')
    return 'The transcription request did not reach the server (network error or blocked by CORS).';
  if (error.kind === 'invalid-response') return 'The server’s reply held no transcription.';
  return `The server refused the transcription (HTTP ${status ?? '?'}).${quoted(error)}`;
}
