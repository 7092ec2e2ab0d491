// What the rest of the app may use of the in-browser model: re-exported by providers/index.ts.
export { backendLabel, chooseBackend, type BackendFacts } from './backend-choice.ts';
export { CATALOGUE, type CatalogueModel } from './catalogue.ts';
export { DownloadError, downloadModel, type DownloadProgress } from './download.ts';
export type { BrowserEngine, EngineBackend, EngineChunk } from './engine.ts';
export { useBrowserEngine } from './engine-registry.ts';
export { formatBytes, refusalFor, type Room } from './fit-check.ts';
export { createModelStore, type ModelStore, type PendingDownload, type StoredModel } from './model-store.ts';
export { browserModels } from './browser-models.ts';
export { browserEngine } from './engine-registry.ts';
export { runBrowserChat, isOutOfMemory } from './run-browser-chat.ts';
