// How much work one markdown block may cost before it is shown as plain text instead. Pure, and every
// measure is one linear pass, cheap next to what it protects against:
// - marked recurses once per level of nesting, so a quote or list nested a few thousand levels deep
//   overflows the stack (RangeError); and it re-reads a container's content once per level it is in.
// - marked looks for the closing partner of each emphasis delimiter (* _ ~) through the rest of the
//   inline run, so a run of many unmatched delimiters ("_a_a_a…") costs delimiters × length.
// The limits keep one block well under 50 ms of main thread while ordinary answers never reach them.
import { fenceAfterLine, type FenceState } from './streaming-markdown.ts';

export const LIMITS = {
  /** container levels (quote markers, list markers, indentation) on one line */
  depth: 32,
  /** characters × (1 + depth): how often marked reads the block's text, at most */
  nestedChars: 2_000_000,
  /** Σ over inline runs of delimiters × run length (see emphasisWork) */
  emphasisWork: 1_000_000,
} as const;

/** Why a block is shown as plain text: a limit above, or the renderer failed. */
export type FallbackReason = 'depth' | 'nested-size' | 'emphasis' | 'error';

/** Thrown from inside the renderer when a limit is reached part way (see markdown-html.ts). */
export class RenderLimitError extends Error {
  constructor(readonly reason: FallbackReason) {
    super(`markdown block over the ${reason} limit`);
    this.name = 'RenderLimitError';
  }
}

const SPACE = 32;
const TAB = 9;
const GT = 62;
const DASH = 45;
const STAR = 42;
const PLUS = 43;
const DOT = 46;
const PAREN = 41;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A list marker's end is followed by a space, a tab or the end of the line. */
function gapAt(text: string, at: number, end: number): boolean {
  if (at >= end) return true;
  const c = text.charCodeAt(at);
  return c === SPACE || c === TAB || c === 13;
}

/**
 * Container levels at the start of text[start, end): each ">" and each list marker is one, and every two
 * columns of indentation one more (a nested list needs at least two; the one space that separates a
 * marker from what follows is free). An upper bound of the nesting marked will recurse through.
 */
function lineDepth(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let afterMarker = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      columns += (c === TAB ? 4 : 1) - (afterMarker ? 1 : 0);
      afterMarker = false;
      continue;
    }
    if (c === GT) markers += 1;
    else if ((c === DASH || c === STAR || c === PLUS) && gapAt(text, i + 1, end)) markers += 1;
    else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 10 && isDigit(text.charCodeAt(j))) j++;
      const mark = text.charCodeAt(j);
      if (j - i > 9 || (mark !== DOT && mark !== PAREN) || !gapAt(text, j + 1, end)) break;
      markers += 1;
      i = j;
    } else break;
    afterMarker = true;
  }
  return markers + Math.floor(columns / 2);
}

/** The deepest container nesting of any line outside fenced code (whose own indentation is content). */
export function nestingDepth(block: string): number {
  let deepest = 0;
  let fence: FenceState | null = null;
  for (let start = 0; start <= block.length;) {
    const found = block.indexOf('\n', start);
    const end = found === -1 ? block.length : found;
    if (fence === null) deepest = Math.max(deepest, lineDepth(block, start, end));
    // a fence line is short to test once the depth is known to be over: skip the regex for huge prefixes
    if (deepest <= LIMITS.depth) fence = fenceAfterLine(fence, block.slice(start, end));
    start = end + 1;
  }
  return deepest;
}

/** A reason to show `block` as plain text without asking marked, or null. */
export function blockProblem(block: string): FallbackReason | null {
  const depth = nestingDepth(block);
  if (depth > LIMITS.depth) return 'depth';
  if (block.length * (1 + depth) > LIMITS.nestedChars) return 'nested-size';
  return null;
}

/** What one inline run (a paragraph, a list item's text, a table cell) costs marked's emphasis matching. */
export function emphasisWork(run: string): number {
  let delimiters = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === STAR || c === 95 || c === 126) delimiters++;
  }
  return delimiters * run.length;
}
