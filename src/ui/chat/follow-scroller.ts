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
  readonly #stop: Array<() => void> = [];

  constructor(scroller: HTMLElement, onChange: (view: FollowView) => void) {
    this.#scroller = scroller;
    this.#onChange = onChange;
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
    // keys scroll the list when it or something in it has focus, or nothing has (the page itself)
    this.#listen(doc, 'keydown', (e) => {
      const target = e.target as Element | null;
      const inList = !target || target === doc.body || scroller.contains(target);
      if (inList && !target?.closest?.(EDITABLE)) this.#follow.key((e as KeyboardEvent).key);
    });
  }

  /** The list now holds `count` messages. */
  setCount(count: number): void {
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

  #listen(target: EventTarget, type: string, handler: (e: Event) => void): void {
    target.addEventListener(type, handler, { passive: true });
    this.#stop.push(() => target.removeEventListener(type, handler));
  }
}
