import { describe, expect, it } from 'vitest';
import { hasLiveStream, recoverConversation, refreshLease, STREAM_LEASE_MS } from './recover.ts';
import { updateNode } from './tree.ts';
import { chatWithTurns } from './testing/builders.ts';

/** u → a, the answer streaming 'Once upon a' (rev 1) under the given lease */
const midStream = (lease?: number) =>
  chatWithTurns([{ ask: 'Tell me a story', ids: ['u', 'a'], lease_until: lease, answer: { content: 'Once upon a' } }]);

describe('recoverConversation', () => {
  it('marks a stream whose lease ran out as interrupted, keeping the partial text', () => {
    const c = recoverConversation(midStream(1000), 1001);
    expect(c.nodes.a).toMatchObject({
      status: 'interrupted',
      content: 'Once upon a',
      finish_reason: { unified: 'interrupted' },
    });
    expect(c.nodes.a?.lease_until).toBeUndefined();
    expect(c.nodes.a?.rev).toBe(2);
  });

  it('marks a streaming node without any lease as interrupted', () => {
    expect(recoverConversation(midStream(), 5).nodes.a?.status).toBe('interrupted');
  });

  it("leaves another tab's live stream alone (lease in the future, or exactly now)", () => {
    const live = midStream(2000);
    expect(recoverConversation(live, 1999)).toBe(live);
    expect(recoverConversation(live, 2000)).toBe(live);
    expect(hasLiveStream(live, 1999)).toBe(true);
    expect(hasLiveStream(live, 2001)).toBe(false);
  });

  it('leaves finished nodes alone', () => {
    const done = updateNode(midStream(10), 'a', (n) => ({ ...n, status: 'complete' }));
    expect(recoverConversation(done, 99_999)).toBe(done);
  });

  it('does not mutate its input', () => {
    const c = midStream(10);
    const frozen = JSON.stringify(c);
    recoverConversation(c, 100);
    expect(JSON.stringify(c)).toBe(frozen);
  });
});

describe('refreshLease', () => {
  it('pushes the lease of a streaming node forward without bumping rev', () => {
    const c = midStream(10);
    const next = refreshLease(c, 'a', 5000);
    expect(next.nodes.a?.lease_until).toBe(5000 + STREAM_LEASE_MS);
    expect(next.nodes.a?.rev).toBe(c.nodes.a?.rev);
    expect(refreshLease(next, 'a', 6000, 100).nodes.a?.lease_until).toBe(6100);
  });

  it('ignores finished or unknown nodes', () => {
    const done = updateNode(midStream(10), 'a', (n) => ({ ...n, status: 'complete' }));
    expect(refreshLease(done, 'a', 1)).toBe(done);
    expect(refreshLease(done, 'zzz', 1)).toBe(done);
  });
});
