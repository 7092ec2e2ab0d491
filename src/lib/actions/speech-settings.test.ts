import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import type { ModelInfo } from '../providers/types.ts';
import { readSpeechSettings, resolveSpeechEngine, saveSpeechSettings } from './speech-settings.ts';
import { speechErrorText } from './speech-errors.ts';

function connection(id: string, enabled = true): Connection {
  return { id, name: id, enabled, mode: 'openai_compatible', base_url: `http://${id}/v1` } as Connection;
}
const models: Record<string, ModelInfo[]> = {
  chat: [{ id: 'llama3' }],
  kokoro: [{ id: 'kokoro' }, { id: 'llama3' }],
};
const modelsOf = (c: Connection) => models[c.id];

function memory() {
  const map = new Map<string, string>();
  const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  return () => storage;
}

describe('speech settings', () => {
  it('round-trips, and reads nothing from garbage', () => {
    const storage = memory();
    expect(readSpeechSettings(storage)).toBeUndefined();
    saveSpeechSettings({ engine: 'kokoro', model: 'kokoro', voice: 'af', format: 'mp3' }, storage);
    expect(readSpeechSettings(storage)).toEqual({ engine: 'kokoro', model: 'kokoro', voice: 'af', format: 'mp3' });
    storage().setItem('switchboard:speech', '{"engine":"x","format":"ogg"}');
    expect(readSpeechSettings(storage)?.format).toBe('wav');
    storage().setItem('switchboard:speech', 'nope');
    expect(readSpeechSettings(storage)).toBeUndefined();
  });

  it('without a choice: the first speech model of an enabled connection, else the browser', () => {
    const all = [connection('chat'), connection('kokoro')];
    expect(resolveSpeechEngine(undefined, all, modelsOf)).toMatchObject({ kind: 'server', model: 'kokoro', voice: '' });
    expect(resolveSpeechEngine(undefined, [connection('chat'), connection('kokoro', false)], modelsOf)).toEqual({
      kind: 'browser',
      voice: '',
    });
  });

  it('a stored choice wins while its connection is enabled', () => {
    const all = [connection('chat'), connection('kokoro')];
    const typed = { engine: 'chat', model: 'my-tts', voice: 'v', format: 'wav' as const };
    expect(resolveSpeechEngine(typed, all, modelsOf)).toMatchObject({ kind: 'server', model: 'my-tts', voice: 'v' });
    expect(resolveSpeechEngine({ ...typed, engine: 'browser' }, all, modelsOf)).toEqual({
      kind: 'browser',
      voice: 'v',
    });
    expect(resolveSpeechEngine({ ...typed, engine: 'gone' }, all, modelsOf)).toMatchObject({ model: 'kokoro' });
  });
});

describe('speechErrorText', () => {
  const request = { method: 'POST', url: 'http://x/v1/audio/speech', headers: {} };
  const base = { name: 'ProviderError' as const, message: 'm', phase: 'request' as const, request, retryable: false };
  it('names the server and the cause', () => {
    const refused = { ...base, kind: 'http' as const, serverMessage: 'Invalid API Key' };
    expect(
      speechErrorText({ ...refused, response: { status: 401, statusText: '', headers: {}, body: '' } }, 'Kokoro'),
    ).toBe("Kokoro refused the speech request (HTTP 401): Invalid API Key. Check the connection's API key.");
    expect(speechErrorText({ ...base, kind: 'network' as const }, 'Kokoro')).toContain('CORS');
    expect(speechErrorText(new DOMException('x', 'NotAllowedError'), 'Kokoro')).toContain('blocked playback');
  });
});
