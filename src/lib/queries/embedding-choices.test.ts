import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { choiceValue, embeddingGroups, embeddingTarget, firstEmbeddingChoice } from './embedding-choices.ts';

const conn = (id: string, extra: Partial<Connection> = {}): Connection => ({
  id,
  name: id,
  mode: 'openai_compatible',
  base_url: `http://127.0.0.1:1/${id}`,
  enabled: true,
  created_at: 1,
  updated_at: 1,
  ...extra,
});

describe('embedding choices', () => {
  const groups = embeddingGroups([
    { connection: conn('a'), models: [{ id: 'llama3.2' }, { id: 'nomic-embed-text' }] },
    { connection: conn('off', { enabled: false }), models: [{ id: 'bge-small' }] },
    { connection: conn('b'), models: [{ id: 'chat-only' }] },
  ]);

  it('offers the embedding models of enabled connections, and a typed id on each', () => {
    expect(groups.map((g) => [g.label, g.models])).toEqual([
      ['a', ['nomic-embed-text']],
      ['b', []],
    ]);
    expect(firstEmbeddingChoice(groups)).toBe(choiceValue('a', 'nomic-embed-text'));
  });

  it('reads a select value back', () => {
    expect(embeddingTarget(groups, choiceValue('a', 'nomic-embed-text'))).toMatchObject({
      connection: { id: 'a' },
      model: 'nomic-embed-text',
    });
    expect(embeddingTarget(groups, groups[1]!.typedValue)).toMatchObject({ connection: { id: 'b' }, model: undefined });
    expect(embeddingTarget(groups, choiceValue('a', 'llama3.2'))).toBeUndefined();
  });

  it('with no embedding model listed, starts on the first typed id', () => {
    const none = embeddingGroups([{ connection: conn('b'), models: [{ id: 'llama3.2' }] }]);
    expect(firstEmbeddingChoice(none)).toBe(none[0]!.typedValue);
    expect(firstEmbeddingChoice([])).toBe('');
  });
});
