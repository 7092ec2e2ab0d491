// The chat list in two sections, pinned chats first: each section's label takes one row slot of the
// fixed-pitch windowed list (list-window.ts), so every row keeps the same height and its place stays
// plain arithmetic. Without pinned chats there are no labels and slot = index. Pure.
import type { ListWindow } from './list-window.ts';

export interface ListSections {
  /** how many rows, the pinned ones first */
  count: number;
  /** how many of them are pinned */
  pinned: number;
}

/** The slots the two labels sit in ("Pinned" before the pinned rows, another before the rest); absent when not shown. */
export function labelSlots({ count, pinned }: ListSections): { pinned?: number; rest?: number } {
  if (pinned === 0) return {};
  return pinned < count ? { pinned: 0, rest: pinned + 1 } : { pinned: 0 };
}

/** How many slots the list takes, labels included. */
export function slotCount(sections: ListSections): number {
  const labels = labelSlots(sections);
  return sections.count + (labels.pinned === undefined ? 0 : 1) + (labels.rest === undefined ? 0 : 1);
}

/** The slot of row `index`. */
export function slotOf(index: number, { pinned }: ListSections): number {
  if (pinned === 0) return index;
  return index + (index < pinned ? 1 : 2);
}

/** How many rows sit before slot `slot` (so the first row at or after it, when there is one). */
function rowsBefore(slot: number, { count, pinned }: ListSections): number {
  if (pinned === 0) return Math.min(count, slot);
  if (slot <= pinned) return Math.max(0, slot - 1);
  return Math.min(count, Math.max(pinned, slot - 2));
}

/** The rows whose slots fall inside a window of slots. */
export function rowsInSlots(window: ListWindow, sections: ListSections): ListWindow {
  const start = rowsBefore(window.start, sections);
  return { start, end: Math.max(start, rowsBefore(window.end, sections)) };
}
