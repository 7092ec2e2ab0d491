// What the UI does with the model in this browser: add the "This browser" connection, keep a GGUF opened
// from a file or downloaded (refused first when the browser cannot hold it), list, delete, and tell which
// way the engine runs. The engine's code loads only here, on demand (providers' loadBrowserKit).
import type { QueryClient } from '@tanstack/svelte-query';
import { BROWSER_BASE_URL } from '../connections/modes.ts';
import type { Connection } from '../connections/types.ts';
import {
  loadBrowserKit,
  type CatalogueModel,
  type DownloadProgress,
  type EngineBackend,
  type PendingDownload,
  type Room,
  type StoredModel,
} from '../providers/index.ts';
import { announceConnectionsChanged, refreshModels } from '../queries/connections-queries.ts';
import { listConnections, putConnection } from '../storage/connections-repo.ts';
import { newId } from '../util/new-id.ts';
import { tr } from '../i18n/active-language.ts';

export type { CatalogueModel, DownloadProgress, EngineBackend, PendingDownload, StoredModel };

/** Answers stay short by default: a small model on a CPU writes a few tokens a second. */
const DEFAULT_MAX_TOKENS = 512;

export async function browserConnection(): Promise<Connection | undefined> {
  return (await listConnections()).find((c) => c.mode === 'browser');
}

/** The "This browser" connection, added once. */
export async function addBrowserConnection(client: QueryClient, now: () => number = Date.now): Promise<Connection> {
  const existing = await browserConnection();
  if (existing) return existing;
  const at = now();
  const connection: Connection = {
    id: newId(),
    name: tr('This browser'),
    mode: 'browser',
    base_url: BROWSER_BASE_URL,
    params: { max_tokens: DEFAULT_MAX_TOKENS },
    enabled: true,
    created_at: at,
    updated_at: at,
  };
  await putConnection(connection);
  await announceConnectionsChanged(client);
  return connection;
}

/** Storage left for this site and the device's memory, as far as the browser says. */
export async function browserRoom(nav: Navigator | undefined = globalThis.navigator): Promise<Room> {
  const room: Room = {};
  try {
    const estimate = await nav?.storage?.estimate();
    if (estimate?.quota !== undefined) room.quotaLeft = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  } catch {
    // no numbers, then
  }
  const memory = (nav as (Navigator & { deviceMemory?: number }) | undefined)?.deviceMemory;
  if (typeof memory === 'number') room.deviceMemoryGiB = memory;
  return room;
}

export async function modelCatalogue(): Promise<readonly CatalogueModel[]> {
  return (await loadBrowserKit()).CATALOGUE;
}

export async function storedModels(): Promise<StoredModel[]> {
  return (await loadBrowserKit()).createModelStore().list();
}

export async function unfinishedDownloads(): Promise<(PendingDownload & { kept: number })[]> {
  return (await loadBrowserKit()).createModelStore().unfinished();
}

/** Keeps a GGUF file from this computer in the browser (nothing is uploaded). Throws with the reason it is refused. */
export async function keepModelFile(client: QueryClient, file: File): Promise<StoredModel> {
  const kit = await loadBrowserKit();
  if (!/\.gguf$/i.test(file.name)) {
    throw new Error(
      tr('{name} is not a GGUF file (its name should end in {extension}).', {
        name: `"${file.name}"`,
        extension: '.gguf',
      }),
    );
  }
  const refusal = kit.refusalFor(file.size, await browserRoom());
  if (refusal) throw new Error(refusal);
  const meta: StoredModel = { id: file.name, name: file.name, size: file.size, source: 'file', stored_at: Date.now() };
  await kit.createModelStore().put(meta, file);
  await afterChange(client);
  return meta;
}

export interface DownloadRequest {
  url: string;
  name?: string;
  id?: string;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

/** Downloads (or resumes) a model; throws a DownloadError whose message says why it failed. */
export async function downloadBrowserModel(client: QueryClient, request: DownloadRequest): Promise<StoredModel> {
  const kit = await loadBrowserKit();
  const id = request.id ?? modelIdFromUrl(request.url);
  const stored = await kit.downloadModel({
    id,
    name: request.name ?? id,
    url: request.url,
    store: kit.createModelStore(),
    room: () => browserRoom(),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
  });
  await afterChange(client);
  return stored;
}

export async function discardDownload(id: string): Promise<void> {
  await (await loadBrowserKit()).createModelStore().clearParts(id);
}

export async function deleteBrowserModel(client: QueryClient, id: string): Promise<void> {
  await (await loadBrowserKit()).createModelStore().remove(id);
  await afterChange(client, false);
}

/** Which way the engine runs here, and why (checked without loading the engine). */
export async function engineBackend(nav: Navigator | undefined = globalThis.navigator): Promise<EngineBackend> {
  const kit = await loadBrowserKit();
  const gpu = (nav as (Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }) | undefined)?.gpu;
  let webgpu: boolean;
  try {
    webgpu = !!(await gpu?.requestAdapter());
  } catch {
    webgpu = false;
  }
  return kit.chooseBackend({
    webgpu,
    isolated: globalThis.crossOriginIsolated === true,
    cores: nav?.hardwareConcurrency ?? 1,
  });
}

/** The file name at the end of a URL, without query: the model's id. */
export function modelIdFromUrl(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return decodeURIComponent(last ?? '') || 'model.gguf';
  } catch {
    return 'model.gguf';
  }
}

/** Told whenever a model is kept or deleted in this page, so every list of them can refresh. */
export const storedModelsChanged = new EventTarget();

async function afterChange(client: QueryClient, added = true): Promise<void> {
  storedModelsChanged.dispatchEvent(new Event('change'));
  if (added) await addBrowserConnection(client);
  const connection = await browserConnection();
  if (connection) await refreshModels(client, connection);
}
