// Which messages of a long conversation are on the page: the newest ones, in a window that grows
// towards older messages as the user scrolls up (or asks for them). Keeps opening a conversation of
// thousands of messages as cheap as opening a short one. Pure.

/** Messages shown when a conversation opens. */
export const WINDOW_INITIAL = 40;
/** Messages added each time the user reaches the top of the window. */
export const WINDOW_STEP = 10;

export interface MessageWindow {
  /** index in the path of the first message shown */
  start: number;
  /** older messages not shown yet */
  hidden: number;
}

/** The window of the last `size` messages of a path of `total` (all of them when it is shorter). */
export function messageWindow(total: number, size: number): MessageWindow {
  const start = Math.max(0, total - Math.max(0, size));
  return { start, hidden: start };
}

/** The window size after the user reached the top: one step more, never past the whole path. */
export function growWindow(size: number, total: number): number {
  return Math.min(Math.max(size, total), size + WINDOW_STEP);
}
