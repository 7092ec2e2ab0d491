// Which voice reads answers aloud: a speech model on one of the user's connections (with its voice and
// audio format), or the browser's own speechSynthesis. Kept as a UI preference; when nothing was chosen,
// the first speech model of an enabled connection, else the browser's voice.
import type { Connection } from '../connections/types.ts';
import type { ModelInfo } from '../providers/types.ts';
import { SPEECH_FORMATS, type SpeechFormat } from '../providers/jobs.ts';
import { modelsOfKind } from '../queries/model-kinds.ts';
import { isRecord } from '../util/is-record.ts';
import { readPreference, writePreference, type PreferenceStorage } from '../util/preferences.ts';

const KEY = 'switchboard:speech';

export interface SpeechSettings {
  /** 'browser' = speechSynthesis; otherwise the id of the connection that speaks */
  engine: 'browser' | string;
  model: string;
  /** '' = the server's first listed voice (or the browser's default voice) */
  voice: string;
  format: SpeechFormat;
}

export const DEFAULT_SPEECH_FORMAT: SpeechFormat = 'wav';

/** The stored choice, or undefined when none was made (or it cannot be read). */
export function readSpeechSettings(storage?: () => Pick<Storage, 'getItem'> | undefined): SpeechSettings | undefined {
  const text = readPreference(KEY, storage);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || typeof value.engine !== 'string' || value.engine === '') return undefined;
    const format = SPEECH_FORMATS.find((f) => f === value.format) ?? DEFAULT_SPEECH_FORMAT;
    const str = (v: unknown): string => (typeof v === 'string' ? v : '');
    return { engine: value.engine, model: str(value.model), voice: str(value.voice), format };
  } catch {
    return undefined;
  }
}

export function saveSpeechSettings(settings: SpeechSettings, storage?: () => PreferenceStorage | undefined): boolean {
  return writePreference(KEY, JSON.stringify(settings), storage);
}

export type SpeechEngine =
  | { kind: 'server'; connection: Connection; model: string; voice: string; format: SpeechFormat }
  | { kind: 'browser'; voice: string };

/** The enabled connections' speech models, in order. `modelsOf` gives a connection's listed models, if known. */
export function speechModels(
  connections: readonly Connection[],
  modelsOf: (c: Connection) => readonly ModelInfo[] | undefined,
): Array<{ connection: Connection; model: ModelInfo }> {
  return connections
    .filter((c) => c.enabled)
    .flatMap((c) => modelsOfKind(c, modelsOf(c) ?? [], 'speech').map((model) => ({ connection: c, model })));
}

/** What reads aloud now: the stored choice while its connection is enabled; else the first speech model; else the browser. */
export function resolveSpeechEngine(
  settings: SpeechSettings | undefined,
  connections: readonly Connection[],
  modelsOf: (c: Connection) => readonly ModelInfo[] | undefined,
): SpeechEngine {
  if (settings?.engine === 'browser') return { kind: 'browser', voice: settings.voice };
  const chosen = connections.find((c) => c.enabled && c.id === settings?.engine);
  if (settings && chosen) {
    const model = settings.model || (speechModels([chosen], modelsOf)[0]?.model.id ?? '');
    if (model !== '')
      return { kind: 'server', connection: chosen, model, voice: settings.voice, format: settings.format };
  }
  const first = speechModels(connections, modelsOf)[0];
  if (first) {
    return {
      kind: 'server',
      connection: first.connection,
      model: first.model.id,
      voice: '',
      format: DEFAULT_SPEECH_FORMAT,
    };
  }
  return { kind: 'browser', voice: '' };
}
