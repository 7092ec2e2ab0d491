import { describe, expect, it } from 'vitest';
import { STREAM_LEASE_MS } from '../conversation/recover.ts';
import { appendUserMessage, createConversation, startAssistantMessage } from '../conversation/tree.ts';
import type { Conversation } from '../conversation/types.ts';
import { HEARTBEAT_MS, Heartbeat, RecoveryTimer, recoveryDelay, refreshLeases } from './leases.ts';
import { LiveStreams } from './live-streams.ts';
import { FakeClock } from './testing/fake-clock.ts';

/** Conversation `id` with one user message and streaming answers leased until the given times. */
function chat(id: string, leases: Record<string, number | undefined>): Conversation {
  let conv = appendUserMessage(createConversation(1, id), 'Q', { id: `${id}-u`, now: 1 });
  for (const [answer, lease_until] of Object.entries(leases))
    conv = startAssistantMessage(conv, `${id}-u`, { id: answer, now: 2, ...(lease_until ? { lease_until } : {}) });
  return conv;
}

describe('refreshLeases', () => {
  it('pushes every lease of this tab’s streams forward and returns the changed copies', () => {
    const streams = new LiveStreams();
    streams.begin(chat('c', { a1: 10 }), 'a1');
    streams.begin(chat('d', { b1: 10 }), 'b1');
    const changed = refreshLeases(streams, 1000);
    expect(changed.map((c) => c.id)).toEqual(['c', 'd']);
    expect(streams.copy('c')?.nodes.a1?.lease_until).toBe(1000 + STREAM_LEASE_MS);
    expect(streams.copy('d')?.nodes.b1?.lease_until).toBe(1000 + STREAM_LEASE_MS);
  });

  it('leaves finished answers alone', () => {
    const streams = new LiveStreams();
    const conv = chat('c', { a1: 10 });
    streams.begin({ ...conv, nodes: { ...conv.nodes, a1: { ...conv.nodes.a1!, status: 'complete' } } }, 'a1');
    expect(refreshLeases(streams, 1000)).toEqual([]);
  });
});

describe('Heartbeat', () => {
  it('beats every HEARTBEAT_MS from start() until stop(); starting twice keeps one beat', async () => {
    const clock = new FakeClock();
    let beats = 0;
    const heartbeat = new Heartbeat(() => beats++, clock);
    heartbeat.start();
    heartbeat.start();
    await clock.advance(HEARTBEAT_MS * 3);
    expect(beats).toBe(3);
    heartbeat.stop();
    await clock.advance(HEARTBEAT_MS * 3);
    expect(beats).toBe(3);
    expect(clock.pending).toBe(0);
  });
});

describe('recovery of other tabs’ streams', () => {
  it('waits for the first lease of another tab’s stream to run out, plus a margin', () => {
    const conv = chat('c', { mine: 500, theirs: 2000, later: 9000 });
    expect(recoveryDelay(conv, (id) => id === 'mine', 1000)).toBe(1100);
    expect(recoveryDelay(conv, () => false, 1000)).toBe(100); // 'mine' already ran out
    expect(recoveryDelay(chat('d', { unleased: undefined }), () => false, 1000)).toBeUndefined();
    expect(recoveryDelay(chat('e', {}), () => false, 1000)).toBeUndefined();
  });

  it('re-reads the conversation when that lease runs out; a new schedule or cancel() replaces it', async () => {
    const clock = new FakeClock(1000);
    const rereads: string[] = [];
    const timer = new RecoveryTimer((id) => rereads.push(id), clock);
    timer.schedule(chat('c', { theirs: 2000 }), () => false);
    timer.schedule(chat('d', { theirs: 3000 }), () => false);
    await clock.advance(5000);
    expect(rereads).toEqual(['d']);
    timer.schedule(chat('e', { theirs: 7000 }), () => false);
    timer.cancel();
    await clock.advance(5000);
    expect(rereads).toEqual(['d']);
    timer.schedule(chat('f', { mine: 99_999 }), (id) => id === 'mine'); // only this tab's: nothing to wait for
    expect(clock.pending).toBe(0);
  });
});
