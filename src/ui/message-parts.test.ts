import { describe, expect, it } from 'vitest';
import { messageParts } from './message-parts.ts';

describe('messageParts', () => {
  it('splits a template into text and placeholders, in the order the language puts them', () => {
    expect(messageParts('{server} at {address} · 2 models')).toEqual([
      { name: 'server' },
      { text: ' at ' },
      { name: 'address' },
      { text: ' · 2 models' },
    ]);
    expect(messageParts('{address} の {server}')).toEqual([{ name: 'address' }, { text: ' の ' }, { name: 'server' }]);
  });

  it('gives a template without placeholders as one text', () => {
    expect(messageParts('Added')).toEqual([{ text: 'Added' }]);
  });
});
