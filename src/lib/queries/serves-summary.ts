// One line for a connection's card: what its server serves, counted from the models it lists (each
// model's kind, see model-kinds.ts), and what was set by hand on the connection.
import { CAPABILITIES, isCapability, type Capability } from '../connections/capabilities.ts';
import { CAPABILITY_LABELS } from '../connections/capability-draft.ts';
import type { Connection } from '../connections/types.ts';
import type { ModelInfo } from '../providers/types.ts';
import { kindOf } from './model-kinds.ts';

const NOUN: Readonly<Record<Exclude<Capability, 'chat'>, string>> = {
  embeddings: 'embedding model',
  transcription: 'transcription model',
  speech: 'speech model',
};

/** e.g. "Chat · 2 speech models · 1 transcription model"; '' while nothing is listed and nothing set. */
export function listedKinds(connection: Pick<Connection, 'capabilities'>, models: readonly ModelInfo[]): string {
  const counts = new Map<Capability, number>();
  for (const m of models) {
    const kind = kindOf(connection, m);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return CAPABILITIES.flatMap((kind) => {
    const n = counts.get(kind);
    if (!n) return [];
    if (kind === 'chat') return ['Chat'];
    return [`${n} ${NOUN[kind]}${n === 1 ? '' : 's'}`];
  }).join(' · ');
}

/** What the user ticked in the form, e.g. "Speech to text, Text to speech"; '' when nothing was. */
export function setByHand(connection: Pick<Connection, 'capabilities'>): string {
  const set = new Set(connection.capabilities?.filter(isCapability) ?? []);
  return CAPABILITIES.filter((c) => set.has(c))
    .map((c) => CAPABILITY_LABELS[c])
    .join(', ');
}

/** Each model's kind as the "All models" list shows it. */
export const KIND_TAGS: Readonly<Record<Capability, string>> = {
  chat: 'chat',
  embeddings: 'embedding (not for chat)',
  transcription: 'speech to text (not for chat)',
  speech: 'text to speech (not for chat)',
};
