import { describe, expect, it } from 'vitest';
import { appendUserMessage, createConversation, startAssistantMessage } from '../conversation/tree.ts';
import type { Conversation } from '../conversation/types.ts';
import { LiveStreams } from './live-streams.ts';

/** Conversation `id` with a user message and streaming answers `answers`. */
function chat(id: string, answers: string[]): Conversation {
  let conv = appendUserMessage(createConversation(1, id), 'Q', { id: `${id}-u`, now: 1 });
  for (const a of answers) conv = startAssistantMessage(conv, `${id}-u`, { id: a, now: 2 });
  return conv;
}

describe('LiveStreams', () => {
  it('keeps the freshest copy of a conversation while one of its answers streams', () => {
    const streams = new LiveStreams();
    const conv = chat('c', ['a1']);
    streams.begin(conv, 'a1');
    expect(streams.copy('c')).toBe(conv);
    expect(streams.isStreaming('a1')).toBe(true);
    expect(streams.hasAnswer('c', 'a1')).toBe(true);
    const newer = { ...conv, title: 'newer' };
    streams.update(newer);
    expect(streams.copy('c')).toBe(newer);
    streams.update(chat('other', [])); // not streamed here: ignored
    expect(streams.copy('other')).toBeUndefined();
    expect(streams.conversations()).toEqual([newer]);
    expect(streams.answers()).toEqual([['a1', 'c']]);
  });

  it('drops the copy when the last answer of its conversation finishes, and tells when none is left', () => {
    const streams = new LiveStreams();
    const conv = chat('c', ['a1', 'a2']);
    streams.begin(conv, 'a1');
    streams.begin(conv, 'a2');
    expect(streams.finish('a1', 'c')).toEqual({ final: conv, idle: false });
    expect(streams.copy('c')).toBe(conv);
    expect(streams.finish('a2', 'c')).toEqual({ final: conv, idle: true });
    expect(streams.copy('c')).toBeUndefined();
  });

  it('stops the streams of one conversation, or one answer', () => {
    const streams = new LiveStreams();
    const one = streams.begin(chat('c', ['a1']), 'a1');
    const two = streams.begin(chat('c', ['a1', 'a2']), 'a2');
    const other = streams.begin(chat('d', ['b1']), 'b1');
    streams.abort(undefined);
    expect([one.signal.aborted, two.signal.aborted, other.signal.aborted]).toEqual([false, false, false]);
    streams.abortAnswer('b1');
    expect(other.signal.aborted).toBe(true);
    streams.abort('c');
    expect([one.signal.aborted, two.signal.aborted]).toEqual([true, true]);
  });

  it('forgets a deleted conversation: its streams stop and its answers are gone', () => {
    const streams = new LiveStreams();
    const controller = streams.begin(chat('c', ['a1']), 'a1');
    streams.drop('c');
    expect(controller.signal.aborted).toBe(true);
    expect(streams.hasAnswer('c', 'a1')).toBe(false);
    expect(streams.conversations()).toEqual([]);
  });
});
