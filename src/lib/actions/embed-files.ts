// The workbench's files as the UI asks for them: texts from a loaded .txt, and a result as a named
// download (CSV or JSON; the formats live in transfer/embeddings-file.ts).
import { embeddingsCsv, embeddingsJson, textLines, type EmbeddingsExport } from '../transfer/embeddings-file.ts';

export { textLines };

export function embeddingsDownload(
  kind: 'csv' | 'json',
  data: EmbeddingsExport,
): { name: string; text: string; type: string } {
  return kind === 'csv'
    ? { name: 'embeddings.csv', text: embeddingsCsv(data), type: 'text/csv' }
    : { name: 'embeddings.json', text: embeddingsJson(data), type: 'application/json' };
}
