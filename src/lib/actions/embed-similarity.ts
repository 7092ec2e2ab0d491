// Vector arithmetic of the embeddings workbench, pure: cosine similarity of all pairs, the nearest texts
// to a query, and the median (for time per batch).

function norm(v: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  return Math.sqrt(sum);
}

function dot(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Cosine similarity in [-1, 1]; 0 when either vector is all zeros. */
export function cosine(a: Float32Array, b: Float32Array): number {
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : clamp(dot(a, b) / d);
}

const clamp = (x: number) => Math.max(-1, Math.min(1, x));

/** n×n cosine similarities, row-major (symmetric; computed once per pair). */
export function cosineMatrix(vectors: readonly Float32Array[]): Float32Array {
  const n = vectors.length;
  const norms = vectors.map(norm);
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    out[i * n + i] = norms[i] === 0 ? 0 : 1;
    for (let j = i + 1; j < n; j++) {
      const d = norms[i]! * norms[j]!;
      const s = d === 0 ? 0 : clamp(dot(vectors[i]!, vectors[j]!) / d);
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
  return out;
}

export interface Neighbour {
  index: number;
  score: number;
}

/** The k vectors most similar to the query, best first (ties keep input order). */
export function nearest(query: Float32Array, vectors: readonly Float32Array[], k: number): Neighbour[] {
  return vectors
    .map((v, index) => ({ index, score: cosine(query, v) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, k));
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
