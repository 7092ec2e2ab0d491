import { describe, expect, it } from 'vitest';
import { listedKinds, setByHand } from './serves-summary.ts';

const listed = [
  { id: 'llama3.2' },
  { id: 'qwen3:8b' },
  { id: 'Systran/faster-whisper-small' },
  { id: 'kokoro' },
  { id: 'hexgrad/Kokoro-82M' },
];

describe('what a connection serves', () => {
  it('counts the listed models per kind, chat first', () => {
    expect(listedKinds({}, listed)).toBe('Chat · 1 transcription model · 2 speech models');
  });

  it('follows what was set by hand, and says so', () => {
    expect(listedKinds({ capabilities: ['speech'] }, listed)).toBe('5 speech models');
    expect(setByHand({ capabilities: ['speech', 'transcription'] })).toBe('Speech to text, Text to speech');
    expect(setByHand({})).toBe('');
  });

  it('says nothing while no model is listed', () => {
    expect(listedKinds({}, [])).toBe('');
  });

  it('names an embedding model the server reports as one', () => {
    expect(listedKinds({}, [{ id: 'nomic-embed-text', details: { capabilities: ['embedding'] } }])).toBe(
      '1 embedding model',
    );
  });
});

describe("Ollama's own word on a model's kind", () => {
  it('an entry whose capabilities say embedding is an embedding model, whatever its name', () => {
    const odd = { id: 'my-vectors:latest', details: { family: 'llama', capabilities: ['embedding'] } };
    expect(listedKinds({}, [odd])).toBe('1 embedding model');
  });

  it('one that says completion chats, even with "embed" in its name', () => {
    const chat = { id: 'embedded-helper:7b', details: { capabilities: ['completion', 'tools'] } };
    expect(listedKinds({}, [chat])).toBe('Chat');
  });
});
