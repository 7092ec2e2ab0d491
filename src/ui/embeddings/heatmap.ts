// The similarity heatmap's picture and words: a colour per cosine similarity (a dark-blue → teal → yellow
// scale, readable on light and dark pages because the canvas paints its own background), the pixels of
// an n×n matrix, and the most and least similar pairs for the canvas's text description.

/** Stops of the scale, from similarity 0 (or less) to 1. */
const STOPS: ReadonlyArray<readonly [number, number, number]> = [
  [48, 18, 59],
  [40, 95, 160],
  [32, 150, 140],
  [120, 200, 80],
  [250, 230, 35],
];

export function colourFor(similarity: number): [number, number, number] {
  const t = Math.max(0, Math.min(1, Number.isFinite(similarity) ? similarity : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(t));
  const f = t - i;
  const a = STOPS[i]!;
  const b = STOPS[i + 1]!;
  return [0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * f)) as [number, number, number];
}

/** RGBA pixels, one per pair, row-major: ready for ImageData(n, n). */
export function heatmapPixels(matrix: Float32Array, n: number): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(n * n * 4);
  for (let i = 0; i < n * n; i++) {
    const [r, g, b] = colourFor(matrix[i] ?? 0);
    out.set([r, g, b, 255], i * 4);
  }
  return out;
}

export interface Pair {
  a: number;
  b: number;
  score: number;
}

/** The most and least similar pairs of different texts, or undefined with fewer than two texts. */
export function extremePairs(matrix: Float32Array, n: number): { most: Pair; least: Pair } | undefined {
  if (n < 2) return undefined;
  let most: Pair = { a: 0, b: 1, score: matrix[1] ?? 0 };
  let least = most;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const score = matrix[i * n + j] ?? 0;
      if (score > most.score) most = { a: i, b: j, score };
      if (score < least.score) least = { a: i, b: j, score };
    }
  }
  return { most, least };
}

export const score = (s: number): string => s.toFixed(3);
