// The model list of a 'browser' connection: what the model store holds, read without loading the engine.
import type { ModelInfo } from '../types.ts';
import { createModelStore } from './model-store.ts';

export async function browserModels(store = createModelStore()): Promise<ModelInfo[]> {
  return (await store.list()).map((m) => ({ id: m.id, owned_by: 'this browser', details: { format: 'gguf' } }));
}
