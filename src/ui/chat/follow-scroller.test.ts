import { describe, expect, it } from 'vitest';
import { FollowScroller } from './follow-scroller.ts';

/** A scroll container whose layout reads are counted (each one forces a synchronous layout in a browser). */
function fakeScroller() {
  const noop = () => {};
  const doc = { addEventListener: noop, removeEventListener: noop };
  let layoutReads = 0;
  let top = 0;
  const element = {
    ownerDocument: doc,
    addEventListener: noop,
    removeEventListener: noop,
    contains: () => false,
    get scrollTop() {
      layoutReads++;
      return top;
    },
    set scrollTop(value: number) {
      top = value;
    },
    get scrollHeight() {
      layoutReads++;
      return 1000;
    },
    get clientHeight() {
      layoutReads++;
      return 500;
    },
  };
  return { element: element as unknown as HTMLElement, reads: () => layoutReads };
}

describe('FollowScroller', () => {
  it('reads no layout when told the same message count again (each streamed token re-tells it)', () => {
    const { element, reads } = fakeScroller();
    const views: unknown[] = [];
    const scroller = new FollowScroller(element, (view) => views.push(view));
    scroller.setCount(2);
    const before = reads();
    const reported = views.length;
    for (let i = 0; i < 50; i++) scroller.setCount(2);
    expect(reads()).toBe(before);
    expect(views.length).toBe(reported);
  });

  it('still reports a new count', () => {
    const { element } = fakeScroller();
    const views: Array<{ unseen: number }> = [];
    const scroller = new FollowScroller(element, (view) => views.push(view));
    scroller.setCount(2);
    scroller.setCount(3);
    expect(views).toHaveLength(2);
  });
});
