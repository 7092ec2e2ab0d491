// /v1/audio/transcriptions on the OpenAI-compatible test server: multipart in, { text } out, the record
// tests read, and the misbehaviour switches (format refused, oversize, key, CORS, 404).
import { describe, expect, it } from 'vitest';
import { startOpenAIServer } from './openai-server.ts';
import { TRANSCRIPTION_REPLY, validateTranscriptionResponse } from './openai-audio-transcriptions.ts';
import { loopbackServer } from './test-helpers.ts';

const server = loopbackServer(startOpenAIServer);
const PATH = '/v1/audio/transcriptions';

function upload(fields: Record<string, string>, bytes = 100, filename = 'clip.webm'): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes).fill(7)], { type: 'audio/webm' }), filename);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

const post = (form: FormData, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${server.baseUrl}/audio/transcriptions`, { method: 'POST', body: form, headers });

describe('/v1/audio/transcriptions', () => {
  it('answers { text } per CreateTranscriptionResponseJson and records the upload', async () => {
    const res = await post(upload({ model: 'whisper-1', language: 'en', response_format: 'json' }));
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(body).toEqual({ text: TRANSCRIPTION_REPLY });
    expect(validateTranscriptionResponse(body)).toBe(true);
    const record = server.lastRequest(PATH)?.transcription;
    expect(record).toMatchObject({
      valid: true,
      model: 'whisper-1',
      file: { filename: 'clip.webm', type: 'audio/webm', size: 100 },
      fields: { language: 'en' },
    });
    expect(record?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('answers text and verbose_json formats', async () => {
    server.behave({ transcriptionReply: 'bonjour' });
    expect(await (await post(upload({ model: 'm', response_format: 'text' }))).text()).toBe('bonjour');
    const verbose = (await (await post(upload({ model: 'm', response_format: 'verbose_json' }))).json()) as object;
    expect(verbose).toMatchObject({ text: 'bonjour', task: 'transcribe' });
  });

  it('refuses a request the schema refuses: no model, empty file, unknown field', async () => {
    for (const form of [upload({}), upload({ model: 'm' }, 0), upload({ model: 'm', colour: 'red' })]) {
      const res = await post(form);
      expect(res.status).toBe(400);
      expect(server.lastRequest(PATH)?.transcription?.valid).toBe(false);
    }
    const json = await fetch(`${server.baseUrl}/audio/transcriptions`, { method: 'POST', body: '{"model":"m"}' });
    expect(json.status).toBe(400);
  });

  it('refuses an unsupported audio format with 415 or 400 naming the accepted formats', async () => {
    server.behave({ refuseAudioFormat: { status: 415, accepted: ['wav', 'mp3'] } });
    const res = await post(upload({ model: 'm' }));
    expect(res.status).toBe(415);
    expect(await res.text()).toContain("Supported formats: ['wav', 'mp3']");
    expect((await post(upload({ model: 'm' }, 10, 'a.wav'))).status).toBe(200);
    server.behave({ refuseAudioFormat: { status: 400, accepted: ['wav'] } });
    expect((await post(upload({ model: 'm' }))).status).toBe(400);
  });

  it('refuses oversize uploads with 413', async () => {
    server.behave({ maxAudioBytes: 500 });
    expect((await post(upload({ model: 'm' }, 1000))).status).toBe(413);
    expect((await post(upload({ model: 'm' }, 10))).status).toBe(200);
  });

  it('follows the shared switches: key, CORS, status override', async () => {
    server.behave({ requireKey: 'k1' });
    expect((await post(upload({ model: 'm' }))).status).toBe(401);
    expect((await post(upload({ model: 'm' }), { Authorization: 'Bearer k1' })).status).toBe(200);
    server.behave({ requireKey: undefined, cors: 'none' });
    const res = await post(upload({ model: 'm' }), { Origin: 'http://localhost:4173' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    server.behave({ cors: 'normal', status: { code: 404, path: PATH } });
    expect((await post(upload({ model: 'm' }))).status).toBe(404);
  });
});
