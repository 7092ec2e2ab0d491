// Text to speech on the OpenAI-compatible test server: POST /v1/audio/speech answers a WAV it makes
// (a tone 0.05 s per input character, capped), validated against OpenAI's CreateSpeechRequest schema;
// GET /v1/audio/voices lists voices the way Kokoro-FastAPI and Speaches do. CORS, keys, status overrides
// and hang come from the server's shared handler; holdStream and chunkDelayMs make the answer wait.
import type { Misbehaviour, ServerContext } from './server-core.ts';
import { sleep } from './server-core.ts';
import { sendJson } from './http-replies.ts';
import { validateSpeechRequest } from './validate-speech-request.ts';
import { wavBytes } from '../fixtures/audio/wav.ts';

export interface SpeechServerConfig {
  /** Voices listed by GET /audio/voices (default DEFAULT_VOICES); false = the server has no such route (404). */
  speechVoices?: string[] | false;
}

export const DEFAULT_VOICES = ['af_heart', 'af_bella', 'am_michael'];

const SAMPLE_RATE = 8000;
const SECONDS_PER_CHAR = 0.05;
const MAX_SECONDS = 8;
const MIN_SECONDS = 0.25;

/** The audio length the server makes for this input, in seconds. */
export function speechSeconds(input: string): number {
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, input.length * SECONDS_PER_CHAR));
}

/** A mono 16-bit PCM RIFF/WAVE file holding a quiet 440 Hz tone of the given length. */
export function toneWav(seconds: number, sampleRate = SAMPLE_RATE): Buffer {
  return wavBytes(seconds, sampleRate, 440, 3000);
}

/** Whether this path is one of ours (under /v1, or at the root for root-path servers). */
export function speechRoute(path: string, rootPath: boolean): 'speech' | 'voices' | undefined {
  const prefix = rootPath ? '' : '/v1';
  if (path === `${prefix}/audio/speech`) return 'speech';
  if (path === `${prefix}/audio/voices`) return 'voices';
  return undefined;
}

type Config = Misbehaviour & SpeechServerConfig & { rootPath: boolean };

/** Answers a speech or voices request; false when the path is not ours (or the method does not fit). */
export function handleSpeech(ctx: ServerContext<Config>): Promise<void> | false {
  const { record, config } = ctx;
  const route = speechRoute(record.path, config.rootPath);
  if (route === 'voices' && record.method === 'GET') return Promise.resolve(voices(ctx));
  if (route === 'speech' && record.method === 'POST') {
    // set before the first await, so a test that waited for this request sees it
    record.validation = validateSpeechRequest(record.json);
    return speech(ctx);
  }
  return false;
}

function voices({ res, config }: ServerContext<Config>): void {
  if (config.speechVoices === false) return sendJson(res, 404, { detail: 'Not Found' });
  sendJson(res, 200, { voices: config.speechVoices ?? DEFAULT_VOICES });
}

async function speech(ctx: ServerContext<Config>): Promise<void> {
  const { res, record, config } = ctx;
  const body = record.json as { input?: unknown; voice?: unknown; model?: unknown; response_format?: unknown };
  if (typeof body !== 'object' || body === null || typeof body.input !== 'string' || body.voice === undefined) {
    return sendJson(res, 400, {
      error: { message: "'input' and 'voice' are required", type: 'invalid_request_error', code: 400 },
    });
  }
  const format = body.response_format ?? 'mp3';
  if (format !== 'wav') {
    return sendJson(res, 400, {
      error: { message: `This test server makes only wav, not ${String(format)}`, type: 'invalid_request_error' },
    });
  }
  if (config.holdStream !== false) await ctx.hold();
  await sleep(config.chunkDelayMs, ctx.signal);
  if (ctx.signal.aborted) return;
  const wav = toneWav(speechSeconds(body.input));
  res.writeHead(200, { 'Content-Type': 'audio/wav', 'Content-Length': wav.length });
  res.end(wav);
}
