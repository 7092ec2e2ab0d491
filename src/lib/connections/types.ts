// The Connection record: what a user configures for one LLM server. Pure types.
import type { Capability, JobCapability } from './capabilities.ts';
import type { ConnectionMode } from './modes.ts';

export type { ConnectionMode } from './modes.ts';

/** Which server software sits behind a connection; drives defaults and server-specific fixes. */
export type ServerKind =
  | 'ollama'
  | 'lmstudio'
  | 'llamacpp'
  | 'vllm'
  | 'localai'
  | 'jan'
  | 'koboldcpp'
  | 'textgen'
  | 'litellm'
  | 'osaurus'
  | 'speaches'
  | 'kokoro'
  | 'openai'
  | 'openrouter'
  | 'other';

/** Per-connection request overrides, sent with every request; extra keys pass through as JSON. */
export interface ConnectionParams {
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  /** not in the OpenAI API: llama.cpp, vLLM, LM Studio and Ollama take it (see param-specs.ts) */
  min_p?: number;
  /** not in the OpenAI API: llama.cpp, vLLM, LM Studio and Ollama take it (see param-specs.ts) */
  repeat_penalty?: number;
  stop?: string | string[];
  seed?: number;
  presence_penalty?: number;
  frequency_penalty?: number;
  stream?: boolean;
  [key: string]: unknown;
}

export interface Connection {
  id: string;
  name: string;
  mode: ConnectionMode;
  /**
   * The resolved API root that request paths are appended to:
   * openai/openai_compatible → e.g. `http://localhost:1234/v1` (or a root-path server's origin),
   * ollama → the server origin, e.g. `http://localhost:11434`.
   */
  base_url: string;
  api_key?: string;
  params?: ConnectionParams;
  enabled: boolean;
  server_kind?: ServerKind;
  /** Model ids typed by hand, for servers whose list is missing or empty. */
  model_ids?: string[];
  /** A prefix, or a comma-separated list of exact ids, that limits the listed models. */
  model_filter?: string;
  /** Seconds of silence allowed before the first token (default 300; 0 = no limit). */
  first_token_timeout_s?: number;
  /** Seconds of silence allowed between pieces of a streaming answer (default 120; 0 = no limit). */
  idle_timeout_s?: number;
  /** What this server does, set by hand (absent = chat; models of other kinds are detected per model). */
  capabilities?: Capability[];
  /** Seconds one embeddings / transcription / speech request may take (defaults in capabilities.ts; 0 = no limit). */
  capability_timeouts_s?: Partial<Record<JobCapability, number>>;
  created_at: number;
  updated_at: number;
}
