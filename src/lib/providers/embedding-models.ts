// Which listed models only make embeddings, so a chat picker need not offer them. Only what the server
// says counts (Ollama capabilities, LM Studio's `type`, OpenRouter-style output modalities, an Ollama
// family of BERT encoders) plus ids of well-known embedding families. A model typed by hand is never one.
import type { ModelInfo } from './types.ts';

/** Families of encoder-only models that Ollama reports in /api/tags details. */
const ENCODER_FAMILIES = new Set(['bert', 'nomic-bert', 'nomic-bert-moe', 'jina-bert-v2', 'xlm-roberta']);

/** Id fragments of well-known embedding models (matched on the id's last path segment, any case). */
const EMBEDDING_ID =
  /embed|(^|[-_/.:])(bge|e5|gte|minilm|mxbai-embed|snowflake-arctic-embed|paraphrase|all-mpnet)([-_.:]|$)/;

export function isEmbeddingModel(model: ModelInfo): boolean {
  if (model.manual) return false;
  const d = model.details;
  if (d?.capabilities && d.capabilities.length > 0) {
    const caps = d.capabilities.map((c) => c.toLowerCase());
    return caps.includes('embedding') && !caps.includes('completion');
  }
  const type = d?.type?.toLowerCase();
  if (type === 'embeddings' || type === 'embedding') return true;
  if (type === 'llm' || type === 'vlm') return false;
  if (d?.output_modalities && d.output_modalities.length > 0) {
    const outs = d.output_modalities.map((m) => m.toLowerCase());
    return outs.includes('embeddings') && !outs.includes('text');
  }
  if (d?.family && ENCODER_FAMILIES.has(d.family.toLowerCase())) return true;
  const last = model.id.toLowerCase().split('/').pop() ?? '';
  return EMBEDDING_ID.test(last);
}
