// The connection form's draft before the user types: a new one for a server kind, a name no other
// connection has, and what picking another server kind changes.
import { blankCapabilityDraft } from './capability-draft.ts';
import { presetFor } from './presets.ts';
import type { Connection, ServerKind } from './types.ts';
import type { ConnectionDraft } from './validate.ts';

/** `base`, or `base 2`, `base 3`… whichever no connection has yet (names compare case-insensitively). */
export function uniqueName(base: string, connections: readonly Pick<Connection, 'name'>[]): string {
  const taken = new Set(connections.map((c) => c.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

/** A blank form for a new connection to a server of this kind (Ollama unless told). */
export function newDraft(
  connections: readonly Pick<Connection, 'name'>[],
  kind: ServerKind = 'ollama',
): ConnectionDraft {
  const p = presetFor(kind);
  return {
    name: uniqueName(p.label, connections),
    mode: p.mode,
    server_kind: p.kind,
    base_url: p.base_url,
    api_key: '',
    max_tokens: '',
    temperature: '',
    top_p: '',
    top_k: '',
    min_p: '',
    repeat_penalty: '',
    seed: '',
    stop: '',
    stream: 'default',
    extra_params: '',
    model_ids: '',
    model_filter: '',
    first_token_timeout_s: '',
    idle_timeout_s: '',
    ...blankCapabilityDraft(),
    ...(p.capabilities ? { capabilities: [...p.capabilities] } : {}),
    enabled: true,
  };
}

/**
 * Another server kind picked: its mode and default base URL replace the draft's. The name follows
 * only while it is still the previous preset's default (empty, or starting with its label).
 */
export function pickPreset(
  draft: ConnectionDraft,
  kind: ServerKind,
  connections: readonly Pick<Connection, 'name'>[],
): ConnectionDraft {
  const before = presetFor(draft.server_kind);
  const p = presetFor(kind);
  const nameWasDefault = draft.name === '' || draft.name.startsWith(before.label);
  return {
    ...draft,
    server_kind: kind,
    mode: p.mode,
    base_url: p.base_url,
    // a preset's capabilities replace the previous preset's; a choice made by hand is kept
    ...(sameCaps(draft.capabilities, before.capabilities) ? { capabilities: [...(p.capabilities ?? [])] } : {}),
    ...(nameWasDefault ? { name: uniqueName(p.label, connections) } : {}),
  };
}

function sameCaps(a: readonly string[], b: readonly string[] | undefined): boolean {
  const other = b ?? [];
  return a.length === other.length && a.every((c) => other.includes(c));
}
