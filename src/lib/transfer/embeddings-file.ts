// The embeddings workbench's files: texts read from a .txt (one per line) and results written as CSV
// (text, then one column per dimension) or JSON. Pure.

/** One text per non-blank line; surrounding spaces and a trailing \r dropped. */
export function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export interface EmbeddingsExport {
  model: string;
  texts: readonly string[];
  vectors: readonly Float32Array[];
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, inner quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Header `text,d1,…,dN`, then one row per embedded text; rows end with CRLF. */
export function embeddingsCsv({ texts, vectors }: EmbeddingsExport): string {
  const dims = vectors[0]?.length ?? 0;
  const header = ['text', ...Array.from({ length: dims }, (_, i) => `d${i + 1}`)].join(',');
  const rows = vectors.map((v, i) => [csvField(texts[i] ?? ''), ...Array.from(v, String)].join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}

export function embeddingsJson({ model, texts, vectors }: EmbeddingsExport): string {
  const items = vectors.map((v, i) => ({ text: texts[i] ?? '', embedding: Array.from(v) }));
  return JSON.stringify({ model, dimensions: vectors[0]?.length ?? 0, count: items.length, items }, null, 1) + '\n';
}
