import { describe, expect, it } from 'vitest';
import { isEmbeddingModel } from './embedding-models.ts';

describe('isEmbeddingModel', () => {
  it('trusts Ollama capabilities when listed: embedding without completion', () => {
    expect(isEmbeddingModel({ id: 'nomic-embed-text:latest', details: { capabilities: ['embedding'] } })).toBe(true);
    expect(isEmbeddingModel({ id: 'odd-embed', details: { capabilities: ['completion', 'embedding'] } })).toBe(false);
    expect(isEmbeddingModel({ id: 'llama3.2:1b', details: { capabilities: ['completion', 'tools'] } })).toBe(false);
  });

  it('reads LM Studio type and OpenRouter-style output modalities', () => {
    expect(isEmbeddingModel({ id: 'text-embedding-nomic', details: { type: 'embeddings' } })).toBe(true);
    expect(isEmbeddingModel({ id: 'my-embedder-chat', details: { type: 'llm' } })).toBe(false);
    expect(isEmbeddingModel({ id: 'x/y', details: { output_modalities: ['embeddings'] } })).toBe(true);
    expect(isEmbeddingModel({ id: 'x/embed-ish', details: { output_modalities: ['text'] } })).toBe(false);
  });

  it('takes an Ollama BERT family as a hint', () => {
    expect(isEmbeddingModel({ id: 'all-minilm:22m', details: { family: 'bert' } })).toBe(true);
    expect(isEmbeddingModel({ id: 'custom:latest', details: { family: 'nomic-bert' } })).toBe(true);
    expect(isEmbeddingModel({ id: 'custom:latest', details: { family: 'llama' } })).toBe(false);
  });

  it('knows well-known embedding ids when the server says nothing', () => {
    for (const id of [
      'text-embedding-3-small',
      'BAAI/bge-m3',
      'bge-large-en-v1.5',
      'intfloat/e5-mistral-7b-instruct',
      'thenlper/gte-base',
      'mxbai-embed-large',
      'snowflake-arctic-embed:33m',
      'all-minilm',
    ]) {
      expect(isEmbeddingModel({ id }), id).toBe(true);
    }
    for (const id of ['llama3.2:1b', 'gpt-4o', 'qwen3:0.6b', 'gemma-3-4b', 'model-00042', 'mistral-7b-e5x']) {
      expect(isEmbeddingModel({ id }), id).toBe(false);
    }
  });

  it('never hides a model typed by hand', () => {
    expect(isEmbeddingModel({ id: 'nomic-embed-text', manual: true })).toBe(false);
  });
});
