// Finds every message the source asks for: the literal first argument of each `t(…)`, `tr(…)` and `msg(…)` call
// (an English text, or plural forms whose `other` text is the key). A call whose first argument is not a literal is
// reported, because no catalogue check could see it.

export type SourceMessage = { key: string; forms: readonly string[] };
export type Extraction = { messages: SourceMessage[]; problems: string[] };

const CALL = /(?<![\w$])(t|tr|msg)\(\s*/g;
const QUOTES = new Set(["'", '"', '`']);
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

/** The string literal starting at `start` (a quote), decoded, and the index after it. */
function readLiteral(source: string, start: number): { value: string; end: number } | undefined {
  const quote = source[start]!;
  let value = '';
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === quote) return { value, end: i + 1 };
    if (quote === '`' && c === '$' && source[i + 1] === '{') return undefined;
    if (c === '\\') {
      const next = source[++i]!;
      if (next === 'u') {
        const braced = source[i + 1] === '{';
        const hex = braced ? source.slice(i + 2, source.indexOf('}', i)) : source.slice(i + 1, i + 5);
        value += String.fromCodePoint(parseInt(hex, 16));
        i += braced ? hex.length + 2 : 4;
      } else value += ESCAPES[next] ?? next;
    } else value += c;
  }
  return undefined;
}

/** The plural forms object starting at `start` ('{'): each `form: 'text'` pair, until the closing brace. */
function readForms(source: string, start: number): Map<string, string> | undefined {
  const forms = new Map<string, string>();
  const PAIR = /\s*,?\s*(\w+)\s*:\s*/y;
  let i = start + 1;
  for (;;) {
    const close = /\s*,?\s*\}/y;
    close.lastIndex = i;
    if (close.test(source)) return forms;
    PAIR.lastIndex = i;
    const pair = PAIR.exec(source);
    if (!pair || !QUOTES.has(source[PAIR.lastIndex]!)) return undefined;
    const literal = readLiteral(source, PAIR.lastIndex);
    if (!literal) return undefined;
    forms.set(pair[1]!, literal.value);
    i = literal.end;
  }
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

export function extractMessages(source: string, file: string): Extraction {
  const messages: SourceMessage[] = [];
  const problems: string[] = [];
  for (const match of source.matchAll(CALL)) {
    const at = match.index + match[0].length;
    const first = source[at]!;
    const where = `${file}:${lineOf(source, match.index)}`;
    if (QUOTES.has(first)) {
      const literal = readLiteral(source, at);
      if (literal) messages.push({ key: literal.value, forms: [literal.value] });
      else problems.push(`${where}: a template with \${…} as a message; use {placeholders}`);
    } else if (first === '{') {
      const forms = readForms(source, at);
      const other = forms?.get('other');
      if (forms && other !== undefined) messages.push({ key: other, forms: [...forms.values()] });
      else problems.push(`${where}: plural forms must be literal texts with an 'other' form`);
    } else problems.push(`${where}: ${match[1]}() must be given its message as a literal`);
  }
  return { messages, problems };
}
