// A Svelte action that shows a long answer as plain text, one box per piece (conversation/pieces.ts),
// with only the pieces near the viewport holding text.
// - Stored pieces are windowed: a box's text is loaded when it comes within WINDOW_MARGIN of the
//   viewport and dropped again when it leaves, its place then kept by its measured height (unmeasured
//   ones by the average so far). Opening a 50 MB answer builds a few hundred empty boxes and at most a
//   few pieces of text, never the whole of it.
// - The text after them (the tail, growing while the answer streams) is appended, never re-set: the
//   screen cuts it into boxes where storage will cut it into pieces (live-pieces.ts), so when a piece
//   is stored its box already holds it and merely joins the window. The work of an update is bounded by
//   what arrived, whatever the answer's size. Updates are coalesced (reading a string just grown by `+`
//   copies all of it), spaced by how long the last one took. When the screen falls behind storage (a
//   piece stored before all of it was shown), the rest of that piece is read back and appended, and
//   pieces passed over entirely stay empty boxes, filled like any stored piece if they come into view.
// - Measured heights outlive the action (the virtual list unmounts and remounts messages), so a box that
//   comes back has its height, not a guess.
// Every text node holds at most about BLOCK_CHARS. Text nodes only: safe for untrusted content.
import { BlockWriter } from './block-writer.ts';
import { LiveCutter } from './live-pieces.ts';
import { MISSING_PIECE, textBlocks } from './text-blocks.ts';

export interface LongTextOptions {
  /** which text this is (e.g. chat and message ids): another key starts over */
  key: string;
  /** how many pieces are stored (grows while an answer streams) */
  count: number;
  /** characters in the stored pieces */
  chars: number;
  /** characters per piece */
  size: number;
  /** the text after the stored pieces */
  tail: string;
  /** the text of stored piece `index`, undefined when it cannot be found */
  load: (index: number) => Promise<string | undefined>;
}

/**
 * Characters per block of the box still being written. The block being appended to is laid out again
 * on every write, so it stays small; finished blocks are not touched again (and off-screen ones are not
 * laid out at all: content-visibility).
 */
const LIVE_BLOCK_CHARS = 8 * 1024;
/** How far outside the viewport pieces are kept loaded. */
const WINDOW_MARGIN = '1500px 0px';
/** The height of a piece never measured, until one is (a 256 K piece of 80-character lines is about this). */
const FIRST_GUESS_PX = 60_000;

interface Slot {
  box: HTMLElement;
  /** bumped on every load and unload, so a late load does not fill a box that was emptied since */
  generation: number;
  loaded: boolean;
  /** where its text starts in the whole text (known for boxes written here) */
  start?: number;
}

/** Measured heights of the pieces of the last few texts, by key (and piece). */
const knownHeights = new Map<string, number[]>();
const KNOWN_TEXTS = 16;

function heightsOf(key: string): number[] {
  let heights = knownHeights.get(key);
  if (!heights) {
    heights = [];
    knownHeights.set(key, heights);
    for (const old of knownHeights.keys()) if (knownHeights.size > KNOWN_TEXTS) knownHeights.delete(old);
  }
  return heights;
}

