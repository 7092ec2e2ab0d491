import { describe, expect, it } from 'vitest';
import { messageMeta } from './message-meta.ts';
import { assistantNode } from '../conversation/testing/builders.ts';

describe('messageMeta', () => {
  it('lists what the server reported, and nothing it did not', () => {
    expect(
      messageMeta(
        assistantNode('a', {
          content: 'x',
          model_id: 'llama3',
          connection_name: 'Box',
          timings: { ttft_ms: 231.4, tokens_per_second: 42.123 },
          usage: { prompt_tokens: 12, completion_tokens: 30 },
        }),
      ),
    ).toEqual(['llama3', 'on Box', 'first token 231 ms', '42.1 tok/s', '12 prompt tokens', '30 completion tokens']);
    expect(messageMeta(assistantNode('b', { content: '', status: 'error', timings: { ttft_ms: 1500 } }))).toEqual([
      'first token 1.50 s',
    ]);
  });

  it('shows the model id with its padding made visible, the server name as it is', () => {
    const node = { id: 'c', children: [], role: 'assistant' as const, content: '', status: 'complete' as const };
    expect(
      messageMeta({ ...node, created_at: 1, model_id: `gpt-4o${'\u3000'.repeat(300)}`, connection_name: '箱　一' }),
    ).toEqual(['gpt-4o⟨U+3000 ×300⟩', 'on 箱　一']);
  });

  it('shows hidden and bidi characters in model and server names as visible markers', () => {
    const node = assistantNode('c', { content: '' });
    expect(messageMeta({ ...node, model_id: 'gpt\u202Eevil', connection_name: 'Box\u200B' })).toEqual([
      'gpt⟨U+202E⟩evil',
      'on Box⟨U+200B⟩',
    ]);
  });
});
