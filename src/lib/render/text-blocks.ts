// Plain text cut into blocks for the screen: no text node of a long answer holds more than about
// BLOCK_CHARS, so laying out one costs little, and the cuts fall at line ends where there are any.
import { tr } from '../i18n/active-language.ts';

/** Characters per text node (cut at a line end where there is one). */
export const BLOCK_CHARS = 64 * 1024;

/** `text` cut into runs of about `size` characters, at line ends where possible; joined they give `text`. */
export function textBlocks(text: string, size = BLOCK_CHARS): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = text.slice(start, start + size).lastIndexOf('\n');
    const cut = start + (end > 0 ? end + 1 : size);
    out.push(text.slice(start, cut));
    start = cut;
  }
  if (start < text.length || out.length === 0) out.push(text.slice(start));
  return out;
}

/** What a piece that could not be read shows instead (a deleted chat's pieces, a cleared browser). */
export const MISSING_PIECE = (index: number): string =>
  `${tr('[Part {number} of this answer could not be read.]', { number: index + 1 })}\n`;
