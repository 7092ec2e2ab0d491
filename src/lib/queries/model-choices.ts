// The model picker's options: every model of every enabled connection, grouped by connection, flattened
// into labelled options that a typed query filters; the last choice, remembered where storage allows; and
// the one in use.
import { servesChat } from '../connections/capabilities.ts';
import type { Connection } from '../connections/types.ts';
import { visibleId, visibleName } from '../connections/visible-name.ts';
import type { ModelRef } from '../conversation/types.ts';
import type { ModelInfo } from '../providers/types.ts';
import { readPreference, writePreference, type PreferenceStorage } from '../util/preferences.ts';
import { modelsOfKind } from './model-kinds.ts';
import { rememberRecent } from './recent-models.ts';

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

/**
 * The models a chat can use: embedding, speech and transcription models are left out (their kind set by
 * hand on the connection, or detected per model: see model-kinds.ts).
 */
export function chatModels(connection: Pick<Connection, 'capabilities'>, models: readonly ModelInfo[]): ModelInfo[] {
  return modelsOfKind(connection, models, 'chat');
}

/**
 * Whether the picker shows this connection at all: not when it was set to serve no chat, nor when its
 * server listed models and none of them chats (a Speaches server added without ticking anything).
 * While its list is unknown or empty it is shown, so its status (checking, unreachable) can be read.
 */
export function offersChat(connection: Pick<Connection, 'capabilities'>, models?: readonly ModelInfo[]): boolean {
  if (!servesChat(connection)) return false;
  return !models || models.length === 0 || chatModels(connection, models).length > 0;
}

/** One entry of the picker, as shown: the model id and its server's name, both made visible. */
export interface PickerOption {
  connectionId: string;
  modelId: string;
  /** choiceValue(connectionId, modelId) */
  value: string;
  /** what the server reported about the model (details are shown from it) */
  info: ModelInfo;
  model: string;
  server: string;
  /** "model — server": what the option reads as */
  label: string;
  /** lower-cased label and raw id, what a query is matched against */
  search: string;
}

function option(connection: Connection, server: string, info: ModelInfo): PickerOption {
  const modelId = info.id;
  const model = visibleId(modelId);
  const label = `${model} — ${server}`;
  return {
    connectionId: connection.id,
    modelId,
    value: choiceValue(connection.id, modelId),
    info,
    model,
    server,
    label,
    search: `${label}\u0000${modelId}`.toLowerCase(),
  };
}

/** Every model of every group, in order. Built when the picker opens: with 10,000 models it is not free. */
export function pickerOptions(groups: readonly ModelGroup[]): PickerOption[] {
  const out: PickerOption[] = [];
  for (const g of groups) {
    const server = visibleName(g.connection.name);
    for (const m of g.models) out.push(option(g.connection, server, m));
  }
  return out;
}

/** The option that `value` names, built alone (the closed picker shows just this one). */
export function chosenOption(groups: readonly ModelGroup[], value: string | undefined): PickerOption | undefined {
  const choice = value ? parseChoiceValue(value) : undefined;
  const group = choice && groups.find((g) => g.connection.id === choice.connection_id);
  const model = group?.models.find((m) => m.id === choice?.model_id);
  return group && model ? option(group.connection, visibleName(group.connection.name), model) : undefined;
}

export function optionValue(o: PickerOption): string {
  return o.value;
}

/** Whether the option is the one `value` names. */
export function isChoice(o: PickerOption, value: string | undefined): boolean {
  const choice = value ? parseChoiceValue(value) : undefined;
  return !!choice && o.connectionId === choice.connection_id && o.modelId === choice.model_id;
}

/** Whether an option contains every whitespace-separated word of `query` (any case); all do for a blank one. */
export function optionMatcher(query: string): (o: PickerOption) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  const [only] = words;
  if (words.length === 1 && only !== undefined) return (o) => o.search.includes(only);
  return (o) => words.every((w) => o.search.includes(w));
}

/** The options that match `query` (see optionMatcher). */
export function filterOptions(options: readonly PickerOption[], query: string): readonly PickerOption[] {
  const matches = optionMatcher(query);
  return query.trim() === '' ? options : options.filter(matches);
}

export function optionIndex(options: readonly PickerOption[], value: string | undefined): number {
  const choice = value ? parseChoiceValue(value) : undefined;
  if (!choice) return -1;
  return options.findIndex((o) => o.connectionId === choice.connection_id && o.modelId === choice.model_id);
}

/** Whether `value` names a model currently offered in `groups`. */
export function isOffered(groups: readonly ModelGroup[], value: string | undefined): boolean {
  const choice = value ? parseChoiceValue(value) : undefined;
  return (
    !!choice &&
    groups.some((g) => g.connection.id === choice.connection_id && g.models.some((m) => m.id === choice.model_id))
  );
}

/** Remembers the choice, and that it was used recently, where storage allows; never throws. */
export function rememberChoice(value: string, storage?: Pick<PreferenceStorage, 'setItem'>): void {
  writePreference(LAST_CHOICE_KEY, value, storage && (() => storage));
  rememberRecent(value, storage);
}

export function lastChoice(storage?: Pick<PreferenceStorage, 'getItem'>): string | undefined {
  return readPreference(LAST_CHOICE_KEY, storage && (() => storage));
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
