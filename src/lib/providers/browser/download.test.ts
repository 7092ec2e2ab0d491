import { describe, expect, it } from 'vitest';
import { DownloadError, downloadModel } from './download.ts';
import { createModelStore, type CachesLike } from './model-store.ts';

/** Cache Storage in memory: enough of open/keys/match/put/delete for the model store. */
function memoryCaches(): CachesLike {
  const caches = new Map<string, Map<string, Response>>();
  const cache = (name: string) => {
    let entries = caches.get(name);
    if (!entries) caches.set(name, (entries = new Map()));
    const map = entries;
    const key = (r: RequestInfo | URL) => (typeof r === 'string' ? r : r instanceof URL ? r.href : r.url);
    return {
      keys: async () => [...map.keys()].map((url) => new Request(url)),
      match: async (r: RequestInfo | URL) => map.get(key(r))?.clone(),
      put: async (r: RequestInfo | URL, response: Response) => {
        const body = await response.arrayBuffer();
        map.set(key(r), new Response(body, { headers: response.headers }));
      },
      delete: async (r: RequestInfo | URL) => map.delete(key(r)),
    } as unknown as Cache;
  };
  return { open: async (name: string) => cache(name), delete: async (name: string) => caches.delete(name) };
}

const FILE = new Uint8Array(Array.from({ length: 100 }, (_, i) => i));
const URL_ = 'https://models.test/tiny.gguf';

/** A host that honours Range and can break after `cutAfter` bytes of one reply. */
function host(options: { ranges?: boolean; cutAfter?: number; status?: number } = {}) {
  const seen: (string | null)[] = [];
  const fetch = async (_url: string, init: RequestInit) => {
    const range = new Headers(init.headers).get('range');
    seen.push(range);
    if (options.status) return new Response('nope', { status: options.status, statusText: 'Not Found' });
    const from = range && options.ranges !== false ? Number(/bytes=(\d+)-/.exec(range)?.[1]) : 0;
    const slice = FILE.slice(from);
    const cut = options.cutAfter;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        // a cut connection: its bytes are read first, then it errors (an error drops bytes not yet read)
        if (cut !== undefined) {
          if (pulls++ === 0) c.enqueue(slice.slice(0, cut));
          else c.error(new TypeError('network error'));
          return;
        }
        const at = pulls++ * 7;
        if (at >= slice.length) c.close();
        else c.enqueue(slice.slice(at, at + 7));
      },
    });
    const headers: Record<string, string> = { 'content-length': String(slice.length) };
    if (from > 0) headers['content-range'] = `bytes ${from}-${FILE.length - 1}/${FILE.length}`;
    return new Response(body, { status: from > 0 ? 206 : 200, headers });
  };
  return { fetch, seen };
}

describe('downloadModel', () => {
  it('stores the file in parts, reports progress, and keeps only the finished file', async () => {
    const store = createModelStore(memoryCaches());
    const loaded: number[] = [];
    const meta = await downloadModel({
      id: 'tiny.gguf',
      name: 'Tiny',
      url: URL_,
      store,
      fetch: host().fetch,
      partSize: 16,
      onProgress: (p) => loaded.push(p.loaded),
    });
    expect(meta.size).toBe(100);
    expect(loaded.at(-1)).toBe(100);
    expect(new Uint8Array(await (await store.blob('tiny.gguf'))!.arrayBuffer())).toEqual(FILE);
    expect(await store.unfinished()).toEqual([]);
    expect((await store.list()).map((m) => m.id)).toEqual(['tiny.gguf']);
  });

  it('resumes after a break with a Range request from the last finished part', async () => {
    const store = createModelStore(memoryCaches());
    const job = { id: 'tiny.gguf', name: 'Tiny', url: URL_, store, partSize: 16 };
    await expect(downloadModel({ ...job, fetch: host({ cutAfter: 40 }).fetch })).rejects.toThrow(
      'The connection broke after 40 B of 100 B (network error); 32 B are kept and Resume continues from there.',
    );
    expect(await store.unfinished()).toEqual([{ id: 'tiny.gguf', name: 'Tiny', url: URL_, kept: 32 }]);
    const second = host();
    await downloadModel({ ...job, fetch: second.fetch });
    expect(second.seen).toEqual(['bytes=32-']);
    expect(new Uint8Array(await (await store.blob('tiny.gguf'))!.arrayBuffer())).toEqual(FILE);
  });

  it('restarts from zero when the host ignores the range', async () => {
    const store = createModelStore(memoryCaches());
    const job = { id: 'tiny.gguf', name: 'Tiny', url: URL_, store, partSize: 16 };
    await expect(downloadModel({ ...job, fetch: host({ cutAfter: 40 }).fetch })).rejects.toThrow();
    await downloadModel({ ...job, fetch: host({ ranges: false }).fetch });
    expect(new Uint8Array(await (await store.blob('tiny.gguf'))!.arrayBuffer())).toEqual(FILE);
  });

  it('Cancel leaves nothing stored', async () => {
    const store = createModelStore(memoryCaches());
    const controller = new AbortController();
    const promise = downloadModel({
      id: 'tiny.gguf',
      name: 'Tiny',
      url: URL_,
      store,
      fetch: host().fetch,
      partSize: 16,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.loaded > 40) controller.abort();
      },
    });
    await expect(promise).rejects.toThrow();
    expect(await store.unfinished()).toEqual([]);
    expect(await store.parts('tiny.gguf')).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('a failed download says why, and a file too big is refused before a byte is kept', async () => {
    const store = createModelStore(memoryCaches());
    const job = { id: 'tiny.gguf', name: 'Tiny', url: URL_, store };
    await expect(downloadModel({ ...job, fetch: host({ status: 404 }).fetch })).rejects.toThrow(
      /answered 404 Not Found/,
    );
    const refused = downloadModel({ ...job, fetch: host().fetch, room: async () => ({ quotaLeft: 50 }) });
    await expect(refused).rejects.toBeInstanceOf(DownloadError);
    await expect(refused).rejects.toThrow(/storage left/);
    expect(await store.unfinished()).toEqual([]);
    expect(await store.list()).toEqual([]);
  });
});
