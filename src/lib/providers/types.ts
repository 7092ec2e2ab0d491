// The provider contract: one OpenAI-shaped request in, one normalised event stream out.
// Imports only connection types; adapters live in openai/ and ollama/.
import type { ConnectionParams } from '../connections/types.ts';
import type { ProviderError, RequestRecord } from './errors.ts';

/** 'tool': the answer to a tool call, sent with the call's id */
export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';

export type ContentPart =
  { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string; detail?: 'auto' | 'low' | 'high' } };

/** A tool call as Chat Completions sends it back in the transcript (assistant message `tool_calls`). */
export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: ChatRole;
  content: string | ContentPart[];
  /** assistant messages that called tools */
  tool_calls?: ChatToolCall[];
  /** tool messages: the id of the call they answer */
  tool_call_id?: string;
}

/** A tool the model may call, in the OpenAI `tools` shape. */
export interface ToolDefinition {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown> };
}

/** Chat-level settings; merged over the connection's params (chat wins). */
export type ChatParams = ConnectionParams & {
  response_format?: { type: 'text' | 'json_object' | 'json_schema'; json_schema?: unknown };
  tools?: ToolDefinition[];
};

export interface ChatRequest {
  model: string;
  /**
   * Ending with an assistant message asks the model to carry on that answer (Continue after Stop or a
   * length cut): sent as the last message (assistant prefill) or, for Ollama, as the prompt's open end.
   */
  messages: ChatMessage[];
  params?: ChatParams;
}

export type FinishReason =
  | 'stop'
  | 'length'
  | 'content-filter'
  | 'tool-calls'
  | 'other'
  /** the stream ended without its terminal marker ([DONE] / done:true) */
  | 'interrupted'
  | 'aborted'
  | 'timeout'
  | 'error';

export interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
  reasoning_tokens?: number;
}

export interface Timings {
  /** generation speed as the server reports it, or measured when it does not */
  tokens_per_second?: number;
  prompt_tokens_per_second?: number;
  /** the server's own prompt processing time (llama-server `prompt_ms`, Ollama `prompt_eval_duration`) */
  prompt_ms?: number;
  /** set when tokens_per_second is the browser's estimate (the server reported no speed) */
  tokens_per_second_estimated?: true;
  /** time from sending the request to the first text or reasoning delta */
  ttft_ms?: number;
  total_ms?: number;
}

/**
 * Every stream yields `start` (unless the request failed before a response), any number of deltas,
 * at most one `error`, and always exactly one `finish` last. Streams never throw.
 */
export type ChatEvent =
  | { type: 'start'; request: RequestRecord; model?: string; warnings: string[] }
  | { type: 'text-delta'; text: string }
  | { type: 'reasoning-delta'; text: string }
  /** a piece of streamed tool call `index`: id and name usually come first, arguments in fragments */
  | { type: 'tool-call-delta'; index: number; id?: string; name?: string; arguments?: string }
  | { type: 'error'; error: ProviderError }
  | {
      type: 'finish';
      reason: { unified: FinishReason; raw?: string };
      usage?: Usage;
      timings?: Timings;
    };

export interface ModelDetails {
  family?: string;
  parameter_size?: string;
  quantization_level?: string;
  format?: string;
  context_length?: number;
  /** US dollars per token, as the server reports (OpenRouter-style `pricing`) */
  price_prompt?: number;
  price_completion?: number;
  /** what the server says the model is for: Ollama `capabilities`, LM Studio `type`, output modalities */
  capabilities?: string[];
  type?: string;
  output_modalities?: string[];
}

export interface ModelInfo {
  id: string;
  owned_by?: string;
  details?: ModelDetails;
  /** true when typed by hand in the connection rather than listed by the server */
  manual?: boolean;
}
