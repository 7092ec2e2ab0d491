import { describe, expect, it } from 'vitest';
import { isProviderError } from './errors.ts';
import type { ExchangeRecord, FetchLike } from './http.ts';
import {
  buildTranscriptionRequest,
  parseTranscription,
  transcribe,
  transcriptionParts,
  transcriptionUrl,
  type TranscriptionTarget,
} from './transcribe.ts';

const target: TranscriptionTarget = {
  mode: 'openai_compatible',
  base_url: 'http://127.0.0.1:8000/v1/',
  api_key: 'sk-secret',
};
const audio = new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'audio/webm' });
const input = { model: 'whisper-1', audio, filename: 'recording.webm' };

describe('transcriptionParts', () => {
  it('puts the file first, then model, language when set and response_format json', () => {
    expect(transcriptionParts({ ...input, language: ' fr ' })).toEqual([
      ['file', audio, 'recording.webm'],
      ['model', 'whisper-1'],
      ['language', 'fr'],
      ['response_format', 'json'],
    ]);
    expect(transcriptionParts({ ...input, language: '' }).map((p) => p[0])).toEqual([
      'file',
      'model',
      'response_format',
    ]);
  });
});

describe('buildTranscriptionRequest', () => {
  it('posts a form to the connection’s own address with the key and no Content-Type', () => {
    const request = buildTranscriptionRequest(target, input);
    expect(request.url).toBe('http://127.0.0.1:8000/v1/audio/transcriptions');
    expect(request.headers).toEqual({ Authorization: 'Bearer sk-secret' });
    expect(request.body.get('model')).toBe('whisper-1');
    const file = request.body.get('file') as File;
    expect(file.name).toBe('recording.webm');
    expect(file.size).toBe(4);
    expect(transcriptionUrl({ mode: 'ollama', base_url: 'http://localhost:11434' })).toBe(
      'http://localhost:11434/v1/audio/transcriptions',
    );
  });
});

describe('parseTranscription', () => {
  it('reads json and verbose_json text, bare text, and refuses the rest', () => {
    expect(parseTranscription('{"text":"hi"}')).toBe('hi');
    expect(parseTranscription('{"task":"transcribe","text":"hi","segments":[]}')).toBe('hi');
    expect(parseTranscription('hello there\n')).toBe('hello there');
    expect(parseTranscription('{"result":"hi"}')).toBeUndefined();
    expect(parseTranscription('<html></html>')).toBeUndefined();
    expect(parseTranscription('')).toBeUndefined();
  });
});

describe('transcribe', () => {
  it('sends the form through http.ts, records it redacted, and returns the text', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetch: FetchLike = (url, init) => {
      seen.push({ url, init });
      return Promise.resolve(new Response('{"text":"Hello."}', { status: 200 }));
    };
    const exchanges: ExchangeRecord[] = [];
    const text = await transcribe(target, input, { fetch, onExchange: (x) => exchanges.push(x) });
    expect(text).toBe('Hello.');
    expect(seen[0]?.init.body).toBeInstanceOf(FormData);
    expect(seen[0]?.init.redirect).toBe('manual');
    const recorded = exchanges[0]?.request;
    expect(recorded?.headers['Authorization']).not.toContain('sk-secret');
    expect(recorded?.body).toContain('file: "recording.webm" (audio/webm, 4 bytes)');
    expect(recorded?.body).toContain('model: whisper-1');
  });

  it('throws the server’s refusal as a ProviderError with its status and message', async () => {
    const body = JSON.stringify({ error: { message: "Invalid file format. Supported formats: ['wav']" } });
    const fetch: FetchLike = () => Promise.resolve(new Response(body, { status: 415 }));
    const error: unknown = await transcribe(target, input, { fetch }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.response?.status).toBe(415);
    expect(isProviderError(error) && error.serverMessage).toContain('Invalid file format');
  });

  it('throws invalid-response for a reply without text', async () => {
    const fetch: FetchLike = () => Promise.resolve(new Response('{}', { status: 200 }));
    const error: unknown = await transcribe(target, input, { fetch }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.kind).toBe('invalid-response');
  });
});
