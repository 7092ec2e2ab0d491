// A Svelte action that shows text as plain text and, when the text only grew, appends just the new part.
// Built for answers of many megabytes that grow token by token:
// - the text goes into blocks of about 64 KB cut at line ends, so an update costs the browser one small
//   block of layout instead of the whole answer;
// - updates are coalesced (at most one per few frames, spaced by how long the last one took), because
//   reading a string that was just grown by `+` makes the engine copy all of it: one copy per token
//   would be quadratic.
// Text nodes only: safe for untrusted content. Assumes one element per message (keyed), whose text
// only grows while streaming; a shorter text (a different answer) starts over.

const BLOCK_CHARS = 64 * 1024;

export function appendText(node: HTMLElement, text: string) {
  let shownLength = 0;
  let block: HTMLElement | undefined;
  let blockChars = 0;
  let latest = text;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let spacingMs = 16;

  const newBlock = () => {
    block = document.createElement('div');
    block.className = 'text-block';
    node.append(block);
    blockChars = 0;
  };

  const append = (piece: string) => {
    if (!block) newBlock();
    // fill the open block up to its size, then close it at the next line end and go on in a new one
    for (;;) {
      const room = BLOCK_CHARS - blockChars;
      const cut = piece.length > room ? piece.indexOf('\n', Math.max(0, room - 1)) : -1;
      if (cut < 0) break;
      block?.append(piece.slice(0, cut + 1));
      newBlock();
      piece = piece.slice(cut + 1);
    }
    if (piece === '') return;
    block?.append(piece);
    blockChars += piece.length;
  };

  const show = () => {
    timer = undefined;
    const started = performance.now();
    const next = latest;
    if (next.length < shownLength) {
      node.replaceChildren();
      block = undefined;
      shownLength = 0;
    }
    if (next.length > shownLength) append(next.slice(shownLength));
    shownLength = next.length;
    spacingMs = Math.min(1000, Math.max(16, 4 * (performance.now() - started)));
  };

  show();
  return {
    update(next: string) {
      latest = next; // only a reference: no read of the text until it is shown
      timer ??= setTimeout(show, spacingMs);
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
