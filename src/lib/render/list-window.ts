// Which rows of a long, fixed-pitch list to render: the visible ones plus an overscan on each side,
// and always the row that holds keyboard focus (so scrolling never drops focus). Pure arithmetic.

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
