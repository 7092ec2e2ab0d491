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
  /** Brought to the top (Home, or a scroll that ended there): kept there as messages are measured, until the user moves. */
  #pinnedTop = false;
  readonly #stop: Array<() => void> = [];
  #pointerInList = false;
  #count: number | undefined;

  constructor(scroller: HTMLElement, onChange: (view: FollowView) => void) {
    this.#scroller = scroller;
    this.#onChange = onChange;
    const doc = scroller.ownerDocument;
    this.#listen(scroller, 'scroll', () => {
      this.#follow.scrolled(this.#metrics());
      this.#report();
    });
    this.#listen(scroller, 'wheel', (e) => {
      const { deltaY } = e as WheelEvent;
      if (deltaY > 0) this.#pinnedTop = false;
      this.#follow.wheel(deltaY);
    });
    this.#listen(scroller, 'touchstart', () => {
      this.#pinnedTop = false;
      this.#follow.hold();
    });
    this.#listen(scroller, 'touchend', () => this.#release());
    this.#listen(scroller, 'touchcancel', () => this.#release());
    // a press on the container itself (not on a message) is a press on its scrollbar
    this.#listen(scroller, 'pointerdown', (e) => {
      if (e.target !== scroller || (e as PointerEvent).pointerType !== 'mouse') return;
      this.#pinnedTop = false;
      this.#follow.hold();
    });
    // focus moving to a message (Tab, a click, the app) may scroll to it: the view is no longer held at the top
    this.#listen(scroller, 'focusin', () => (this.#pinnedTop = false));
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
    this.#pinnedTop = false;
    this.#follow.jumpToLatest();
    this.#toBottom();
    this.#report();
  }

  destroy(): void {
    for (const stop of this.#stop) stop();
  }

  /**
   * To the top, and kept there while the messages it passes are measured (their estimated sizes, corrected,
   * would leave the first message partly above the view) until the user scrolls, presses a key or touches.
   * Not with the list's own scrollTo: that scrolls to its target again whenever any message changes size,
   * until none has for 150 ms, so during a stream it held the view at the top against the user.
   */
  pinTop(): void {
    this.#pinnedTop = true;
    this.#scroller.scrollTop = 0;
  }

  /** The content (or the view) changed size: stick to the bottom while following, or to the top when pinned. */
  contentResized(): void {
    if (this.#follow.sticks) this.#toBottom();
    else if (this.#pinnedTop) this.#scroller.scrollTop = 0;
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
    this.#pinnedTop = false;
    if (e.key === 'Home') {
      e.preventDefault();
      this.pinTop();
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
