import { describe, expect, it, vi } from 'vitest';
import { activePath } from '../conversation/branches.ts';
import { STREAM_LEASE_MS } from '../conversation/recover.ts';
import { createConversation } from '../conversation/tree.ts';
import type { Conversation, MessageNode } from '../conversation/types.ts';
import { PIECE_CHARS, SPLIT_FROM_CHARS, joinText, type PieceText } from '../conversation/pieces.ts';
import type { StreamChatOptions } from '../providers/index.ts';
import type { ChatEvent } from '../providers/types.ts';
import { HEARTBEAT_MS } from './leases.ts';
import { LiveStreams } from './live-streams.ts';
import { StreamRunner, requestFor, withStreamed, type RunnerDeps } from './stream-runner.ts';
import { FakeClock } from './testing/fake-clock.ts';
import { HeldStream, finish, nextTask, testConnection, text } from './testing/held-stream.ts';
import { sendTurn, type ModelChoice } from './user-turns.ts';

const choice: ModelChoice = { connection: testConnection, model_id: 'm1' };

/** A runner over a held stream, recording what it shows, queues and saves. */
function setup(overrides: Partial<RunnerDeps> = {}) {
  const clock = new FakeClock();
  const server = new HeldStream();
  const streams = new LiveStreams();
  const shown: Conversation[] = [];
  const queued: Conversation[] = [];
  const pieces: PieceText[] = [];
  const saved: Conversation[] = [];
  const deleted = new Set<string>();
  let streaming: ReadonlySet<string> = new Set();
  const runner = new StreamRunner({
    tabId: 'tab-1',
    stream: server.stream,
    schedule: nextTask,
    streams,
    persistence: {
      queue: (conv) => void queued.push(conv),
      queuePieces: (_id, cut) => void pieces.push(...cut),
      save: async (conv) => void saved.push(conv),
      isDeleted: (id) => deleted.has(id),
    },
    show: (conv) => void shown.push(conv),
    onStreamingChange: (ids) => (streaming = ids),
    clock,
    ...overrides,
  });
  const newId = counter();
  const turn = (text: string) => sendTurn(null, text, choice, {}, { now: clock.now(), newId });
  return { runner, server, streams, clock, shown, queued, pieces, saved, deleted, turn, streaming: () => streaming };
}

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const answer = (conv: Conversation | undefined): MessageNode | undefined =>
  conv ? activePath(conv).at(-1) : undefined;

