// The real engine: llama.cpp compiled to WebAssembly (@wllama/wllama). It runs inside the engine's worker
// (engine-worker.ts), never on the page: wllama's own code polls its WASM worker for every token.
import { Wllama } from '@wllama/wllama';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import type { ModelInfo } from '../types.ts';
import {
  MODEL_NOT_STORED,
  type BrowserEngine,
  type EngineBackend,
  type EngineChatRequest,
  type EngineChunk,
} from './engine.ts';
import { browserModels } from './browser-models.ts';
import { plainMessage } from './plain-message.ts';
import type { ModelStore } from './model-store.ts';
import { chooseBackend, type BackendFacts } from './backend-choice.ts';

const CONTEXT_TOKENS = 4096;
const quiet = { debug: () => {}, log: () => {}, warn: () => {}, error: (...a: unknown[]) => console.error(...a) };

export function createWllamaEngine(store: ModelStore, facts: () => Promise<BackendFacts>): BrowserEngine {
  let wllama: Wllama | undefined;
  let loaded: string | undefined;
  let loading: Promise<void> | undefined;
  let backend: EngineBackend = chooseBackend({ webgpu: false, isolated: false, cores: 1 });

  async function load(model: string): Promise<void> {
    if (loaded === model && wllama) return;
    await wllama?.exit().catch(() => undefined);
    wllama = undefined;
    loaded = undefined;
    const blob = await store.blob(model);
    if (!blob)
      throw Object.assign(
        new Error(`The model "${model}" is not stored in this browser any more; add it again in Settings.`),
        { name: MODEL_NOT_STORED },
      );
    backend = chooseBackend(await facts());
    const next = new Wllama(
      { default: new URL(wasmUrl, import.meta.url).href },
      { logger: quiet, suppressNativeLog: true },
    );
    await next.loadModel([blob], {
      n_ctx: CONTEXT_TOKENS,
      n_threads: backend.kind === 'wasm-multi-thread' ? undefined : 1,
      ...(backend.kind === 'webgpu' ? {} : { n_gpu_layers: 0 }),
    });
    wllama = next;
    loaded = model;
  }

  function ensure(model: string): Promise<void> {
    const previous = loading ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => load(model));
    loading = next;
    return next;
  }

  return {
    async listModels(): Promise<ModelInfo[]> {
      return browserModels(store);
    },
    async *chat(request: EngineChatRequest): AsyncIterable<EngineChunk> {
      await ensure(request.model);
      if (request.signal.aborted || !wllama) return;
      const stream = await wllama.createChatCompletion({
        ...(request.params as Record<string, never>),
        messages: request.messages.map(plainMessage) as never,
        ...(request.tools ? { tools: request.tools as never } : {}),
        stream: true,
        abortSignal: request.signal,
      });
      for await (const chunk of stream) yield chunk as EngineChunk;
    },
    backend: () => backend,
  };
}
