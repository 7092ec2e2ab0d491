// Whether a message list keeps itself scrolled to its newest content ("following"), decided from what
// the user does: scrolling up, a wheel or key towards the top, or a finger on the screen stop it;
// coming back to the bottom or asking for the latest resumes it. Decisions use scroll direction and
// distance only, never time. Pure: the component feeds it scroll metrics and input events.
import type { MessageNode } from '../conversation/types.ts';

/** Within this many pixels of the bottom counts as "at the bottom". */
export const AT_BOTTOM_PX = 24;

export interface ScrollMetrics {
  /** scrollTop */
  top: number;
  /** scrollHeight */
  height: number;
  /** clientHeight */
  viewport: number;
}

/** How far the bottom of the content is below the bottom of the view (never negative). */
export function distanceFromBottom({ top, height, viewport }: ScrollMetrics): number {
  return Math.max(0, height - viewport - top);
}

/** Keys that scroll a focused scroller towards the top. */
const UPWARD_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

export class FollowBottom {
  #following = true;
  #holding = false;
  #lastTop = 0;
  #lastHeight = 0;
  #count = 0;
  #seenCount = 0;

  /** Stick to the bottom now: following, and no finger holding the list. */
  get sticks(): boolean {
    return this.#following && !this.#holding;
  }

  get following(): boolean {
    return this.#following;
  }

  /** Messages added since the user stopped following (0 while following). */
  get unseen(): number {
    return this.#following ? 0 : Math.max(0, this.#count - this.#seenCount);
  }

  /** The list now holds `count` messages. */
  setCount(count: number): void {
    this.#count = count;
    if (this.#following) this.#seenCount = count;
  }

  /**
   * A scroll happened (by anyone). Moving up away from the bottom stops following, unless the content got
   * shorter with it; reaching the bottom while moving down (or staying put) resumes it. Content that grows
   * does not scroll, so it never counts as the user leaving.
   */
  scrolled(metrics: ScrollMetrics): void {
    const up = metrics.top < this.#lastTop;
    // the list's own correction: measured messages came out shorter than guessed, and it scrolled up by the
    // difference (a user's wheel, key or touch says so before any scroll)
    const shrunk = metrics.height < this.#lastHeight;
    this.#lastTop = metrics.top;
    this.#lastHeight = metrics.height;
    const near = distanceFromBottom(metrics) <= AT_BOTTOM_PX;
    if (up && !near && !shrunk) this.#stop();
    else if (!up && near && !this.#holding) this.#resume();
  }

  /** A wheel turn: upwards means the user is leaving the bottom, before any scroll event says so. */
  wheel(deltaY: number): void {
    if (deltaY < 0) this.#stop();
  }

  /** A key pressed in the list: keys that scroll up stop following before their (smooth) scroll starts. */
  key(key: string): void {
    if (UPWARD_KEYS.has(key)) this.#stop();
  }

  /** A finger (or a drag on the scrollbar) holds the list: never pull it away from under them. */
  hold(): void {
    this.#holding = true;
  }

  release(metrics: ScrollMetrics): void {
    this.#holding = false;
    if (distanceFromBottom(metrics) <= AT_BOTTOM_PX) this.#resume();
    else this.#stop();
  }

  /** "Jump to latest", or a message the user just sent. */
  jumpToLatest(): void {
    this.#holding = false;
    this.#resume();
  }

  #stop(): void {
    if (this.#following) this.#seenCount = this.#count;
    this.#following = false;
  }

  #resume(): void {
    this.#following = true;
    this.#seenCount = this.#count;
  }
}

/**
 * The id of a user message at the end of the path (the last node, or the one before a new answer):
 * when it changes, the user has just sent (or edited and resent) a message.
 */
export function sentMessageId(path: readonly MessageNode[]): string | undefined {
  const tail = path.slice(-2).reverse();
  return tail.find((node) => node.role === 'user')?.id;
}
