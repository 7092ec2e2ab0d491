import { describe, expect, it } from 'vitest';
import { toChatMessages } from './branches.ts';
import { canContinue, continueAnswer } from './continue-answer.ts';
import { assistantNode, conversationOf, userNode } from './testing/builders.ts';

const length = { unified: 'length' as const, raw: 'length' };

describe('canContinue', () => {
  it('takes a stopped answer or one cut at the token limit', () => {
    expect(canContinue(assistantNode('a', { status: 'aborted', content: 'Once' }))).toBe(true);
    expect(canContinue(assistantNode('a', { status: 'complete', content: 'Once', finish_reason: length }))).toBe(true);
  });

  it.each([
    ['a finished answer', assistantNode('a', { status: 'complete', finish_reason: { unified: 'stop' } })],
    ['an empty stopped answer', assistantNode('a', { status: 'aborted', content: ' ' })],
    ['a failed answer', assistantNode('a', { status: 'error' })],
    ['a streaming answer', assistantNode('a', { status: 'streaming' })],
    ['a user message', userNode('u', { status: 'aborted' })],
    ['an answer with a reply under it', assistantNode('a', { status: 'aborted', children: ['u2'] })],
  ])('refuses %s', (_name, node) => {
    expect(canContinue(node)).toBe(false);
  });
});

describe('continueAnswer', () => {
  const conv = conversationOf(
    [
      userNode('q', { content: 'Count' }),
      assistantNode('a1', {
        parent_id: 'q',
        content: 'One, two,',
        status: 'complete',
        finish_reason: length,
        usage: {},
      }),
      assistantNode('a2', { parent_id: 'q', content: 'Other' }),
    ],
    { system_prompt: 'Be brief.' },
  );

  it('asks with the partial answer as the last message, along its branch', () => {
    const { shown, streaming } = continueAnswer(conv, 'a1', 100);
    expect(toChatMessages(shown)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Count' },
      { role: 'assistant', content: 'One, two,' },
    ]);
    const node = streaming.nodes['a1'];
    expect(node).toMatchObject({ status: 'streaming', content: 'One, two,', lease_until: 100 + 15_000 });
    expect(node?.finish_reason).toBeUndefined();
    expect(node?.usage).toBeUndefined();
    expect(node?.rev).toBeGreaterThan(conv.nodes['a1']?.rev ?? 0);
    expect(streaming.current_leaf_id).toBe('a1');
  });

  it('throws for an answer that cannot be continued', () => {
    expect(() => continueAnswer(conv, 'a2', 1)).toThrow();
  });
});
