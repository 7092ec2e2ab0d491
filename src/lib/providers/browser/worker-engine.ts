// The page's side of the engine: a BrowserEngine that runs every model in the engine's worker
// (engine-worker.ts). The page never loads wllama nor reads a model's bytes; its message handler only queues
// the batches the worker posts, and the answer flows through the app's normal streaming path.
import type { ModelInfo } from '../types.ts';
import {
  MODEL_NOT_STORED,
  type BrowserEngine,
  type EngineBackend,
  type EngineChatRequest,
  type EngineChunk,
} from './engine.ts';
import type { FromEngineWorker, ToEngineWorker } from './engine-protocol.ts';
import { chooseBackend } from './backend-choice.ts';
import { browserModels } from './browser-models.ts';
import { createModelStore, type ModelStore } from './model-store.ts';
import { plainMessage } from './plain-message.ts';
import { tr } from '../../i18n/active-language.ts';

/** What the page needs of a Worker. */
export interface WorkerLike {
  postMessage(message: ToEngineWorker): void;
  onmessage: ((event: { data: FromEngineWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

interface Pending {
  model: string;
  chunks: EngineChunk[];
  ended: boolean;
  error?: Error;
  wake: () => void;
}

export function createWorkerEngine(spawn: () => WorkerLike, store: ModelStore): BrowserEngine {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  let backend: EngineBackend = chooseBackend({ webgpu: false, isolated: false, cores: 1 });
  const pending = new Map<number, Pending>();

  function receive(message: FromEngineWorker): void {
    if (message.type === 'backend') {
      // the worker writes in English: the page says it again in its own language
      const { facts } = message.backend;
      backend = facts ? chooseBackend(facts) : message.backend;
      return;
    }
    const request = pending.get(message.id);
    if (!request) return; // stopped already
    if (message.type === 'chunks') request.chunks.push(...message.chunks);
    else {
      request.ended = true;
      if (message.error) request.error = pageError(message.error, request.model);
    }
    request.wake();
  }

  /** An error from the worker, in the page's language where the page knows it. */
  function pageError(error: { name: string; message: string }, model: string): Error {
    const message =
      error.name === MODEL_NOT_STORED
        ? tr('The model "{model}" is not stored in this browser any more; add it again in Settings.', { model })
        : error.message;
    return Object.assign(new Error(message), { name: error.name });
  }

  /** The worker died (its script failed to load, or it crashed): every answer in progress fails with why. */
  function fail(reason: string): void {
    worker?.terminate();
    worker = undefined;
    for (const request of pending.values()) {
      request.ended = true;
      request.error = new Error(tr("The engine's worker stopped: {reason}", { reason }));
      request.wake();
    }
  }

  function running(): WorkerLike {
    if (worker) return worker;
    const started = spawn();
    started.onmessage = (event) => receive(event.data);
    started.onerror = (event) => fail(event.message || 'it could not start');
    worker = started;
    return started;
  }

  return {
    async listModels(): Promise<ModelInfo[]> {
      return browserModels(store);
    },
    async *chat(request: EngineChatRequest): AsyncIterable<EngineChunk> {
      if (request.signal.aborted) return;
      const id = nextId++;
      const state: Pending = { model: request.model, chunks: [], ended: false, wake: () => {} };
      pending.set(id, state);
      const target = running();
      const onAbort = () => {
        worker?.postMessage({ type: 'abort', id });
        state.ended = true;
        state.wake();
      };
      request.signal.addEventListener('abort', onAbort, { once: true });
      try {
        target.postMessage({
          type: 'chat',
          id,
          request: {
            model: request.model,
            messages: request.messages.map(plainMessage),
            params: JSON.parse(JSON.stringify(request.params)) as Record<string, unknown>,
            ...(request.tools ? { tools: JSON.parse(JSON.stringify(request.tools)) as typeof request.tools } : {}),
          },
        });
        for (;;) {
          if (state.chunks.length > 0) {
            yield state.chunks.shift()!;
            continue;
          }
          if (request.signal.aborted) return;
          if (state.error) throw state.error;
          if (state.ended) return;
          await new Promise<void>((resolve) => (state.wake = resolve));
        }
      } finally {
        request.signal.removeEventListener('abort', onAbort);
        if (!state.ended) worker?.postMessage({ type: 'abort', id });
        pending.delete(id);
      }
    },
    backend: () => backend,
  };
}

let shared: BrowserEngine | undefined;

/** The page's one engine (one worker, one model in memory at a time). */
export function sharedWorkerEngine(): BrowserEngine {
  shared ??= createWorkerEngine(
    () =>
      new Worker(new URL('./engine-worker.ts', import.meta.url), {
        type: 'module',
        name: 'switchboard-engine',
      }) as unknown as WorkerLike,
    createModelStore(),
  );
  return shared;
}
