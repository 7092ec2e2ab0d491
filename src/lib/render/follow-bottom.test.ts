import { describe, expect, it } from 'vitest';
import { assistantNode, userNode } from '../conversation/testing/builders.ts';
import { AT_BOTTOM_PX, FollowBottom, distanceFromBottom, sentMessageId } from './follow-bottom.ts';

const VIEW = 600;
/** metrics of a list `height` tall scrolled to `top` */
const at = (top: number, height = 5000) => ({ top, height, viewport: VIEW });
const bottomOf = (height: number) => at(height - VIEW, height);

describe('distanceFromBottom', () => {
  it('is 0 at the bottom and never negative', () => {
    expect(distanceFromBottom(bottomOf(5000))).toBe(0);
    expect(distanceFromBottom(at(5000, 5000))).toBe(0);
    expect(distanceFromBottom(at(0, 5000))).toBe(4400);
    expect(distanceFromBottom(at(0, 100))).toBe(0);
  });
});

describe('FollowBottom', () => {
  it('follows from the start', () => {
    expect(new FollowBottom().sticks).toBe(true);
  });

  it('keeps following while content grows below (growth is no scroll)', () => {
    const follow = new FollowBottom();
    follow.scrolled(bottomOf(5000));
    // the list scrolls itself down as the answer grows: downward moves keep following
    follow.scrolled(bottomOf(5400));
    follow.scrolled(bottomOf(9000));
    expect(follow.sticks).toBe(true);
  });

  it('stops the moment the user scrolls up away from the bottom', () => {
    const follow = new FollowBottom();
    follow.scrolled(bottomOf(5000));
    follow.scrolled(at(4400 - AT_BOTTOM_PX - 1));
    expect(follow.sticks).toBe(false);
  });

  // A chat opening at its bottom: the list guessed its messages' sizes, measures the ones it passes and,
  // finding them shorter, scrolls up by the difference to keep them in place. That scroll is the list's.
  it('an upward scroll that comes with the content getting shorter keeps following', () => {
    const follow = new FollowBottom();
    follow.scrolled(bottomOf(12_000));
    follow.scrolled(at(9000, 10_000));
    expect(follow.sticks).toBe(true);
    // the same move with the content unchanged is the user's
    follow.scrolled(bottomOf(10_000));
    follow.scrolled(at(8000, 10_000));
    expect(follow.sticks).toBe(false);
  });

  it('a small upward move within the threshold keeps following', () => {
    const follow = new FollowBottom();
    follow.scrolled(bottomOf(5000));
    follow.scrolled(at(4400 - AT_BOTTOM_PX));
    expect(follow.sticks).toBe(true);
  });

  it('an upward wheel stops following before any scroll, and a scroll still near the bottom does not resume', () => {
    const follow = new FollowBottom();
    follow.scrolled(bottomOf(5000));
    follow.wheel(-3);
    expect(follow.sticks).toBe(false);
    follow.scrolled(at(4400 - 5)); // the first step of a smooth wheel scroll
    expect(follow.sticks).toBe(false);
  });

  it('a downward wheel changes nothing', () => {
    const follow = new FollowBottom();
    follow.wheel(100);
    expect(follow.sticks).toBe(true);
  });

  it('keys that scroll up stop following; others do not', () => {
    const follow = new FollowBottom();
    follow.key('End');
    follow.key('ArrowDown');
    follow.key('a');
    expect(follow.sticks).toBe(true);
    for (const key of ['ArrowUp', 'PageUp', 'Home']) {
      const other = new FollowBottom();
      other.key(key);
      expect(other.sticks, key).toBe(false);
    }
  });

  it('scrolling back down to the bottom resumes following', () => {
    const follow = new FollowBottom();
    follow.scrolled(bottomOf(5000));
    follow.scrolled(at(1000));
    expect(follow.sticks).toBe(false);
    follow.scrolled(at(3000));
    expect(follow.sticks).toBe(false);
    follow.scrolled(at(4400 - AT_BOTTOM_PX));
    expect(follow.sticks).toBe(true);
  });

  it('never sticks while a finger holds the list; letting go decides by where the list is', () => {
    const follow = new FollowBottom();
    follow.hold();
    expect(follow.sticks).toBe(false);
    follow.release(bottomOf(5000));
    expect(follow.sticks).toBe(true);
    follow.hold();
    follow.scrolled(at(4000));
    follow.release(at(4000));
    expect(follow.sticks).toBe(false);
  });

  it('jumpToLatest resumes following', () => {
    const follow = new FollowBottom();
    follow.wheel(-1);
    follow.jumpToLatest();
    expect(follow.sticks).toBe(true);
  });

  it('counts messages added since the user left, and forgets them on return', () => {
    const follow = new FollowBottom();
    follow.setCount(10);
    expect(follow.unseen).toBe(0);
    follow.setCount(12);
    expect(follow.unseen).toBe(0);
    follow.wheel(-1);
    follow.setCount(14);
    expect(follow.unseen).toBe(2);
    follow.jumpToLatest();
    expect(follow.unseen).toBe(0);
    follow.setCount(15);
    expect(follow.unseen).toBe(0);
  });
});

describe('sentMessageId', () => {
  const q = userNode('q1');
  const a = assistantNode('a1');
  it('is the user message at the end of the path, alone or followed by its answer', () => {
    expect(sentMessageId([q])).toBe('q1');
    expect(sentMessageId([q, a])).toBe('q1');
    expect(sentMessageId([q, a, userNode('q2'), assistantNode('a2')])).toBe('q2');
  });
  it('does not change when only the answer changes (regenerate)', () => {
    expect(sentMessageId([q, assistantNode('a9')])).toBe('q1');
  });
  it('is undefined for an empty path', () => {
    expect(sentMessageId([])).toBeUndefined();
  });
});
