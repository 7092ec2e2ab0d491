import { describe, expect, it } from 'vitest';
import { modelKind } from './model-kind.ts';

describe('modelKind', () => {
  it.each([
    ['llama3.2:1b', 'chat'],
    ['Systran/faster-whisper-small', 'transcription'],
    ['whisper-1', 'transcription'],
    ['nvidia/parakeet-tdt-0.6b-v2', 'transcription'],
    ['kokoro', 'speech'],
    ['hexgrad/Kokoro-82M', 'speech'],
    ['speaches-ai/piper-en_US-amy-low', 'speech'],
    ['tts-1', 'speech'],
    ['tts-1-hd', 'speech'],
    ['nomic-embed-text', 'embeddings'],
    ['text-embedding-3-small', 'embeddings'],
    ['gpt-4o-mini', 'chat'],
    ['qwen2.5-coder', 'chat'],
  ] as const)('%s is a %s model', (id, kind) => {
    expect(modelKind({ id })).toBe(kind);
  });

  it('what the server says wins over the id', () => {
    expect(modelKind({ id: 'whisper-chat', details: { capabilities: ['completion'] } })).toBe('chat');
    expect(modelKind({ id: 'voice', details: { type: 'tts' } })).toBe('speech');
    expect(modelKind({ id: 'ears', details: { type: 'stt' } })).toBe('transcription');
    expect(modelKind({ id: 'x', details: { output_modalities: ['audio'] } })).toBe('speech');
  });

  it('a model typed by hand is a chat model', () => {
    expect(modelKind({ id: 'whisper-1', manual: true })).toBe('chat');
  });
});
