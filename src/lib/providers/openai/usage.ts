// Reads OpenAI `usage` and llama.cpp's non-standard `timings` out of a chunk or a whole reply.
import { numberField, recordField } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import type { Timings, Usage } from '../types.ts';

export function readUsage(value: unknown): Usage | undefined {
  if (!isRecord(value)) return undefined;
  const usage: Usage = {};
  const prompt = numberField(value, 'prompt_tokens');
  const completion = numberField(value, 'completion_tokens');
  const total = numberField(value, 'total_tokens');
  const details = recordField(value, 'completion_tokens_details');
  const reasoning = details ? numberField(details, 'reasoning_tokens') : undefined;
  if (prompt !== undefined) usage.prompt_tokens = prompt;
  if (completion !== undefined) usage.completion_tokens = completion;
  if (total !== undefined) usage.total_tokens = total;
  if (reasoning !== undefined) usage.reasoning_tokens = reasoning;
  return Object.keys(usage).length > 0 ? usage : undefined;
}

/** llama-server: `timings: {predicted_per_second, prompt_per_second, …}`. */
export function readServerTimings(value: unknown): Timings | undefined {
  if (!isRecord(value)) return undefined;
  const timings: Timings = {};
  const predicted = numberField(value, 'predicted_per_second');
  const prompt = numberField(value, 'prompt_per_second');
  if (predicted !== undefined) timings.tokens_per_second = predicted;
  if (prompt !== undefined) timings.prompt_tokens_per_second = prompt;
  const promptMs = numberField(value, 'prompt_ms');
  if (promptMs !== undefined) timings.prompt_ms = promptMs;
  return Object.keys(timings).length > 0 ? timings : undefined;
}
