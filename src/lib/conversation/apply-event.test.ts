import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, statusForFinish } from './apply-event.ts';
import type { ChatEvent, FinishReason } from '../providers/types.ts';
import type { ProviderError } from '../providers/errors.ts';
import { assistantNode } from './testing/builders.ts';

const streaming = assistantNode('a', { parent_id: 'u', content: '', status: 'streaming', lease_until: 500 });

const providerError: ProviderError = {
  name: 'ProviderError',
  kind: 'network',
  message: 'The connection dropped',
  phase: 'stream',
  request: { method: 'POST', url: 'http://localhost:11434/api/chat', headers: {} },
  retryable: true,
};

const start: ChatEvent = {
  type: 'start',
  request: { method: 'POST', url: 'http://x/v1/chat/completions', headers: {} },
  model: 'llama3',
  warnings: [],
};

const finish = (unified: FinishReason, raw?: string): ChatEvent => ({
  type: 'finish',
  reason: raw === undefined ? { unified } : { unified, raw },
});

describe('applyEvent', () => {
  it('appends text and reasoning deltas in order', () => {
    const node = applyEvents(streaming, [
      start,
      { type: 'reasoning-delta', text: 'Let me ' },
      { type: 'reasoning-delta', text: 'think.' },
      { type: 'text-delta', text: 'Hel' },
      { type: 'text-delta', text: 'lo' },
    ]);
    expect(node.content).toBe('Hello');
    expect(node.reasoning).toBe('Let me think.');
    expect(node.status).toBe('streaming');
  });

  it('never mutates the input and bumps rev on each change', () => {
    const frozen = JSON.stringify(streaming);
    const next = applyEvent(streaming, { type: 'text-delta', text: 'x' });
    expect(JSON.stringify(streaming)).toBe(frozen);
    expect(next.rev).toBe(1);
    expect(applyEvent(next, { type: 'text-delta', text: 'y' }).rev).toBe(2);
  });

  it('returns the same node for empty deltas', () => {
    expect(applyEvent(streaming, { type: 'text-delta', text: '' })).toBe(streaming);
    expect(applyEvent(streaming, { type: 'reasoning-delta', text: '' })).toBe(streaming);
  });

  it('start fills a missing model id and records warnings, but keeps a requested model', () => {
    const next = applyEvent(streaming, { ...start, warnings: ['top_k ignored'] } as ChatEvent);
    expect(next.model_id).toBe('llama3');
    expect(next.warnings).toEqual(['top_k ignored']);
    const requested = applyEvent({ ...streaming, model_id: 'mine' }, start);
    expect(requested.model_id).toBe('mine');
    expect(requested).toEqual({ ...streaming, model_id: 'mine' });
  });

  it.each([
    ['stop', 'complete'],
    ['length', 'complete'],
    ['content-filter', 'complete'],
    ['tool-calls', 'complete'],
    ['other', 'complete'],
    ['interrupted', 'interrupted'],
    ['aborted', 'aborted'],
    ['timeout', 'error'],
    ['error', 'error'],
  ] as const)('finish %s → %s, keeping the partial text and clearing the lease', (reason, status) => {
    expect(statusForFinish(reason)).toBe(status);
    const node = applyEvents(streaming, [
      { type: 'text-delta', text: 'partial answ' },
      finish(reason, `raw-${reason}`),
    ]);
    expect(node.status).toBe(status);
    expect(node.content).toBe('partial answ');
    expect(node.finish_reason).toEqual({ unified: reason, raw: `raw-${reason}` });
    expect(node.lease_until).toBeUndefined();
  });

  it('stores usage and timings from finish', () => {
    const node = applyEvent(streaming, {
      type: 'finish',
      reason: { unified: 'stop' },
      usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 },
      timings: { tokens_per_second: 42.5, ttft_ms: 120 },
    });
    expect(node.usage).toEqual({ prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 });
    expect(node.timings).toEqual({ tokens_per_second: 42.5, ttft_ms: 120 });
  });

  it('an error keeps the partial text and the error object; finish then marks it error', () => {
    const node = applyEvents(streaming, [
      { type: 'text-delta', text: 'Once upon' },
      { type: 'error', error: providerError },
      finish('error'),
    ]);
    expect(node).toMatchObject({ status: 'error', content: 'Once upon', error: providerError });
  });

  it('a finish claiming success after an error still ends as error', () => {
    const node = applyEvents(streaming, [{ type: 'error', error: providerError }, finish('stop')]);
    expect(node.status).toBe('error');
  });

  it('an abort keeps what arrived', () => {
    const node = applyEvents(streaming, [
      { type: 'text-delta', text: 'Stopped here' },
      { type: 'reasoning-delta', text: 'hmm' },
      finish('aborted'),
    ]);
    expect(node).toMatchObject({ status: 'aborted', content: 'Stopped here', reasoning: 'hmm' });
  });

  it('does not discard deltas that arrive after finish', () => {
    const node = applyEvents(streaming, [finish('stop'), { type: 'text-delta', text: 'late' }]);
    expect(node.content).toBe('late');
  });
});
