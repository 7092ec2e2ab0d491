// Which engine the 'browser' provider uses: the real one, loaded on first use (its code, the worker and
// the WASM stay out of the first load), or one a test injects.
import type { BrowserEngine } from './engine.ts';

type Loader = () => Promise<BrowserEngine>;

const realEngine: Loader = () => import('./worker-engine.ts').then((m) => m.sharedWorkerEngine());

let loader: Loader = realEngine;

export function browserEngine(): Promise<BrowserEngine> {
  return loader();
}

/** For tests: run the 'browser' provider on this engine (undefined: back to the real one). */
export function useBrowserEngine(engine: BrowserEngine | undefined): void {
  loader = engine ? () => Promise.resolve(engine) : realEngine;
}
