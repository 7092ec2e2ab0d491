// Speech to text: POST {base_url}/audio/transcriptions as multipart/form-data (file, model, optional
// language, response_format json) → the transcribed text. Goes through http.ts like chat, so the key goes
// only to the connection's own address, errors are ProviderErrors and the exchange reaches the inspector.
import { tr } from '../i18n/active-language.ts';
import type { Connection } from '../connections/types.ts';
import { capabilityTimeoutMs } from '../connections/capabilities.ts';
import { authHeader, type ConnectionTarget } from './adapter.ts';
import { invalidResponseError } from './create-error.ts';
import { fetchText, type HttpOptions, type UploadRequest } from './http.ts';
import { isRecord } from '../util/is-record.ts';

export type TranscriptionTarget = Pick<ConnectionTarget, 'mode' | 'base_url' | 'api_key'> &
  Pick<Connection, 'capability_timeouts_s'>;

export interface TranscribeInput {
  model: string;
  audio: Blob;
  /** with an extension the server can tell the format by (e.g. recording.webm) */
  filename: string;
  /** ISO-639-1, e.g. 'en'; left out when empty */
  language?: string;
}

export type FormPart = [name: string, value: string] | [name: 'file', value: Blob, filename: string];

/** The form's parts in order, the file first (some servers read fields as they stream in). Pure. */
export function transcriptionParts(input: TranscribeInput): FormPart[] {
  const parts: FormPart[] = [
    ['file', input.audio, input.filename],
    ['model', input.model],
  ];
  const language = input.language?.trim() ?? '';
  if (language !== '') parts.push(['language', language]);
  parts.push(['response_format', 'json']);
  return parts;
}

export function transcriptionForm(input: TranscribeInput): FormData {
  const form = new FormData();
  for (const part of transcriptionParts(input)) {
    if (part.length === 3) form.append(part[0], part[1], part[2]);
    else form.append(part[0], part[1]);
  }
  return form;
}

/** Ollama-mode addresses are the server root; its OpenAI-compatible API lives under /v1. */
export function transcriptionUrl(target: Pick<ConnectionTarget, 'mode' | 'base_url'>): string {
  const base = target.base_url.replace(/\/+$/, '');
  return `${base}${target.mode === 'ollama' ? '/v1' : ''}/audio/transcriptions`;
}

export function buildTranscriptionRequest(target: TranscriptionTarget, input: TranscribeInput): UploadRequest {
  // no Content-Type: fetch writes multipart/form-data with the boundary it chose
  return {
    method: 'POST',
    url: transcriptionUrl(target),
    headers: authHeader(target.api_key),
    body: transcriptionForm(input),
  };
}

/** The text of a json / verbose_json reply; a bare text reply (some servers ignore response_format) as is. */
export function parseTranscription(text: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trim() === '' || text.trimStart().startsWith('<') ? undefined : text.trim();
  }
  return isRecord(json) && typeof json.text === 'string' ? json.text : undefined;
}

export type TranscribeOptions = Omit<HttpOptions, 'now' | 'timeoutMs'>;

/** Throws ProviderError. */
export async function transcribe(
  target: TranscriptionTarget,
  input: TranscribeInput,
  options: TranscribeOptions = {},
): Promise<string> {
  const request = buildTranscriptionRequest(target, input);
  const reply = await fetchText(request, { ...options, timeoutMs: capabilityTimeoutMs(target, 'transcription') });
  const text = parseTranscription(reply.text);
  if (text === undefined) {
    throw invalidResponseError(
      reply.request,
      reply.response,
      tr('The reply is not a transcription (no {field})', { field: '`text`' }),
      'request',
    );
  }
  return text;
}
