// Which model turns speech into text, remembered as a preference: the connection and model id, an
// optional language, and whether a transcription is sent at once ("Send when transcribed").
import type { Connection } from '../connections/types.ts';
import { isRecord } from '../util/is-record.ts';
import { readPreference, writePreference, type PreferenceStorage } from '../util/preferences.ts';

export interface SpeechToTextSettings {
  connection_id: string;
  model_id: string;
  /** ISO-639-1 code, '' = the server detects it */
  language: string;
  /** send the message as soon as the transcription arrives */
  send_when_transcribed: boolean;
}

export const SPEECH_TO_TEXT_KEY = 'switchboard:speech-to-text';

export const NO_SPEECH_TO_TEXT: SpeechToTextSettings = {
  connection_id: '',
  model_id: '',
  language: '',
  send_when_transcribed: false,
};

export function readSpeechToTextSettings(storage?: () => PreferenceStorage | undefined): SpeechToTextSettings {
  const raw = storage ? readPreference(SPEECH_TO_TEXT_KEY, storage) : readPreference(SPEECH_TO_TEXT_KEY);
  if (raw === undefined) return NO_SPEECH_TO_TEXT;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return NO_SPEECH_TO_TEXT;
  }
  if (!isRecord(value)) return NO_SPEECH_TO_TEXT;
  const text = (key: string) => (typeof value[key] === 'string' ? value[key] : '');
  return {
    connection_id: text('connection_id'),
    model_id: text('model_id'),
    language: text('language'),
    send_when_transcribed: value['send_when_transcribed'] === true,
  };
}

/** Whether it was stored. */
export function saveSpeechToTextSettings(
  settings: SpeechToTextSettings,
  storage?: () => PreferenceStorage | undefined,
): boolean {
  const cleaned = { ...settings, model_id: settings.model_id.trim(), language: settings.language.trim() };
  const json = JSON.stringify(cleaned);
  return storage ? writePreference(SPEECH_TO_TEXT_KEY, json, storage) : writePreference(SPEECH_TO_TEXT_KEY, json);
}

/** The connection the settings name, when it still exists and is enabled. */
export function speechConnection(
  settings: SpeechToTextSettings,
  connections: readonly Connection[],
): Connection | undefined {
  if (settings.model_id === '') return undefined;
  return connections.find((c) => c.id === settings.connection_id && c.enabled);
}
