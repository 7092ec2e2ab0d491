import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import {
  NO_SPEECH_TO_TEXT,
  readSpeechToTextSettings,
  saveSpeechToTextSettings,
  speechConnection,
} from './speech-to-text-settings.ts';
import { transcriptionChoices } from './transcription-choices.ts';

function memory() {
  const map = new Map<string, string>();
  const store = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  return { map, storage: () => store };
}

const conn = (id: string, extra: Partial<Connection> = {}) => ({ id, name: id, enabled: true, ...extra }) as Connection;

describe('speech-to-text settings', () => {
  it('round-trips, trims, and reads junk as unset', () => {
    const { map, storage } = memory();
    expect(readSpeechToTextSettings(storage)).toEqual(NO_SPEECH_TO_TEXT);
    saveSpeechToTextSettings(
      { connection_id: 'c1', model_id: ' whisper-1 ', language: 'en ', send_when_transcribed: true },
      storage,
    );
    expect(readSpeechToTextSettings(storage)).toEqual({
      connection_id: 'c1',
      model_id: 'whisper-1',
      language: 'en',
      send_when_transcribed: true,
    });
    map.set('switchboard:speech-to-text', '{not json');
    expect(readSpeechToTextSettings(storage)).toEqual(NO_SPEECH_TO_TEXT);
    map.set('switchboard:speech-to-text', '{"model_id":5,"send_when_transcribed":"yes"}');
    expect(readSpeechToTextSettings(storage)).toEqual(NO_SPEECH_TO_TEXT);
  });

  it('offers the transcription models of enabled connections only', () => {
    const choices = transcriptionChoices([
      { connection: conn('a'), models: [{ id: 'llama3' }, { id: 'faster-whisper-small' }] },
      { connection: conn('b', { enabled: false }), models: [{ id: 'whisper-1' }] },
      { connection: conn('c', { capabilities: ['transcription'] }), models: [{ id: 'mystery' }] },
    ]);
    expect(choices.map((c) => [c.connection_id, c.model_id])).toEqual([
      ['a', 'faster-whisper-small'],
      ['c', 'mystery'],
    ]);
    expect(choices[0]?.label).toBe('faster-whisper-small — a');
  });

  it('finds the chosen connection only while it exists, is enabled and a model is set', () => {
    const settings = { ...NO_SPEECH_TO_TEXT, connection_id: 'a', model_id: 'm' };
    expect(speechConnection(settings, [conn('a')])?.id).toBe('a');
    expect(speechConnection(settings, [conn('a', { enabled: false })])).toBeUndefined();
    expect(speechConnection({ ...settings, model_id: '' }, [conn('a')])).toBeUndefined();
  });
});
