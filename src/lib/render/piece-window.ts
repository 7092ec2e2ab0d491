// A Svelte action that shows the pieces of a long answer (conversation/pieces.ts) as a windowed list:
// one placeholder per piece, and only the pieces near the viewport hold text. A piece's text is loaded
// when its placeholder comes within WINDOW_MARGIN of the viewport and dropped again when it leaves, its
// place then kept by its measured height (unmeasured ones by the average so far). So opening a 50 MB
// answer builds a few hundred empty boxes and at most a few pieces of text, never the whole of it, and
// every text node holds at most about BLOCK_CHARS. Text nodes only: safe for untrusted content.

export interface PieceWindowOptions {
  /** which text this is (e.g. chat and message ids): another key starts over */
  key: string;
  /** how many pieces the text has now (grows while an answer streams) */
  count: number;
  /** the text of piece `index`, undefined when it cannot be found */
  load: (index: number) => Promise<string | undefined>;
}

/** Characters per text node inside a piece (cut at a line end where there is one). */
export const BLOCK_CHARS = 64 * 1024;
/** How far outside the viewport pieces are kept loaded. */
const WINDOW_MARGIN = '1500px 0px';
/** The height of a piece never measured, until one is (a 256 K piece of 80-character lines is about this). */
const FIRST_GUESS_PX = 60_000;

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
export const MISSING_PIECE = (index: number): string => `[Part ${index + 1} of this answer could not be read.]\n`;

interface Slot {
  box: HTMLElement;
  /** bumped on every load and unload, so a late load does not fill a box that was emptied since */
  generation: number;
  loaded: boolean;
  height?: number;
}

export function pieceWindow(node: HTMLElement, initial: PieceWindowOptions) {
  let options = initial;
  const slots: Slot[] = [];
  let measured = 0;
  let measuredTotal = 0;
  const guess = () => (measured > 0 ? measuredTotal / measured : FIRST_GUESS_PX);

  const remember = (slot: Slot) => {
    const height = slot.box.getBoundingClientRect().height;
    if (height <= 0) return;
    if (slot.height === undefined) {
      measured++;
      measuredTotal += height;
    } else measuredTotal += height - slot.height;
    slot.height = height;
  };

  const fill = async (index: number, slot: Slot) => {
    const generation = ++slot.generation;
    slot.loaded = true;
    const text = (await options.load(index).catch(() => undefined)) ?? MISSING_PIECE(index);
    if (generation !== slot.generation) return;
    const blocks = textBlocks(text).map((run) => {
      const block = document.createElement('div');
      block.className = 'text-block';
      block.textContent = run;
      return block;
    });
    slot.box.replaceChildren(...blocks);
    slot.box.style.height = '';
    requestAnimationFrame(() => generation === slot.generation && remember(slot));
  };

  const empty = (slot: Slot) => {
    if (!slot.loaded) return;
    remember(slot);
    slot.generation++;
    slot.loaded = false;
    slot.box.style.height = `${slot.height ?? guess()}px`;
    slot.box.replaceChildren();
  };

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const index = slots.findIndex((s) => s.box === entry.target);
              const slot = slots[index];
              if (!slot) continue;
              if (entry.isIntersecting && !slot.loaded) void fill(index, slot);
              else if (!entry.isIntersecting) empty(slot);
            }
          },
          { root: node.closest('.messages'), rootMargin: WINDOW_MARGIN },
        )
      : undefined;

  const grow = () => {
    while (slots.length < options.count) {
      const box = document.createElement('div');
      box.className = 'text-piece';
      box.style.height = `${guess()}px`;
      node.append(box);
      const slot: Slot = { box, generation: 0, loaded: false };
      slots.push(slot);
      if (observer) observer.observe(box);
      else void fill(slots.length - 1, slot); // no observer (very old browser): show everything
    }
  };

  grow();
  return {
    update(next: PieceWindowOptions) {
      const shrank = next.count < slots.length || next.key !== options.key;
      options = next;
      if (shrank) {
        observer?.disconnect();
        slots.length = 0;
        node.replaceChildren();
      }
      grow();
    },
    destroy() {
      observer?.disconnect();
    },
  };
}
