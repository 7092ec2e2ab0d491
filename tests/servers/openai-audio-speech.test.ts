// Text to speech on the OpenAI-compatible test server: generated WAV, schema validation, voices, switches.
import { describe, expect, it } from 'vitest';
import { startOpenAIServer } from './openai-server.ts';
import { DEFAULT_VOICES, speechSeconds, toneWav } from './openai-audio-speech.ts';
import { loopbackServer } from './test-helpers.ts';

const server = loopbackServer(startOpenAIServer);

function speak(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}/audio/speech`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const GOOD = { model: 'kokoro', voice: 'af_heart', input: 'Hello there.', response_format: 'wav' };

describe('toneWav', () => {
  it('writes a RIFF/WAVE PCM header whose sizes match the samples', () => {
    const wav = toneWav(0.5, 8000);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt16LE(20)).toBe(1);
    expect(wav.readUInt32LE(24)).toBe(8000);
    expect(wav.readUInt32LE(40)).toBe(8000);
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.length).toBe(44 + 8000);
  });

  it('grows with the input, within limits', () => {
    expect(speechSeconds('ab')).toBe(0.25);
    expect(speechSeconds('x'.repeat(40))).toBeCloseTo(2);
    expect(speechSeconds('x'.repeat(10_000))).toBe(8);
  });
});

describe('POST /audio/speech', () => {
  it('answers audio/wav for a valid request and records it as schema-valid', async () => {
    const res = await speak(GOOD, { Origin: 'http://localhost:4173' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.length).toBe(toneWav(speechSeconds(GOOD.input)).length);
    const record = server.lastRequest('/v1/audio/speech');
    expect(record?.json).toEqual(GOOD);
    expect(record?.validation).toEqual({ valid: true, errors: [], unknownKeys: [] });
  });

  it('records keys the schema does not allow and refuses a body without input', async () => {
    expect((await speak({ ...GOOD, stream: true })).status).toBe(200);
    expect(server.lastRequest('/v1/audio/speech')?.validation?.valid).toBe(false);
    expect((await speak({ model: 'kokoro', voice: 'af_heart' })).status).toBe(400);
    expect(server.lastRequest('/v1/audio/speech')?.validation?.errors.join()).toContain('input');
  });

  it('makes only wav', async () => {
    const res = await speak({ ...GOOD, response_format: 'mp3' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('only wav');
  });

  it('obeys the shared switches: key, status override, no CORS', async () => {
    server.behave({ requireKey: 'sk-test' });
    expect((await speak(GOOD)).status).toBe(401);
    expect((await speak(GOOD, { Authorization: 'Bearer sk-test' })).status).toBe(200);
    server.behave({ requireKey: undefined, status: { code: 404, path: '/v1/audio/speech' } });
    expect((await speak(GOOD)).status).toBe(404);
    server.behave({ status: undefined, cors: 'none' });
    const res = await speak(GOOD, { Origin: 'http://localhost:4173' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('waits while held', async () => {
    server.behave({ holdStream: true });
    const reply = speak(GOOD);
    await server.waitForHold();
    server.release();
    expect((await reply).status).toBe(200);
  });
});

describe('GET /audio/voices', () => {
  it('lists voices, or is absent when switched off', async () => {
    expect(await (await fetch(`${server.baseUrl}/audio/voices`)).json()).toEqual({ voices: DEFAULT_VOICES });
    server.behave({ speechVoices: ['one', 'two'] });
    expect(await (await fetch(`${server.baseUrl}/audio/voices`)).json()).toEqual({ voices: ['one', 'two'] });
    server.behave({ speechVoices: false });
    expect((await fetch(`${server.baseUrl}/audio/voices`)).status).toBe(404);
  });
});
