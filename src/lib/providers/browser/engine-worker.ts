// The engine's own worker: wllama's code, its WASM and its polling loop all run here, off the page. The
// page sends chat requests (engine-protocol.ts) and gets the answer back in batches (engine-host.ts).
import { createWllamaEngine } from './wllama-engine.ts';
import { createModelStore } from './model-store.ts';
import { createEngineHost } from './engine-host.ts';
import { createGlyphWarmer } from './glyph-warmer.ts';
import type { BackendFacts } from './backend-choice.ts';
import type { FromEngineWorker, ToEngineWorker } from './engine-protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToEngineWorker>) => void) | null;
  postMessage(message: FromEngineWorker): void;
  navigator: Navigator & { gpu?: { requestAdapter(): Promise<unknown> } };
  crossOriginIsolated?: boolean;
}

const scope = globalThis as unknown as WorkerScope;

async function workerFacts(): Promise<BackendFacts> {
  const nav = scope.navigator;
  let webgpu: boolean;
  try {
    webgpu = !!(await nav.gpu?.requestAdapter());
  } catch {
    webgpu = false;
  }
  return { webgpu, isolated: scope.crossOriginIsolated === true, cores: nav.hardwareConcurrency ?? 1 };
}

const engine = createWllamaEngine(createModelStore(), workerFacts);
const host = createEngineHost(engine, scope, undefined, createGlyphWarmer());
scope.onmessage = (event) => void host.receive(event.data);
