// The model picker's options: every model of every enabled connection, grouped by connection.
import type { Connection } from '../connections/types.ts';
import type { ModelInfo } from '../providers/types.ts';
import { readPreference, writePreference, type PreferenceStorage } from '../util/preferences.ts';

export interface ModelGroup {
  connection: Connection;
  models: ModelInfo[];
}

const LAST_CHOICE_KEY = 'switchboard:last-model';

export function choiceValue(connectionId: string, modelId: string): string {
  return JSON.stringify([connectionId, modelId]);
}

export function parseChoiceValue(value: string): { connection_id: string; model_id: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { connection_id: parsed[0], model_id: parsed[1] };
    }
  } catch {
    // not one of ours
  }
  return undefined;
}

/** Whether `value` names a model currently offered in `groups`. */
export function isOffered(groups: readonly ModelGroup[], value: string | undefined): boolean {
  const choice = value ? parseChoiceValue(value) : undefined;
  return (
    !!choice &&
    groups.some((g) => g.connection.id === choice.connection_id && g.models.some((m) => m.id === choice.model_id))
  );
}

/** Remembers the choice where storage allows; never throws (blocked or full storage forgets it). */
export function rememberChoice(value: string, storage?: Pick<PreferenceStorage, 'setItem'>): void {
  writePreference(LAST_CHOICE_KEY, value, storage && (() => storage));
}

export function lastChoice(storage?: Pick<PreferenceStorage, 'getItem'>): string | undefined {
  return readPreference(LAST_CHOICE_KEY, storage && (() => storage));
}
