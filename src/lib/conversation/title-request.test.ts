// The automatic title: when it is asked for, what the request holds, and how the answer is cleaned.
import { describe, expect, it } from 'vitest';
import { cleanModelTitle, TITLE_MAX_CHARS } from './title.ts';
import { TITLE_EXCERPT_CHARS, TITLE_INSTRUCTION, titleRequest, wantsModelTitle } from './title-request.ts';
import { assistantNode, conversationOf, userNode } from './testing/builders.ts';
import type { MessageNode } from './types.ts';

const firstExchange = (answer: Partial<MessageNode> = {}, more = {}) =>
  conversationOf(
    [
      userNode('u', { content: 'How do I sort a list in Python?' }),
      assistantNode('a', {
        parent_id: 'u',
        content: 'Use sorted().',
        status: 'complete',
        finish_reason: { unified: 'stop' },
        ...answer,
      }),
    ],
    { title: 'How do I sort a list in Python?', ...more },
  );

describe('wantsModelTitle', () => {
  it('asks after the first answer finished with stop', () => {
    expect(wantsModelTitle(firstExchange(), 'a')).toBe(true);
  });

  it('does not ask for a renamed chat, an answer cut or failed, or a later exchange', () => {
    expect(wantsModelTitle(firstExchange({}, { title_is_custom: true }), 'a')).toBe(false);
    expect(wantsModelTitle(firstExchange({ finish_reason: { unified: 'length' } }), 'a')).toBe(false);
    expect(wantsModelTitle(firstExchange({ status: 'error', finish_reason: { unified: 'error' } }), 'a')).toBe(false);
    expect(wantsModelTitle(firstExchange({ status: 'aborted', finish_reason: { unified: 'stop' } }), 'a')).toBe(false);
    expect(wantsModelTitle(firstExchange(), 'u')).toBe(false);
    const regenerated = conversationOf([
      ...Object.values(firstExchange().nodes),
      assistantNode('a2', { parent_id: 'u', status: 'complete', finish_reason: { unified: 'stop' } }),
    ]);
    expect(wantsModelTitle(regenerated, 'a2')).toBe(false);
  });
});

describe('titleRequest', () => {
  it('is one small request to the same model: the instruction, the question and the answer, each bounded', () => {
    const conv = firstExchange();
    const huge = 'x'.repeat(50_000);
    const request = titleRequest(conv, 'a', huge, 'llama3');
    expect(request.model).toBe('llama3');
    expect(request.params).toEqual({ max_tokens: 24 });
    expect(request.messages).toHaveLength(1);
    const prompt = request.messages[0]?.content as string;
    expect(prompt.startsWith(TITLE_INSTRUCTION)).toBe(true);
    expect(prompt).toContain('User: How do I sort a list in Python?');
    expect(prompt.length).toBeLessThan(TITLE_INSTRUCTION.length + 2 * TITLE_EXCERPT_CHARS + 100);
  });
});

describe('cleanModelTitle', () => {
  it.each([
    ['Sorting Lists in Python', 'Sorting Lists in Python'],
    ['"Sorting Lists in Python"', 'Sorting Lists in Python'],
    ['“Sorting lists”.', 'Sorting lists'],
    ['Title: Sorting lists', 'Sorting lists'],
    ['**Title:** *Sorting* lists', 'Sorting lists'],
    ['# Sorting lists\n\nThis title fits because…', 'Sorting lists'],
    ['<think>The user asks about sorting.</think>\nSorting lists', 'Sorting lists'],
    ['  \n  `Sorting`  lists  ', 'Sorting lists'],
    ['<b>Sorting</b> lists', 'Sorting lists'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanModelTitle(raw)).toBe(clean);
  });

  it('gives nothing for an empty answer or one still thinking', () => {
    expect(cleanModelTitle('')).toBeUndefined();
    expect(cleanModelTitle('  "" ')).toBeUndefined();
    expect(cleanModelTitle('<think>still thinking about it')).toBeUndefined();
  });

  it('caps a long title', () => {
    expect(Array.from(cleanModelTitle('word '.repeat(100)) ?? '').length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
  });
});
