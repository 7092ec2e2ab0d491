// Markdown → the plain text a reader sees, for "Copy as plain text": no markup characters, lists keep
// their bullets and numbers, tables become tab-separated rows, links keep their address after the text.
// Pure. Text too costly to parse (render-limits.ts) is returned as it is.
import { Lexer, type Token, type Tokens } from 'marked';
import { LIMITS, emphasisWork } from './render-limits.ts';

const MAX_CHARS = 500_000;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function inline(tokens: Token[] | undefined): string {
  return (tokens ?? []).map(inlineToken).join('');
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'br':
      return '\n';
    case 'codespan':
      return decode((token as Tokens.Codespan).text);
    case 'link': {
      const link = token as Tokens.Link;
      const text = inline(link.tokens);
      return text === link.href || link.href.startsWith('mailto:') ? text : `${text} (${link.href})`;
    }
    case 'image':
      return (token as Tokens.Image).text;
    case 'html':
      return (token as Tokens.HTML).text;
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) return inline(token.tokens);
      return 'text' in token && typeof token.text === 'string' ? decode(token.text) : '';
  }
}

function list(token: Tokens.List, indent: string): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  return token.items
    .map((item, i) => {
      const marker = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
      const bullet = token.ordered ? `${start + i}. ` : '• ';
      const body = blocks(item.tokens, indent + '   ', '\n');
      return `${indent}${bullet}${marker}${body.trimStart()}`;
    })
    .join('\n');
}

function table(token: Tokens.Table): string {
  const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens)).join('\t');
  return [row(token.header), ...token.rows.map(row)].join('\n');
}

function block(token: Token, indent: string): string | undefined {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return undefined;
    case 'code':
      return (token as Tokens.Code).text;
    case 'list':
      return list(token as Tokens.List, indent);
    case 'table':
      return table(token as Tokens.Table);
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, indent, '\n\n');
    case 'html':
      return (token as Tokens.HTML).text.trimEnd();
    default:
      return inlineToken(token);
  }
}

function blocks(tokens: Token[], indent: string, separator: string): string {
  return tokens
    .map((t) => block(t, indent))
    .filter((text): text is string => text !== undefined)
    .join(separator);
}

export function markdownToPlain(markdown: string): string {
  if (markdown.length > MAX_CHARS || emphasisWork(markdown) > LIMITS.emphasisWork) return markdown;
  try {
    return blocks(new Lexer({ gfm: true, breaks: true }).lex(markdown), '', '\n\n');
  } catch {
    return markdown; // nesting too deep for the parser: the text as written
  }
}
