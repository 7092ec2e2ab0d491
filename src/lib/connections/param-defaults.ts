// What a server uses for a parameter nobody set, where its documentation says: the chat settings panel
// names it ("Server default (Ollama: 0.8)") instead of a bare "the server's default".
import type { ParamKey } from './param-specs.ts';
import { presetFor } from './presets.ts';
import type { Connection, ServerKind } from './types.ts';

type Defaults = Partial<Record<ParamKey, number | string>>;

const KNOWN: Partial<Record<ServerKind, Defaults>> = {
  // Ollama's Modelfile defaults (a model's own Modelfile may set others)
  ollama: {
    temperature: 0.8,
    top_p: 0.9,
    top_k: 40,
    min_p: 0,
    repeat_penalty: 1.1,
    max_tokens: 'no limit',
  },
  // llama-server's documented defaults
  llamacpp: {
    temperature: 0.8,
    top_p: 0.95,
    top_k: 40,
    min_p: 0.05,
    repeat_penalty: 1,
    presence_penalty: 0,
    frequency_penalty: 0,
    max_tokens: 'no limit',
    seed: 'random',
  },
  openai: { temperature: 1, top_p: 1, presence_penalty: 0, frequency_penalty: 0 },
};

export interface ServerDefault {
  /** the server's display name, e.g. "Ollama" */
  server: string;
  value: number | string;
}

/** The server kind a connection stands for: its own, else what its mode implies (Ollama, OpenAI). */
export function effectiveKind(connection: Pick<Connection, 'mode' | 'server_kind'>): ServerKind | undefined {
  if (connection.server_kind && connection.server_kind !== 'other') return connection.server_kind;
  if (connection.mode === 'ollama') return 'ollama';
  if (connection.mode === 'openai') return 'openai';
  return undefined;
}

/** The named default, or undefined when the server's is not known here. */
export function serverDefault(
  connection: Pick<Connection, 'mode' | 'server_kind'> | undefined,
  key: ParamKey,
): ServerDefault | undefined {
  const kind = connection && effectiveKind(connection);
  const value = kind ? KNOWN[kind]?.[key] : undefined;
  return kind && value !== undefined ? { server: presetFor(kind).label, value } : undefined;
}
