// Which way the engine runs, and the reason Settings shows: WebGPU when the browser gives an adapter, else
// multi-threaded WASM when the page is cross-origin isolated (threads need SharedArrayBuffer), else one thread.
import type { EngineBackend } from './engine.ts';

export interface BackendFacts {
  webgpu: boolean;
  isolated: boolean;
  cores: number;
}

export function chooseBackend(facts: BackendFacts): EngineBackend {
  const { kind, reason } = choose(facts);
  return { kind, label: BACKEND_LABELS[kind], reason };
}

function choose(facts: BackendFacts): Omit<EngineBackend, 'label'> {
  if (facts.webgpu)
    return { kind: 'webgpu', reason: 'This browser offers a WebGPU adapter, so the model runs on the GPU.' };
  if (facts.isolated && facts.cores > 2) {
    return {
      kind: 'wasm-multi-thread',
      reason: `No WebGPU; the page is cross-origin isolated, so WebAssembly runs on ${Math.floor(facts.cores / 2)} threads.`,
    };
  }
  const why = !facts.isolated
    ? 'the page is not cross-origin isolated (its host does not send the COOP/COEP headers), so threads are unavailable'
    : 'this device has too few cores for threads to help';
  return { kind: 'wasm-single-thread', reason: `No WebGPU, and ${why}: WebAssembly runs on one thread.` };
}

export const BACKEND_LABELS: Record<EngineBackend['kind'], string> = {
  webgpu: 'WebGPU',
  'wasm-multi-thread': 'WebAssembly, several threads',
  'wasm-single-thread': 'WebAssembly, one thread',
};
