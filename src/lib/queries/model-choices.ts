// The model picker's options: every model of every enabled connection, grouped by connection; the one
// remembered, and the one in use.
import type { Connection } from '../connections/types.ts';
import type { ModelRef } from '../conversation/types.ts';
import type { ModelInfo } from '../providers/types.ts';

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

export function rememberChoice(
  value: string,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  storage?.setItem(LAST_CHOICE_KEY, value);
}

export function lastChoice(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): string | undefined {
  return storage?.getItem(LAST_CHOICE_KEY) ?? undefined;
}

/**
 * The model the composer uses: the one picked in this tab, else the chat's own, else the first one
 * offered. A pick or a chat's model counts only while it is still offered (its connection may have been
 * removed or disabled, or its server may no longer list it).
 */
export function selectedChoice(
  groups: readonly ModelGroup[],
  picked: string | undefined,
  chatModel: ModelRef | undefined,
): string | undefined {
  if (isOffered(groups, picked)) return picked;
  const chats = chatModel ? choiceValue(chatModel.connection_id, chatModel.model_id) : undefined;
  if (isOffered(groups, chats)) return chats;
  const first = groups.find((g) => g.models.length > 0);
  return first ? choiceValue(first.connection.id, (first.models[0] as ModelInfo).id) : undefined;
}
