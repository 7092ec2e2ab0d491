// One /api/generate object (a streamed NDJSON line, or the whole stream:false reply) → ChatEvents.
// `response` → text (with inline <think> split out), `thinking` → reasoning, `done: true` → finish with
// done_reason, token counts as usage and speeds from the nanosecond durations.
import type { AdapterEvent } from '../adapter.ts';
import { numberField, stringField } from '../json.ts';
import { toEvent, type ThinkSplitter } from '../think-splitter.ts';
import type { FinishReason, Timings, Usage } from '../types.ts';

export function deltaEvents(line: Record<string, unknown>, splitter: ThinkSplitter): AdapterEvent[] {
  const events: AdapterEvent[] = [];
  const thinking = stringField(line, 'thinking');
  const response = stringField(line, 'response');
  if (thinking) events.push({ type: 'reasoning-delta', text: thinking });
  if (response) events.push(...splitter.push(response).map(toEvent));
  return events;
}

export function finishEvent(done: Record<string, unknown>): AdapterEvent {
  const raw = stringField(done, 'done_reason');
  const usage = readUsage(done);
  const timings = readTimings(done);
  return {
    type: 'finish',
    reason: raw ? { unified: mapDoneReason(raw), raw } : { unified: 'stop' },
    ...(usage ? { usage } : {}),
    ...(timings ? { timings } : {}),
  };
}

/** `done: true` with no done_reason (older servers) still means a complete reply. */
export function mapDoneReason(raw: string): FinishReason {
  switch (raw) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    default:
      return 'other'; // "load", "unload"
  }
}

function readUsage(done: Record<string, unknown>): Usage | undefined {
  const prompt = numberField(done, 'prompt_eval_count');
  const completion = numberField(done, 'eval_count');
  if (prompt === undefined && completion === undefined) return undefined;
  const usage: Usage = {};
  if (prompt !== undefined) usage.prompt_tokens = prompt;
  if (completion !== undefined) usage.completion_tokens = completion;
  if (prompt !== undefined && completion !== undefined) usage.total_tokens = prompt + completion;
  return usage;
}

function readTimings(done: Record<string, unknown>): Timings | undefined {
  const timings: Timings = {};
  const generated = perSecond(numberField(done, 'eval_count'), numberField(done, 'eval_duration'));
  const prompt = perSecond(numberField(done, 'prompt_eval_count'), numberField(done, 'prompt_eval_duration'));
  if (generated !== undefined) timings.tokens_per_second = generated;
  if (prompt !== undefined) timings.prompt_tokens_per_second = prompt;
  const promptNs = numberField(done, 'prompt_eval_duration');
  if (promptNs !== undefined && promptNs >= 0) timings.prompt_ms = promptNs / 1e6;
  return Object.keys(timings).length > 0 ? timings : undefined;
}

function perSecond(count: number | undefined, nanoseconds: number | undefined): number | undefined {
  if (count === undefined || nanoseconds === undefined || nanoseconds <= 0) return undefined;
  return (count / nanoseconds) * 1e9;
}
