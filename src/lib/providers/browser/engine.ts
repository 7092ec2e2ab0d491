// The contract between the 'browser' provider and whatever runs a model inside the page. The real engine
// (wllama-engine.ts) loads lazily; tests inject a fake through engine-registry.ts.
import type { BackendFacts } from './backend-choice.ts';
import type { ChatMessage, ModelInfo, ToolDefinition } from '../types.ts';

/** One streamed piece, in the Chat Completions chunk shape (wllama speaks it natively). */
export interface EngineChunk {
  choices?: {
    delta?: {
      content?: string | null;
      reasoning_content?: string | null;
      tool_calls?: { index: number; id?: string; function?: { name?: string; arguments?: string } }[];
    };
    finish_reason?: string | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | null;
  timings?: { predicted_per_second?: number; prompt_per_second?: number; predicted_n?: number };
}

export interface EngineChatRequest {
  model: string;
  messages: ChatMessage[];
  /** sampling and length settings under their Chat Completions names */
  params: Record<string, unknown>;
  tools?: ToolDefinition[];
  signal: AbortSignal;
}

/** How the engine runs, and why (shown in Settings). */
/** The error name the worker gives a model that is gone from this browser's storage. */
export const MODEL_NOT_STORED = 'ModelNotStoredError';

export interface EngineBackend {
  kind: 'webgpu' | 'wasm-multi-thread' | 'wasm-single-thread';
  /** e.g. "WebAssembly, one thread" */
  label: string;
  reason: string;
  /** what the choice was made from: the page rebuilds label and reason from it in its own language */
  facts?: BackendFacts;
}

export interface BrowserEngine {
  /** the models stored in this browser */
  listModels(): Promise<ModelInfo[]>;
  /** Loads the model when needed, then streams. Throws on load failure; ends quietly on abort. */
  chat(request: EngineChatRequest): AsyncIterable<EngineChunk>;
  backend(): EngineBackend;
}
