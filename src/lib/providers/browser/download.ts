// Downloads a GGUF into the model store in parts, so Cancel leaves nothing and a reload resumes with a
// Range request from the last finished part (a server that ignores ranges restarts from zero). The size is
// checked against the browser's room from the first reply's headers, before any byte is kept.
import { formatBytes, refusalFor, type Room } from './fit-check.ts';
import type { ModelStore, StoredModel } from './model-store.ts';
import { tr } from '../../i18n/active-language.ts';

export interface DownloadProgress {
  loaded: number;
  total?: number;
  bytesPerSecond?: number;
  secondsLeft?: number;
}

export interface DownloadJob {
  id: string;
  name: string;
  url: string;
  store: ModelStore;
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  signal?: AbortSignal;
  room?: () => Promise<Room>;
  onProgress?: (progress: DownloadProgress) => void;
  now?: () => number;
  /** bytes per stored part */
  partSize?: number;
}

export class DownloadError extends Error {
  override name = 'DownloadError';
}

/** Small enough that a reload loses little, large enough to keep the number of Cache Storage entries low. */
const PART_SIZE = 4 * 1024 * 1024;

export async function downloadModel(job: DownloadJob): Promise<StoredModel> {
  const fetchFn = job.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  const now = job.now ?? (() => Date.now());
  const partSize = job.partSize ?? PART_SIZE;
  try {
    await job.store.putPending({ id: job.id, name: job.name, url: job.url });
    let parts = await job.store.parts(job.id);
    let done = parts.reduce((sum, p) => sum + p.size, 0);
    const headers: Record<string, string> = done > 0 ? { Range: `bytes=${done}-` } : {};
    const response = await send(fetchFn, job.url, { headers, signal: job.signal ?? null });
    if (done > 0 && response.status !== 206) {
      // the server sends the whole file again: start over rather than join two halves
      await job.store.clearParts(job.id);
      parts = [];
      done = 0;
    }
    const total = totalOf(response, done);
    const room = job.room ? await job.room() : {};
    const refusal = total !== undefined ? refusalFor(total, room) : undefined;
    if (refusal) {
      await response.body?.cancel();
      throw new DownloadError(refusal);
    }
    await receive(response, job, { done, index: parts.length, total, partSize, now });
    const blob = await job.store.joinParts(job.id);
    if (total !== undefined && blob.size !== total) {
      throw new DownloadError(
        tr('The download ended at {loaded} of {total}.', { loaded: formatBytes(blob.size), total: formatBytes(total) }),
      );
    }
    const meta: StoredModel = { id: job.id, name: job.name, size: blob.size, source: job.url, stored_at: Date.now() };
    await job.store.put(meta, blob);
    await job.store.clearParts(job.id);
    return meta;
  } catch (cause) {
    // Cancel and refusals leave nothing; a broken connection keeps the finished parts for a retry
    if (job.signal?.aborted || cause instanceof DownloadError) await job.store.clearParts(job.id);
    throw cause;
  }
}

async function send(fetchFn: NonNullable<DownloadJob['fetch']>, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new DownloadError(
      tr(
        'The download could not start: the host did not answer or does not allow downloads from this page ({cause}).',
        { cause: String(cause) },
      ),
    );
  }
  if (response.status === 416) {
    throw new DownloadError(
      tr('The server refused the resume ({status}); delete the download and start again.', { status: 416 }),
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DownloadError(
      tr('The server answered {status}.', { status: `${response.status} ${response.statusText}`.trim() }),
    );
  }
  return response;
}

/** The whole file's size: from Content-Range on a 206, else Content-Length plus what was kept. */
function totalOf(response: Response, done: number): number | undefined {
  const range = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '');
  if (range?.[1]) return Number(range[1]);
  const length = Number(response.headers.get('content-length') ?? NaN);
  return Number.isFinite(length) && length >= 0 ? length + done : undefined;
}

interface Cursor {
  done: number;
  index: number;
  total: number | undefined;
  partSize: number;
  now: () => number;
}

async function receive(response: Response, job: DownloadJob, cursor: Cursor): Promise<void> {
  if (!response.body) throw new DownloadError(tr('The server sent no file.'));
  const reader = response.body.getReader();
  const started = cursor.now();
  const resumedAt = cursor.done;
  let loaded = cursor.done;
  let index = cursor.index;
  let buffer = new Uint8Array(new ArrayBuffer(cursor.partSize));
  let filled = 0;
  let kept = cursor.done;
  const flush = async () => {
    if (filled === 0) return;
    await job.store.putPart(job.id, index++, buffer.slice(0, filled));
    kept += filled;
    filled = 0;
  };
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (cause) {
      if (job.signal?.aborted) throw cause;
      // the finished parts stay (this is not a DownloadError), so a retry resumes from them
      throw new Error(brokenMessage(loaded, cursor.total, kept, describe(cause)), { cause });
    }
    const { done, value } = next;
    if (job.signal?.aborted) {
      void reader.cancel().catch(() => undefined);
      throw job.signal.reason ?? new DOMException('Cancelled', 'AbortError');
    }
    if (done) break;
    let offset = 0;
    while (offset < value.byteLength) {
      const take = Math.min(value.byteLength - offset, cursor.partSize - filled);
      buffer.set(value.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === cursor.partSize) {
        await flush();
        buffer = new Uint8Array(new ArrayBuffer(cursor.partSize));
      }
    }
    loaded += value.byteLength;
    job.onProgress?.(progressOf(loaded, cursor.total, loaded - resumedAt, cursor.now() - started));
  }
  await flush();
}

/** The parts finished so far stay, so the message says how much a retry starts from. */
function brokenMessage(loaded: number, total: number | undefined, kept: number, cause: string): string {
  const params = {
    count: kept,
    loaded: formatBytes(loaded),
    total: formatBytes(total ?? 0),
    cause,
    kept: formatBytes(kept),
  };
  return total !== undefined
    ? tr(
        {
          one: 'The connection broke after {loaded} of {total} ({cause}); {kept} is kept and Resume continues from there.',
          other:
            'The connection broke after {loaded} of {total} ({cause}); {kept} are kept and Resume continues from there.',
        },
        params,
      )
    : tr(
        {
          one: 'The connection broke after {loaded} ({cause}); {kept} is kept and Resume continues from there.',
          other: 'The connection broke after {loaded} ({cause}); {kept} are kept and Resume continues from there.',
        },
        params,
      );
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function progressOf(loaded: number, total: number | undefined, fresh: number, ms: number): DownloadProgress {
  const progress: DownloadProgress = { loaded };
  if (total !== undefined) progress.total = total;
  if (ms > 0 && fresh > 0) {
    progress.bytesPerSecond = fresh / (ms / 1000);
    if (total !== undefined) progress.secondsLeft = Math.max(0, (total - loaded) / progress.bytesPerSecond);
  }
  return progress;
}
