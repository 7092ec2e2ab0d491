// Deterministic, realistic model answers for the benchmarks: paragraphs, lists, headings, inline code
// and fenced code blocks, cut to an exact number of word-sized tokens (the unit the test servers stream).
import { mulberry32 } from '../src/lib/protocol/testing/chunks.ts';
import { splitIntoTokens } from '../tests/servers/stream-pump.ts';

const WORDS = (
  'the a model server request stream token answer list value function returns each which with from into ' +
  'that this when then because browser render markdown parser buffer chunk frame layout paint memory index ' +
  'query cache page user message history local network latency reply simple quick careful usually often'
).split(' ');

/** Seeded, so every run streams the same text. */
export const prng = mulberry32;

function sentence(rand: () => number): string {
  const n = 6 + Math.floor(rand() * 12);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = WORDS[Math.floor(rand() * WORDS.length)] as string;
    const r = rand();
    if (r < 0.04) w = `**${w}**`;
    else if (r < 0.08) w = `\`${w}()\``;
    words.push(w);
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 4);
  return Array.from({ length: n }, () => sentence(rand)).join(' ');
}

function list(rand: () => number): string {
  const n = 3 + Math.floor(rand() * 4);
  const ordered = rand() < 0.4;
  return Array.from({ length: n }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(rand)}`).join('\n');
}

function code(rand: () => number): string {
  const n = 4 + Math.floor(rand() * 8);
  const lines = ['```ts'];
  for (let i = 0; i < n; i++) {
    const name = WORDS[Math.floor(rand() * WORDS.length)] as string;
    lines.push(
      i === 0
        ? `function ${name}${i}(input: string): number {`
        : `  const ${name}${i} = input.length * ${i} + ${Math.floor(rand() * 100)};`,
    );
  }
  lines.push('  return 0;', '}', '```');
  return lines.join('\n');
}

function block(rand: () => number, index: number): string {
  if (index % 9 === 0) return `## Section ${index / 9 + 1}`;
  const r = rand();
  if (r < 0.55) return paragraph(rand);
  if (r < 0.8) return list(rand);
  return code(rand);
}

/**
 * Markdown of exactly `tokens` word-sized tokens whose last token is `marker` (plain text at the end of
 * a paragraph, so the last token's arrival in the DOM can be spotted).
 */
export function markdownReply(tokens: number, marker: string, seed = 1): string {
  const rand = prng(seed);
  const blocks: string[] = [];
  let count = 0;
  for (let i = 0; ; i++) {
    const next = block(rand, i);
    const n = splitIntoTokens('\n\n' + next).length;
    if (count + n > tokens - 30) break;
    blocks.push(next);
    count += n;
  }
  const filler: string[] = [];
  while (count + filler.length < tokens - 1) filler.push(WORDS[filler.length % WORDS.length] as string);
  const text = `${blocks.join('\n\n')}\n\n${[...filler, marker].join(' ')}`;
  const actual = splitIntoTokens(text).length;
  if (actual !== tokens) throw new Error(`markdownReply: built ${actual} tokens, wanted ${tokens}`);
  return text;
}

/** One paragraph of exactly `tokens` word-sized tokens ending with `marker`: an open block that never completes. */
export function paragraphReply(tokens: number, marker: string): string {
  const words = Array.from({ length: tokens - 1 }, (_, i) => WORDS[i % WORDS.length] as string);
  const text = [...words, marker].join(' ');
  const actual = splitIntoTokens(text).length;
  if (actual !== tokens) throw new Error(`paragraphReply: built ${actual} tokens, wanted ${tokens}`);
  return text;
}

/** A stored-message-sized answer for seeded history (a few paragraphs, sometimes a list or code). */
export function historyAnswer(rand: () => number): string {
  const parts = [paragraph(rand)];
  const r = rand();
  if (r < 0.3) parts.push(list(rand));
  else if (r < 0.45) parts.push(code(rand));
  parts.push(paragraph(rand));
  return parts.join('\n\n');
}

export function historyQuestion(rand: () => number): string {
  return sentence(rand).replace(/\.$/, '?');
}
