// Text to read aloud, cut into the pieces sent one request each: split at sentence boundaries (. ! ? and
// their CJK forms, line breaks; not after abbreviations like "e.g." or initials, not inside "3.14"),
// then merged up to about `max` characters so a long answer makes few requests. The first sentence
// stays alone, so playback can start as soon as it is spoken.
import { speakableText } from './speakable-text.ts';

export const SPEECH_CHUNK_CHARS = 300;

const ABBREVIATIONS = new Set(
  [
    'e.g.',
    'i.e.',
    'etc.',
    'vs.',
    'cf.',
    'mr.',
    'mrs.',
    'ms.',
    'dr.',
    'prof.',
    'st.',
    'jr.',
    'sr.',
    'no.',
    'fig.',
    'approx.',
    'ca.',
    'inc.',
    'ltd.',
    'u.s.',
    'a.m.',
    'p.m.',
  ].map((a) => a.toLowerCase()),
);

// a run of terminal marks (with closing quotes or brackets) followed by space, or a CJK full stop
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|[。！？]+["'”’」』)]*/g;

function isAbbreviation(line: string, end: number): boolean {
  const before = line.slice(0, end);
  const word = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (!word.endsWith('.')) return false;
  const bare = word.replace(/^["'“‘([]+/, '');
  return ABBREVIATIONS.has(bare) || /^\p{Lu}\.$/u.test(/(\S+)$/.exec(before)?.[1] ?? '');
}

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let start = 0;
    for (const match of line.matchAll(BOUNDARY)) {
      const end = match.index + match[0].length;
      if (isAbbreviation(line, end)) continue;
      const sentence = line.slice(start, end).trim();
      if (sentence !== '') out.push(sentence);
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest !== '') out.push(rest);
  }
  return out;
}

/** A sentence longer than `max`, cut at the last comma or space that fits. */
function cutLong(sentence: string, max: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const at = Math.max(head.lastIndexOf(', ') + 1, head.lastIndexOf(' '));
    const cut = at > max / 3 ? at : max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') out.push(rest);
  return out;
}

/** The answer's markdown as the texts to send, in order. */
export function speechChunks(markdown: string, max = SPEECH_CHUNK_CHARS): string[] {
  const sentences = splitSentences(speakableText(markdown)).flatMap((s) => cutLong(s, max));
  const [first, ...rest] = sentences;
  if (first === undefined) return [];
  const out = [first];
  let current = '';
  for (const sentence of rest) {
    if (current !== '' && current.length + 1 + sentence.length > max) {
      out.push(current);
      current = '';
    }
    current = current === '' ? sentence : `${current} ${sentence}`;
  }
  if (current !== '') out.push(current);
  return out;
}
