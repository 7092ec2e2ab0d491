import { describe, expect, it } from 'vitest';
import { summarise } from './summarise.ts';
import { splitConversation } from './pieces.ts';
import { assistantNode, conversationOf, userNode } from './testing/builders.ts';

describe('summarise', () => {
  const long = 'Once upon a time. ' + 'middle line\n'.repeat(60_000) + 'The end is here.';

  it('previews a long answer kept in pieces by its start, not by the tail after the pieces', () => {
    const conv = conversationOf([
      userNode('u', { content: 'Tell a long story' }),
      assistantNode('a', { parent_id: 'u', content: long }),
    ]);
    const { conv: pieced } = splitConversation(conv);
    expect(pieced.nodes.a?.pieces?.count).toBeGreaterThan(0);
    expect(summarise(pieced).preview).toMatch(/^Once upon a time\. middle line/);
  });

  it('marks a tail as the end of a text when the start was not kept (a record from an older build)', () => {
    const conv = conversationOf([
      assistantNode('a', { content: 'the last words', pieces: { count: 2, size: 8, chars: 16 } }),
    ]);
    expect(summarise(conv).preview).toBe('…the last words');
  });
});
