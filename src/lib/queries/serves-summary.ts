// One line for a connection's card: what its server serves, counted from the models it lists (each
// model's kind, see model-kinds.ts), and what was set by hand on the connection.
import { CAPABILITIES, isCapability, type Capability } from '../connections/capabilities.ts';
import type { Connection } from '../connections/types.ts';
import type { ModelInfo } from '../providers/types.ts';
import { kindOf } from './model-kinds.ts';
import { tr } from '../i18n/active-language.ts';

/** "2 speech models", in the active language. */
function counted(kind: Exclude<Capability, 'chat'>, count: number): string {
  if (kind === 'embeddings')
    return tr({ one: '{count} embedding model', other: '{count} embedding models' }, { count });
  if (kind === 'transcription')
    return tr({ one: '{count} transcription model', other: '{count} transcription models' }, { count });
  return tr({ one: '{count} speech model', other: '{count} speech models' }, { count });
}

/** A capability's name as the connection form labels it. */
function capabilityLabel(kind: Capability): string {
  if (kind === 'chat') return tr('Chat');
  if (kind === 'embeddings') return tr('Embeddings');
  if (kind === 'transcription') return tr('Speech to text');
  return tr('Text to speech');
}

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
    return [kind === 'chat' ? tr('Chat') : counted(kind, n)];
  }).join(' · ');
}

/** What the user ticked in the form, e.g. "Speech to text, Text to speech"; '' when nothing was. */
export function setByHand(connection: Pick<Connection, 'capabilities'>): string {
  const set = new Set(connection.capabilities?.filter(isCapability) ?? []);
  return CAPABILITIES.filter((c) => set.has(c))
    .map(capabilityLabel)
    .join(', ');
}

/** Each model's kind as the "All models" list shows it, in the active language (read when shown). */
export const KIND_TAGS: Readonly<Record<Capability, string>> = {
  get chat() {
    return tr('chat');
  },
  get embeddings() {
    return tr('embedding (not for chat)');
  },
  get transcription() {
    return tr('speech to text (not for chat)');
  },
  get speech() {
    return tr('text to speech (not for chat)');
  },
};