describe('StreamRunner', () => {
  it('owns and stores the turn, streams into its answer, and saves it when the stream ends', async () => {
    const t = setup();
    const turn = t.turn('Hi');
    await t.runner.start(turn, choice);
    expect(answer(t.saved[0])).toMatchObject({ id: turn.answerId, status: 'streaming', lease_owner: 'tab-1' });
    expect(t.streaming()).toEqual(new Set([turn.answerId]));
    expect(t.server.requests).toEqual([{ model: 'm1', messages: [{ role: 'user', content: 'Hi' }] }]);

    t.server.send(text('Hel'), text('lo'));
    await vi.waitFor(() => expect(answer(t.shown.at(-1))?.content).toBe('Hello'));
    expect(answer(t.queued.at(-1))?.content).toBe('Hello');
    t.server.send(finish);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));

    expect(answer(t.saved.at(-1))).toMatchObject({ content: 'Hello', status: 'complete' });
    expect(t.shown.at(-1)).toBe(t.saved.at(-1));
    expect(t.streams.copy(turn.conv.id)).toBeUndefined();
    expect(t.clock.pending).toBe(0); // no heartbeat left
  });

  it('asks the server while the turn is still being stored; the answer’s text waits for that store', async () => {
    let stored!: () => void;
    const saving = new Promise<void>((resolve) => (stored = resolve));
    const saved: Conversation[] = [];
    const t = setup({
      persistence: {
        queue: () => undefined,
        queuePieces: () => undefined,
        save: async (conv) => (saved.push(conv), saving),
        isDeleted: () => false,
      },
    });
    const turn = t.turn('Hi');
    let started = false;
    const start = t.runner.start(turn, choice).then(() => (started = true));
    // a save is a read-merge-write of IndexedDB (20–50 ms here): the request does not wait for it
    await vi.waitFor(() => expect(t.server.requests).toHaveLength(1));
    expect(started).toBe(false);
    expect(answer(saved[0])).toMatchObject({ id: turn.answerId, status: 'streaming', lease_owner: 'tab-1' });
    // its journal would queue behind the turn's write (one store), and a reload then loses both
    t.server.send(text('Hi there'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.shown.map((c) => answer(c)?.content)).not.toContain('Hi there');
    stored();
    await start;
    await vi.waitFor(() => expect(answer(t.shown.at(-1))?.content).toBe('Hi there'));
    t.server.send(finish);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
    expect(answer(saved.at(-1))).toMatchObject({ content: 'Hi there', status: 'complete' });
  });

  it('moves a long answer into pieces as it grows: each piece queued once, the queued copy small', async () => {
    const t = setup();
    const turn = t.turn('Write a lot');
    await t.runner.start(turn, choice);
    const chunk = 'x'.repeat(100_000) + '\n';
    const chunks = Array.from({ length: 12 }, (_, i) => chunk.replace('x', String(i % 10)));
    for (const c of chunks) {
      t.server.send(text(c));
      await vi.waitFor(() => expect(t.queued.length).toBeGreaterThan(0));
    }
    t.server.send(finish);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
    const whole = chunks.join('');
    expect(whole.length).toBeGreaterThan(SPLIT_FROM_CHARS);
    const final = answer(t.saved.at(-1)) as MessageNode;
    expect(final.pieces?.count).toBeGreaterThanOrEqual(Math.floor(whole.length / PIECE_CHARS));
    expect(final.content.length).toBeLessThan(PIECE_CHARS);
    expect(t.pieces.map((p) => p.index)).toEqual([...Array(final.pieces?.count).keys()]);
    expect(
      joinText(
        final,
        t.pieces.map((p) => p.text),
      ),
    ).toBe(whole);
    for (const conv of t.queued) expect(answer(conv)?.content.length).toBeLessThan(SPLIT_FROM_CHARS);
  });

  it('sends an earlier answer kept in pieces whole to the server', async () => {
    const wholeText = 'the whole earlier answer';
    const t = setup({
      whole: async (conv) => ({
        ...conv,
        nodes: Object.fromEntries(
          Object.entries(conv.nodes).map(([id, n]) => [
            id,
            n.pieces ? { ...n, content: wholeText, pieces: undefined } : n,
          ]),
        ),
      }),
    });
    const first = t.turn('First');
    await t.runner.start(first, choice);
    t.server.send(text('answer tail'), finish);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
    const done = t.saved.at(-1) as Conversation;
    const pieced = {
      ...done,
      nodes: {
        ...done.nodes,
        [first.answerId]: { ...done.nodes[first.answerId]!, pieces: { count: 1, size: 8, chars: 8 } },
      },
    };
    let n = 0;
    const second = sendTurn(pieced, 'Next', choice, {}, { now: 5, newId: () => `second-${++n}` });
    await t.runner.start(second, choice);
    await vi.waitFor(() => expect(t.server.requests).toHaveLength(2));
    expect(t.server.requests[1]?.messages.map((m) => m.content)).toEqual(['First', wholeText, 'Next']);
  });

  it('keeps the partial answer when its stream is stopped', async () => {
    const t = setup();
    const turn = t.turn('Long story');
    await t.runner.start(turn, choice);
    t.server.send(text('Once'));
    await vi.waitFor(() => expect(answer(t.shown.at(-1))?.content).toBe('Once'));
    t.streams.abort(turn.conv.id);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
    expect(answer(t.saved.at(-1))).toMatchObject({ content: 'Once', status: 'aborted' });
  });

  it('leaves the answer streaming when the page goes away: the torn-down stream’s error is not recorded', async () => {
    let leaving = false;
    const t = setup({ leaving: () => leaving });
    const turn = t.turn('Reload during this');
    await t.runner.start(turn, choice);
    t.server.send(text('Hello'));
    await vi.waitFor(() => expect(answer(t.shown.at(-1))?.content).toBe('Hello'));
    const queued = t.queued.length;
    leaving = true; // pagehide; then the browser aborts the fetch under the page
    t.server.send({ type: 'error', error: { kind: 'network', message: 'Failed to fetch' } } as unknown as ChatEvent, {
      type: 'finish',
      reason: { unified: 'error' },
    });
    await vi.waitFor(() => expect(t.server.waiting).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.saved).toHaveLength(1); // only the turn's start
    expect(t.queued).toHaveLength(queued);
    expect(answer(t.shown.at(-1))).toMatchObject({ content: 'Hello', status: 'streaming' });
  });

  it('stops reading a deleted conversation’s stream and never saves it again', async () => {
    const t = setup();
    const turn = t.turn('Doomed');
    await t.runner.start(turn, choice);
    t.deleted.add(turn.conv.id);
    t.streams.drop(turn.conv.id);
    t.server.send(text('ignored'));
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
    expect(t.saved).toHaveLength(1); // only the turn's start
    expect(t.queued).toEqual([]);
  });

  it('refreshes the answer’s lease while the server is silent', async () => {
    const t = setup();
    const turn = t.turn('Think hard');
    await t.runner.start(turn, choice);
    await t.clock.advance(HEARTBEAT_MS);
    expect(answer(t.queued.at(-1))?.lease_until).toBe(t.clock.now() + STREAM_LEASE_MS);
    expect(t.shown.at(-1)).toBe(t.queued.at(-1));
    t.server.send(finish);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
    expect(answer(t.saved.at(-1))?.lease_until).toBeUndefined();
  });

  it('applies a burst of events as one update when the frame comes', async () => {
    const frames: (() => void)[] = [];
    const t = setup({ schedule: (run) => (frames.push(run), () => {}) });
    await t.runner.start(t.turn('Burst'), choice);
    const before = t.shown.length;
    t.server.waiting = false;
    t.server.send(text('a'), text('b'), text('c'));
    await vi.waitFor(() => expect(t.server.waiting).toBe(true)); // all three handed over
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(t.shown.length).toBe(before + 1);
    expect(answer(t.shown.at(-1))?.content).toBe('abc');
    t.server.send(finish);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
  });

  it('passes the connection’s stream options and its own abort signal', async () => {
    const seen: StreamChatOptions[] = [];
    const t = setup({
      streamOptions: () => ({ idleTimeoutMs: 5 }),
      stream: (c, r, o) => {
        seen.push(o);
        return t.server.stream(c, r, o);
      },
    });
    await t.runner.start(t.turn('Options'), choice);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ idleTimeoutMs: 5 });
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
    t.server.send(finish);
    await vi.waitFor(() => expect(t.streaming().size).toBe(0));
  });
});

describe('requestFor and withStreamed', () => {
  it('asks for the current branch, with the system prompt and the chat’s parameters', () => {
    const start = createConversation(1, 'c', { system_prompt: 'Be brief.', params: { temperature: 0.2 } });
    const { conv } = sendTurn(start, 'Q', choice, {}, { now: 5, newId: counter() });
    expect(requestFor(conv, choice)).toEqual({
      model: 'm1',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Q' },
      ],
      params: { temperature: 0.2 },
    });
  });

  it('folds a batch of events into the answer and pushes its lease forward', () => {
    const { conv, answerId } = sendTurn(null, 'Q', choice, {}, { now: 5, newId: counter() });
    const next = withStreamed(conv, answerId, [text('a'), text('b'), finish], 100);
    expect(next.nodes[answerId]).toMatchObject({ content: 'ab', status: 'complete' });
    const streaming = withStreamed(conv, answerId, [text('a')], 100);
    expect(streaming.nodes[answerId]?.lease_until).toBe(100 + STREAM_LEASE_MS);
    expect(streaming.updated_at).toBe(100);
  });
});
