// Which rows of a long, fixed-pitch list to render: the visible ones plus an overscan on each side,
// and always the row that holds keyboard focus (so scrolling never drops focus); the scroll that reveals
// a row, and keyboard steps through the rows. Pure arithmetic.

export interface ListWindow {
  /** first rendered index */
  start: number;
  /** one past the last rendered index */
  end: number;
}

/** Rows that intersect [scrollTop, scrollTop + viewport), widened by `overscan` rows each side. */
export function listWindow(
  scrollTop: number,
  viewport: number,
  pitch: number,
  count: number,
  overscan: number,
): ListWindow {
  if (count <= 0 || pitch <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / pitch);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / pitch);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}

/** The indexes to render, ascending (DOM order = visual order = Tab order), including `keep` if valid. */
export function renderedIndexes(window: ListWindow, count: number, keep?: number): number[] {
  const out: number[] = [];
  const extra =
    keep !== undefined && keep >= 0 && keep < count && (keep < window.start || keep >= window.end) ? keep : undefined;
  if (extra !== undefined && extra < window.start) out.push(extra);
  for (let i = window.start; i < window.end; i++) out.push(i);
  if (extra !== undefined && extra >= window.end) out.push(extra);
  return out;
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function revealScrollTop(index: number, pitch: number, scrollTop: number, viewport: number): number {
  const top = index * pitch;
  if (top < scrollTop) return top;
  if (top + pitch > scrollTop + viewport) return top + pitch - viewport;
  return scrollTop;
}

/**
 * The active row after a navigation key in a list of `count` rows, `pageRows` rows to a screen.
 * -1 means none active; from there ArrowDown goes to the first row and ArrowUp to the last.
 */
export function stepIndex(current: number, key: string, count: number, pageRows: number): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const page = Math.max(1, pageRows);
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current < 0 ? last : clamp(current - 1);
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return current;
  }
}
