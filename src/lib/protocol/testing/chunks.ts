// Test helpers: replay bytes as a stream cut at chosen offsets, and enumerate the cuts parser tests use.
// Used only by *.test.ts files.

export function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/** Cuts bytes at the given (sorted or not) offsets; empty pieces are dropped. */
export function splitAt(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const cuts = [...new Set(offsets)].filter((o) => o > 0 && o < bytes.length).sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(bytes.slice(start, cut));
    start = cut;
  }
  pieces.push(bytes.slice(start));
  return pieces.filter((p) => p.length > 0);
}

/** Every two-chunk split: [0..i) + [i..n) for each i in 1..n-1. */
export function* everyTwoWaySplit(bytes: Uint8Array): Generator<Uint8Array[]> {
  for (let i = 1; i < bytes.length; i++) yield [bytes.slice(0, i), bytes.slice(i)];
}

/** A set of cut offsets for splitAt, named for the failure message. */
export interface CutSet {
  label: string;
  offsets: number[];
}

/**
 * Cut sets that put a chunk boundary at every offset near the record framing, many boundaries per parse:
 * for each distance d in [-before, after], a cut d bytes from every line start (just after a CR or LF, and
 * the start and end of the body), which covers the line ends, the blank line between SSE events and the
 * `data: ` prefix after it; then, for k = 1..3, a cut before the k-th continuation byte of every multi-byte
 * UTF-8 character. The number of sets does not grow with the body, so neither does the work.
 */
export function framingCutSets(bytes: Uint8Array, before = 2, after = 8): CutSet[] {
  const starts = [0, bytes.length];
  const inChar: number[][] = [[], [], []];
  let k = 0;
  bytes.forEach((b, i) => {
    if (b === 0x0a || b === 0x0d) starts.push(i + 1);
    k = (b & 0xc0) === 0x80 ? k + 1 : 0;
    if (k >= 1 && k <= 3) inChar[k - 1]?.push(i);
  });
  const sets: CutSet[] = [];
  for (let d = -before; d <= after; d++) {
    sets.push({ label: `cut ${d} bytes from every line start`, offsets: starts.map((s) => s + d) });
  }
  inChar.forEach((offsets, i) => {
    if (offsets.length > 0) sets.push({ label: `cut before continuation byte ${i + 1} of every character`, offsets });
  });
  return sets;
}

/** `count` single cut offsets (each for a two-chunk split), reproducible from `seed`. */
export function sampleCuts(bytes: Uint8Array, seed: number, count: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: bytes.length > 1 ? count : 0 }, () => 1 + Math.floor(random() * (bytes.length - 1)));
}

/** `count` random splits into up to `maxPieces` chunks, reproducible from `seed`. */
export function randomSplits(bytes: Uint8Array, seed: number, count: number, maxPieces = 12): Uint8Array[][] {
  const random = mulberry32(seed);
  const result: Uint8Array[][] = [];
  for (let n = 0; n < count; n++) {
    const pieces = 1 + Math.floor(random() * maxPieces);
    const offsets = Array.from({ length: pieces }, () => Math.floor(random() * bytes.length));
    result.push(splitAt(bytes, offsets));
  }
  return result;
}

/** One byte per chunk: the harshest split. */
export function byteByByte(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (b) => Uint8Array.of(b));
}

export async function collect<T>(source: AsyncIterable<T> | ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  if (source instanceof ReadableStream) {
    const reader = source.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return out;
      out.push(value);
    }
  }
  for await (const item of source) out.push(item);
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence, in tests and benchmarks. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
