// Connects a scroll container to FollowBottom (lib/render/follow-bottom.ts): feeds it the container's
// scrolls and the user's wheel, keys, touches and scrollbar drags, and while following keeps the
// container at its bottom whenever its content changes size (told by the list, from its
// ResizeObserver callback: after layout and before paint, so a growing answer is never painted off
// the bottom).
import { AT_BOTTOM_PX, FollowBottom, distanceFromBottom, type ScrollMetrics } from '../../lib/render/follow-bottom.ts';

export interface FollowView {
  following: boolean;
  /** the view is far enough from the bottom to offer "Jump to latest" */
  away: boolean;
  /** messages added since the user left the bottom */
  unseen: number;
}

const EDITABLE = 'input, textarea, select, [contenteditable]';

export class FollowScroller {
  readonly #follow = new FollowBottom();
  readonly #scroller: HTMLElement;
  readonly #onChange: (view: FollowView) => void;
  readonly #toTop: () => void;
  readonly #stop: Array<() => void> = [];
  #pointerInList = false;
  #count: number | undefined;

  /** `toTop` brings the first message into view (the list knows where it is; the browser may not yet). */
  constructor(scroller: HTMLElement, onChange: (view: FollowView) => void, toTop: () => void) {
    this.#scroller = scroller;
    this.#onChange = onChange;
    this.#toTop = toTop;
    const doc = scroller.ownerDocument;
    this.#listen(scroller, 'scroll', () => {
      this.#follow.scrolled(this.#metrics());
      this.#report();
    });
    this.#listen(scroller, 'wheel', (e) => this.#follow.wheel((e as WheelEvent).deltaY));
    this.#listen(scroller, 'touchstart', () => this.#follow.hold());
    this.#listen(scroller, 'touchend', () => this.#release());
    this.#listen(scroller, 'touchcancel', () => this.#release());
    // a press on the container itself (not on a message) is a press on its scrollbar
    this.#listen(scroller, 'pointerdown', (e) => {
      if (e.target === scroller && (e as PointerEvent).pointerType === 'mouse') this.#follow.hold();
    });
    this.#listen(doc, 'pointerup', () => this.#release());
    this.#listen(doc, 'pointerdown', (e) => (this.#pointerInList = scroller.contains(e.target as Node)));
    this.#listen(doc, 'keydown', (e) => this.#key(e as KeyboardEvent), false);
  }

  /** Whether the view keeps to the bottom (the user has not scrolled away). */
  get following(): boolean {
    return this.#follow.following;
  }

  /**
   * The list now holds `count` messages. Told again on every streamed batch (the path is a new array each
   * time): the same count changes nothing, and reporting would force a layout in the middle of the update.
   */
  setCount(count: number): void {
    if (count === this.#count) return;
    this.#count = count;
    this.#follow.setCount(count);
    this.#report();
  }

  /** "Jump to latest", or a message just sent: back to the bottom, and following again. */
  jumpToLatest(): void {
    this.#follow.jumpToLatest();
    this.#toBottom();
    this.#report();
  }

  destroy(): void {
    for (const stop of this.#stop) stop();
  }

  /** The content (or the view) changed size: stick to the bottom while following. */
  contentResized(): void {
    if (this.#follow.sticks) this.#toBottom();
    this.#report();
  }

  #toBottom(): void {
    this.#scroller.scrollTop = this.#scroller.scrollHeight;
  }

  // Keys move the list when focus is in it, or focus is around it (the body, or <main>, focusable for the
  // skip link, which a click on a message's text focuses) and the user last pressed in it. Home and
  // End are handled here: the browser's own scroll to the top lands short of the first message while
  // the virtual list is still measuring the messages it passes.
  #key(e: KeyboardEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    const inList = target && !target.contains(this.#scroller) ? this.#scroller.contains(target) : this.#pointerInList;
    if (!inList || target?.closest(EDITABLE) || e.altKey || e.shiftKey) return;
    this.#follow.key(e.key);
    if (e.key === 'Home') {
      e.preventDefault();
      this.#toTop();
    } else if (e.key === 'End') {
      e.preventDefault();
      this.jumpToLatest();
    }
  }

  #release(): void {
    this.#follow.release(this.#metrics());
    this.#report();
  }

  #metrics(): ScrollMetrics {
    const s = this.#scroller;
    return { top: s.scrollTop, height: s.scrollHeight, viewport: s.clientHeight };
  }

  #report(): void {
    const f = this.#follow;
    this.#onChange({
      following: f.following,
      away: distanceFromBottom(this.#metrics()) > AT_BOTTOM_PX,
      unseen: f.unseen,
    });
  }

  #listen(target: EventTarget, type: string, handler: (e: Event) => void, passive = true): void {
    target.addEventListener(type, handler, { passive });
    this.#stop.push(() => target.removeEventListener(type, handler));
  }
}
