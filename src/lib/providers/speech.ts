// Text to speech over OpenAI's POST {base}/audio/speech ({model, voice, input, response_format}) → an
// audio Blob, and the voices a server lists at GET {base}/audio/voices (Kokoro-FastAPI, Speaches). Both go
// through http.ts like chat: the key only to the connection's own address, redacted records, one timeout
// per request (the connection's speech timeout) that also covers reading the audio.
import { capabilityTimeoutMs } from '../connections/capabilities.ts';
import type { Connection } from '../connections/types.ts';
import { isRecord } from '../util/is-record.ts';
import { abortableBody } from './abortable-body.ts';
import { authHeader, hasApiKey, type ConnectionTarget } from './adapter.ts';
import { abortedError, missingApiKeyError, networkError, timeoutError } from './create-error.ts';
import { isProviderError } from './errors.ts';
import { fetchText, recordRequest, sendRequest, type HttpOptions, type HttpRequest } from './http.ts';

export type SpeechTarget = ConnectionTarget & Pick<Connection, 'capability_timeouts_s'>;

export type SpeechFormat = 'mp3' | 'wav' | 'opus' | 'aac' | 'flac';
export const SPEECH_FORMATS: readonly SpeechFormat[] = ['mp3', 'wav', 'opus', 'aac', 'flac'];

export interface SpeakOptions extends Pick<HttpOptions, 'fetch' | 'onExchange' | 'targetAddressSpace'> {
  connection: SpeechTarget;
  model: string;
  voice: string;
  input: string;
  format: SpeechFormat;
  signal?: AbortSignal;
}

/** The OpenAI-style API root: Ollama-mode bases are server roots, whose OpenAI API lives under /v1. */
function apiRoot(target: ConnectionTarget): string {
  const base = target.base_url.replace(/\/+$/, '');
  return target.mode === 'ollama' ? `${base}/v1` : base;
}

export function buildSpeechRequest(
  target: ConnectionTarget,
  body: { model: string; voice: string; input: string; format: SpeechFormat },
): HttpRequest {
  return {
    method: 'POST',
    url: `${apiRoot(target)}/audio/speech`,
    headers: { 'Content-Type': 'application/json', ...authHeader(target.api_key) },
    body: JSON.stringify({ model: body.model, voice: body.voice, input: body.input, response_format: body.format }),
  };
}

export function buildVoicesRequest(target: ConnectionTarget): HttpRequest {
  return { method: 'GET', url: `${apiRoot(target)}/audio/voices`, headers: authHeader(target.api_key) };
}

/** The spoken audio of `input`. Throws ProviderError. */
export async function speak(options: SpeakOptions): Promise<Blob> {
  const { connection, signal } = options;
  const request = buildSpeechRequest(connection, options);
  if (connection.mode === 'openai' && !hasApiKey(connection.api_key)) throw missingApiKeyError(recordRequest(request));
  const timeoutMs = capabilityTimeoutMs(connection, 'speech');
  const started = Date.now();
  const opened = await sendRequest(request, { ...options, timeoutMs });
  // the audio is read under the rest of the same timeout
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const left = timeoutMs > 0 ? Math.max(1, timeoutMs - (Date.now() - started)) : 0;
  const timer = left > 0 ? setTimeout(() => ((timedOut = true), controller.abort()), left) : undefined;
  try {
    const body = opened.raw.body;
    const bytes =
      body === null ? new ArrayBuffer(0) : await new Response(abortableBody(body, controller.signal)).arrayBuffer();
    const type = opened.response.headers['content-type']?.split(';')[0]?.trim() || `audio/${options.format}`;
    return new Blob([bytes], { type });
  } catch (cause) {
    if (timedOut) throw timeoutError(opened.request, timeoutMs, cause);
    if (signal?.aborted) throw abortedError(opened.request, 'stream', cause);
    throw networkError(opened.request, cause, 'stream', opened.response);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Voice ids from `{voices: [...]}` or a bare list; items may be strings or objects with id / name. */
export function parseVoices(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const list: unknown = Array.isArray(value) ? value : isRecord(value) ? (value.voices ?? value.data) : undefined;
  if (!Array.isArray(list)) return [];
  const ids = list.map((item: unknown) => {
    if (typeof item === 'string') return item;
    if (!isRecord(item)) return undefined;
    const id = item.id ?? item.voice_id ?? item.name;
    return typeof id === 'string' ? id : undefined;
  });
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== ''))];
}

/** The voices the server lists; none when it has no voice list (404, 405) or an unreadable one. Throws other ProviderErrors. */
export async function listVoices(
  connection: SpeechTarget,
  options: Pick<HttpOptions, 'fetch' | 'onExchange' | 'signal' | 'targetAddressSpace'> = {},
): Promise<string[]> {
  try {
    const reply = await fetchText(buildVoicesRequest(connection), {
      ...options,
      timeoutMs: capabilityTimeoutMs(connection, 'speech'),
    });
    return parseVoices(reply.text);
  } catch (error) {
    const status = isProviderError(error) ? error.response?.status : undefined;
    if (status === 404 || status === 405) return [];
    throw error;
  }
}
