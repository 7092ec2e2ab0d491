// Which way the engine runs, and the reason Settings shows: WebGPU when the browser gives an adapter, else
// multi-threaded WASM when the page is cross-origin isolated (threads need SharedArrayBuffer), else one thread.
import { tr } from '../../i18n/active-language.ts';
import type { EngineBackend } from './engine.ts';

export interface BackendFacts {
  webgpu: boolean;
  isolated: boolean;
  cores: number;
}

export function chooseBackend(facts: BackendFacts): EngineBackend {
  const { kind, reason } = choose(facts);
  return { kind, label: backendLabel(kind), reason, facts };
}

function choose(facts: BackendFacts): Omit<EngineBackend, 'label'> {
  if (facts.webgpu)
    return { kind: 'webgpu', reason: tr('This browser offers a WebGPU adapter, so the model runs on the GPU.') };
  if (facts.isolated && facts.cores > 2) {
    return {
      kind: 'wasm-multi-thread',
      reason: tr('No WebGPU; the page is cross-origin isolated, so WebAssembly runs on {count} threads.', {
        count: Math.floor(facts.cores / 2),
      }),
    };
  }
  const reason = !facts.isolated
    ? tr(
        'No WebGPU, and the page is not cross-origin isolated (its host does not send the {headers} headers), so threads are unavailable: WebAssembly runs on one thread.',
        { headers: 'COOP/COEP' },
      )
    : tr('No WebGPU, and this device has too few cores for threads to help: WebAssembly runs on one thread.');
  return { kind: 'wasm-single-thread', reason };
}

export function backendLabel(kind: EngineBackend['kind']): string {
  if (kind === 'webgpu') return 'WebGPU';
  return kind === 'wasm-multi-thread' ? tr('WebAssembly, several threads') : tr('WebAssembly, one thread');
}
