// Models kept in this browser, in Cache Storage: finished files under /models/<id>, a download's finished
// parts under /partial/<id>/<n> until it completes (so a reload can resume). Cache Storage is injected.
import { BROWSER_BASE_URL } from '../../connections/modes.ts';
import { tr } from '../../i18n/active-language.ts';

export type CachesLike = Pick<CacheStorage, 'open' | 'delete'>;

export interface StoredModel {
  id: string;
  name: string;
  size: number;
  /** where it came from: 'file' (opened from this computer) or the URL it was downloaded from */
  source: string;
  stored_at: number;
}

const CACHE_NAME = 'switchboard-models';
const META_HEADER = 'x-switchboard-model';
const modelKey = (id: string) => `${BROWSER_BASE_URL}/models/${encodeURIComponent(id)}`;
const partPrefix = (id: string) => `${BROWSER_BASE_URL}/partial/${encodeURIComponent(id)}/`;

const defaultCaches = (): CachesLike => globalThis.caches;

export function createModelStore(caches: CachesLike = defaultCaches()) {
  const open = () => caches.open(CACHE_NAME);
  return {
    async list(): Promise<StoredModel[]> {
      const cache = await open();
      const out: StoredModel[] = [];
      for (const request of await cache.keys()) {
        if (!request.url.startsWith(`${BROWSER_BASE_URL}/models/`)) continue;
        const meta = readMeta((await cache.match(request))?.headers.get(META_HEADER));
        if (meta) out.push(meta);
      }
      return out.sort((a, b) => a.name.localeCompare(b.name));
    },
    async put(meta: StoredModel, blob: Blob): Promise<void> {
      const cache = await open();
      const headers = { [META_HEADER]: JSON.stringify(meta), 'content-length': String(blob.size) };
      await cache.put(modelKey(meta.id), new Response(blob, { headers }));
    },
    async blob(id: string): Promise<Blob | undefined> {
      const response = await (await open()).match(modelKey(id));
      return response ? response.blob() : undefined;
    },
    async remove(id: string): Promise<void> {
      const cache = await open();
      await cache.delete(modelKey(id));
      await this.clearParts(id);
    },
    /** The finished parts of an unfinished download, in order, with their sizes. */
    async parts(id: string): Promise<{ url: string; size: number }[]> {
      const cache = await open();
      const prefix = partPrefix(id);
      const found: { index: number; url: string; size: number }[] = [];
      for (const request of await cache.keys()) {
        if (!request.url.startsWith(prefix)) continue;
        const index = Number(request.url.slice(prefix.length));
        const size = Number((await cache.match(request))?.headers.get('content-length') ?? NaN);
        if (Number.isInteger(index) && Number.isFinite(size)) found.push({ index, url: request.url, size });
      }
      found.sort((a, b) => a.index - b.index);
      // only an unbroken run from part 0 counts: a gap means a part was lost
      const run = found.filter((p, i) => p.index === i);
      return run.map(({ url, size }) => ({ url, size }));
    },
    async putPart(id: string, index: number, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
      const cache = await open();
      const headers = { 'content-length': String(bytes.byteLength) };
      await cache.put(`${partPrefix(id)}${index}`, new Response(bytes, { headers }));
    },
    /** The parts joined into one file (disk-backed blobs: nothing is copied into memory). */
    async joinParts(id: string): Promise<Blob> {
      const cache = await open();
      const blobs: Blob[] = [];
      for (const part of await this.parts(id)) {
        const response = await cache.match(part.url);
        if (!response) throw new Error(tr('A downloaded part went missing; start the download again.'));
        blobs.push(await response.blob());
      }
      return new Blob(blobs);
    },
    async clearParts(id: string): Promise<void> {
      const cache = await open();
      const prefix = partPrefix(id);
      for (const request of await cache.keys()) if (request.url.startsWith(prefix)) await cache.delete(request);
    },
    /** Notes a download as begun, so a reload can offer to resume it (its parts alone do not say from where). */
    async putPending(pending: PendingDownload): Promise<void> {
      const cache = await open();
      await cache.put(`${partPrefix(pending.id)}meta`, new Response(JSON.stringify(pending)));
    },
    /** Downloads a reload or a broken connection interrupted, with how much of each is kept. */
    async unfinished(): Promise<(PendingDownload & { kept: number })[]> {
      const cache = await open();
      const out: (PendingDownload & { kept: number })[] = [];
      for (const request of await cache.keys()) {
        if (!request.url.startsWith(`${BROWSER_BASE_URL}/partial/`) || !request.url.endsWith('/meta')) continue;
        const pending = readPending(await (await cache.match(request))?.text());
        if (!pending) continue;
        const kept = (await this.parts(pending.id)).reduce((sum, p) => sum + p.size, 0);
        out.push({ ...pending, kept });
      }
      return out;
    },
  };
}

export interface PendingDownload {
  id: string;
  name: string;
  url: string;
}

function readPending(text: string | undefined): PendingDownload | undefined {
  try {
    const v = JSON.parse(text ?? '') as Partial<PendingDownload>;
    return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.url === 'string'
      ? { id: v.id, name: v.name, url: v.url }
      : undefined;
  } catch {
    return undefined;
  }
}

export type ModelStore = ReturnType<typeof createModelStore>;

function readMeta(text: string | null | undefined): StoredModel | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<StoredModel>;
    if (typeof v.id !== 'string' || typeof v.name !== 'string' || typeof v.size !== 'number') return undefined;
    return {
      id: v.id,
      name: v.name,
      size: v.size,
      source: typeof v.source === 'string' ? v.source : 'file',
      stored_at: typeof v.stored_at === 'number' ? v.stored_at : 0,
    };
  } catch {
    return undefined;
  }
}
