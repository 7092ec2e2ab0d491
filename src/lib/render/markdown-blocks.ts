// Splits a growing markdown answer into top-level blocks, incrementally, so the UI renders each
// completed block once and re-renders only the open last block while tokens stream in. Pure.
//
// A block ends at a blank line outside any fenced code block, when the next non-blank line starts a new
// top-level block: it starts at column 0, and is not the next item of a list the block already is (a
// loose list stays one list; an indented line continues a list item or an indented code block). Only
// whole lines are scanned, once each, so the cost of a frame is the new text, not the whole answer.
// Each block is valid markdown on its own, except that link reference definitions ([x]: url) reach
// across blocks; `blocksFor` renders such an answer whole once it is finished.
import { closeOpenFence, fenceAfterLine, type FenceState } from './streaming-markdown.ts';

/** A list item line: "-", "*", "+" or "1." / "1)" followed by a space or the end of the line. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A link reference definition, whose label any block may use. */
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
/** How much of the already scanned text is compared to tell an append from a replacement. */
const CHECK_TAIL = 32;

export class MarkdownBlocks {
  /** completed blocks, in order; concatenated with `open()` they give the text */
  private readonly done: string[] = [];
  /** a copy of `done` handed out, replaced only when a block completes (so unchanged means ===) */
  private snapshot: readonly string[] = [];
  private text = '';
  /** start of the first line not yet scanned */
  private scanned = 0;
  /** where the current (open) block starts */
  private blockStart = 0;
  private fence: FenceState | null = null;
  private blockHasContent = false;
  private blockIsList = false;
  private blankSeen = false;

  /**
   * Takes the text so far. Text that extends the previous one is scanned from where the last scan
   * stopped; anything else (shorter, or a different tail) starts over.
   */
  update(text: string): void {
    if (!this.extends(text)) this.reset();
    this.text = text;
    for (let end = text.indexOf('\n', this.scanned); end !== -1; end = text.indexOf('\n', this.scanned)) {
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(this.scanned, end - 1) : text.slice(this.scanned, end);
      this.scanLine(line, this.scanned);
      this.scanned = end + 1;
    }
  }

  /** The completed blocks; the same array until another block completes. */
  completed(): readonly string[] {
    if (this.snapshot.length !== this.done.length) this.snapshot = [...this.done];
    return this.snapshot;
  }

  /** The text after the last completed block: the block still being written. */
  open(): string {
    return this.text.slice(this.blockStart);
  }

  private extends(text: string): boolean {
    if (text.length < this.text.length) return false;
    const from = Math.max(0, this.scanned - CHECK_TAIL);
    return text.slice(from, this.scanned) === this.text.slice(from, this.scanned);
  }

  private reset(): void {
    this.done.length = 0;
    this.snapshot = [];
    this.text = '';
    this.scanned = 0;
    this.blockStart = 0;
    this.fence = null;
    this.blockHasContent = false;
    this.blockIsList = false;
    this.blankSeen = false;
  }

  private scanLine(line: string, start: number): void {
    if (this.fence !== null) {
      this.fence = fenceAfterLine(this.fence, line);
      return;
    }
    if (line.trim() === '') {
      if (this.blockHasContent) this.blankSeen = true;
      return;
    }
    const isListItem = LIST_ITEM.test(line);
    if (this.blankSeen && !/^[ \t]/.test(line) && !(this.blockIsList && isListItem)) {
      this.done.push(this.text.slice(this.blockStart, start));
      this.blockStart = start;
      this.blockHasContent = false;
    }
    if (!this.blockHasContent) this.blockIsList = isListItem;
    this.blockHasContent = true;
    this.blankSeen = false;
    this.fence = fenceAfterLine(null, line);
  }
}

/** The open rest of a finished text as blocks: its last line counts as whole. */
function finishRest(rest: string): string[] {
  if (rest === '') return [];
  const tail = new MarkdownBlocks();
  tail.update(`${rest}\n`);
  return [...tail.completed(), tail.open().slice(0, -1)].filter((block) => block !== '');
}

/** The blocks of a finished `text` in one go. */
export function splitBlocks(text: string): string[] {
  const blocks = new MarkdownBlocks();
  blocks.update(text);
  return [...blocks.completed(), ...finishRest(blocks.open())];
}

export interface BlockView {
  /** blocks that will not change: render once each */
  blocks: readonly string[];
  /** the block still being written ('' when none): re-render on every update */
  open: string;
}

/**
 * What to render for `text`, using (and advancing) `splitter`. While streaming, the last block stays
 * open. A finished answer is all blocks; one that defines link references is a single block, so its
 * references resolve everywhere.
 */
export function blocksFor(splitter: MarkdownBlocks, text: string, streaming: boolean): BlockView {
  if (!streaming && LINK_DEFINITION.test(text)) return { blocks: [text], open: '' };
  splitter.update(text);
  const open = splitter.open();
  if (streaming) return { blocks: splitter.completed(), open };
  return { blocks: open === '' ? splitter.completed() : [...splitter.completed(), ...finishRest(open)], open: '' };
}

/**
 * HTML for the block still being written: its open fence closed, then cut into blocks as if the text
 * ended here, each rendered on its own, so a part that falls back to plain text (plain-fallback.ts)
 * does not take the finished paragraph before it along.
 */
export function renderOpenBlock(open: string, render: (block: string) => string): string {
  return splitBlocks(closeOpenFence(open)).map(render).join('');
}