export function longText(node: HTMLElement, initial: LongTextOptions) {
  let options = initial;
  let slots: Slot[] = [];
  const index = new Map<Element, number>();
  let stored = 0;
  let heights = heightsOf(initial.key);
  const guess = () => {
    const known = heights.filter((h) => h > 0);
    return known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : FIRST_GUESS_PX;
  };
  // the live part: the text after the stored pieces, written as it comes
  let cutter = new LiveCutter(initial.size);
  let writer: BlockWriter | undefined;
  let shownEnd = 0;
  let shown = { key: initial.key, size: initial.size };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let spacingMs = 16;
  let busy = false;

  const remember = (at: number, slot: Slot) => {
    const height = slot.box.getBoundingClientRect().height;
    if (height > 0) heights[at] = height;
  };

  const fill = async (at: number, slot: Slot) => {
    const generation = ++slot.generation;
    slot.loaded = true;
    const text = (await options.load(at).catch(() => undefined)) ?? MISSING_PIECE(at);
    if (generation !== slot.generation) return;
    const blocks = textBlocks(text).map((run) => {
      const block = document.createElement('div');
      block.className = 'text-block';
      block.textContent = run;
      return block;
    });
    slot.box.replaceChildren(...blocks);
    slot.box.style.height = '';
    requestAnimationFrame(() => generation === slot.generation && remember(at, slot));
  };

  const empty = (at: number, slot: Slot) => {
    if (!slot.loaded) return;
    remember(at, slot);
    slot.generation++;
    slot.loaded = false;
    slot.box.style.height = `${heights[at] ?? guess()}px`;
    slot.box.replaceChildren();
  };

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const at = index.get(entry.target) ?? -1;
              const slot = slots[at];
              if (!slot || at >= stored) continue;
              if (entry.isIntersecting && !slot.loaded) void fill(at, slot);
              else if (!entry.isIntersecting) empty(at, slot);
            }
          },
          { root: node.closest('.messages'), rootMargin: WINDOW_MARGIN },
        )
      : undefined;

  const addBox = (slot: Omit<Slot, 'box'>) => {
    const box = document.createElement('div');
    box.className = 'text-piece';
    if (!slot.loaded) box.style.height = `${heights[slots.length] ?? guess()}px`;
    node.append(box);
    index.set(box, slots.length);
    slots.push({ ...slot, box });
  };

  /** Boxes below `count` hold stored pieces: windowed from now on. */
  const store = (count: number) => {
    for (; stored < count; stored++) {
      const slot = slots[stored] as Slot;
      if (observer) observer.observe(slot.box);
      else if (!slot.loaded) void fill(stored, slot); // no observer (very old browser): show everything
    }
  };

  const write = (add: string) => {
    for (const step of cutter.feed(add)) {
      if (step.retract > 0) writer?.retract(step.retract);
      if (step.newBox || !writer) {
        addBox({ generation: 0, loaded: true, start: step.start });
        writer = new BlockWriter((slots.at(-1) as Slot).box, LIVE_BLOCK_CHARS);
      }
      if (step.append !== '') writer?.append(step.append);
    }
  };

  /** Goes on live after the stored pieces of `next`: its tail, in a new box. */
  const liveFrom = (next: LongTextOptions) => {
    for (let i = slots.length; i < next.count; i++) addBox({ generation: 0, loaded: false });
    store(next.count);
    cutter = new LiveCutter(next.size, next.chars);
    writer = undefined;
    write(next.tail);
    shownEnd = next.chars + next.tail.length;
  };

  /** Starts over from `next`: an empty box per stored piece (windowed), then its tail written live. */
  const rebuild = (next: LongTextOptions) => {
    observer?.disconnect();
    node.replaceChildren();
    slots = [];
    index.clear();
    stored = 0;
    heights = heightsOf(next.key);
    shown = { key: next.key, size: next.size };
    liveFrom(next);
  };

  /**
   * The screen is behind: the piece of the open box is stored, and the tail starts after it. Reads that
   * piece back and appends what of it was not shown yet; any piece after it stays an empty box.
   */
  const catchUp = async (next: LongTextOptions) => {
    const at = slots.length - 1;
    const start = slots[at]?.start;
    busy = true;
    const text = start === undefined ? undefined : await next.load(at).catch(() => undefined);
    busy = false;
    const latest = options;
    const end = (start ?? 0) + (text ?? '').length;
    const fits = latest.count > at + 1 ? end <= latest.chars : end === latest.chars;
    if (start === undefined || text === undefined || latest.key !== shown.key || latest.count <= at || !fits)
      return rebuild(latest);
    if (shownEnd > end) writer?.retract(shownEnd - end);
    else writer?.append(text.slice(shownEnd - start));
    liveFrom(latest);
  };

  const show = () => {
    timer = undefined;
    if (busy) return; // the catch-up shows the latest when it is done
    const started = performance.now();
    const next = options;
    const end = next.chars + next.tail.length;
    const stale =
      next.key !== shown.key ||
      next.size !== shown.size ||
      end < shownEnd ||
      next.count < stored ||
      (next.chars > shownEnd && next.count <= stored);
    if (stale) rebuild(next);
    else if (next.chars > shownEnd) {
      void catchUp(next).then(() => (timer ??= setTimeout(show, spacingMs)));
      return;
    } else if (end > shownEnd) {
      write(next.tail.slice(shownEnd - next.chars));
      shownEnd = end;
    }
    if (next.count > stored) {
      // storage cut its pieces elsewhere than the screen did (say, with another build's size): show its cuts
      if (slots[next.count]?.start !== next.chars) rebuild(next);
      store(next.count);
    }
    spacingMs = Math.min(1000, Math.max(16, 4 * (performance.now() - started)));
  };

  rebuild(initial);
  return {
    update(next: LongTextOptions) {
      options = next; // only a reference: no read of the text until it is shown
      timer ??= setTimeout(show, spacingMs);
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      observer?.disconnect();
    },
  };
}
