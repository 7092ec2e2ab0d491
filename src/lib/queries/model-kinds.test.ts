import { describe, expect, it } from 'vitest';
import { kindOf, modelsOfKind } from './model-kinds.ts';

const models = [{ id: 'llama3.2' }, { id: 'faster-whisper-small' }, { id: 'kokoro' }, { id: 'nomic-embed-text' }];

describe('model kinds per connection', () => {
  it('a connection that set nothing: each model is what its id says', () => {
    expect(modelsOfKind({}, models, 'chat').map((m) => m.id)).toEqual(['llama3.2']);
    expect(modelsOfKind({}, models, 'transcription').map((m) => m.id)).toEqual(['faster-whisper-small']);
    expect(modelsOfKind({}, models, 'speech').map((m) => m.id)).toEqual(['kokoro']);
    expect(modelsOfKind({}, models, 'embeddings').map((m) => m.id)).toEqual(['nomic-embed-text']);
  });

  it('a connection set to one capability makes all its models that kind', () => {
    expect(modelsOfKind({ capabilities: ['speech'] }, models, 'speech')).toHaveLength(4);
    expect(modelsOfKind({ capabilities: ['speech'] }, models, 'chat')).toHaveLength(0);
  });

  it('a model typed by hand is chat, unless the connection serves the kind its id names', () => {
    expect(kindOf({}, { id: 'whisper-1', manual: true })).toBe('chat');
    expect(kindOf({ capabilities: ['chat', 'transcription'] }, { id: 'whisper-1', manual: true })).toBe(
      'transcription',
    );
    expect(kindOf({ capabilities: ['transcription', 'speech'] }, { id: 'mystery', manual: true })).toBe(
      'transcription',
    );
  });
});
