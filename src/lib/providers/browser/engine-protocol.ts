// The messages between the page and the engine's worker (engine-worker.ts). The page sends a chat request as
// plain data and never a model's bytes: the worker reads the model from the model store itself.
import type { ChatMessage, ToolDefinition } from '../types.ts';
import type { EngineBackend, EngineChunk } from './engine.ts';

/** A chat request without its AbortSignal (Stop travels as its own message). */
export interface WorkerChatRequest {
  model: string;
  messages: ChatMessage[];
  params: Record<string, unknown>;
  tools?: ToolDefinition[];
}

export type ToEngineWorker = { type: 'chat'; id: number; request: WorkerChatRequest } | { type: 'abort'; id: number };

export type FromEngineWorker =
  /** several chunks at once: at most one such message per frame reaches the page */
  | { type: 'chunks'; id: number; chunks: EngineChunk[] }
  | { type: 'backend'; backend: EngineBackend }
  /** the answer ended: quietly, or with the failure's name and message */
  | { type: 'end'; id: number; error?: { name: string; message: string } };
