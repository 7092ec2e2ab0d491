// The small facts line under an answer: model, server, time to first token, speed, token counts. Pure:
// the words (and the way numbers are written) are passed in; English by default.
import type { MessageNode } from '../conversation/types.ts';
import { visibleId, visibleName } from '../connections/visible-name.ts';

/** How each fact is written, in the interface language. */
export interface MetaWords {
  on(server: string): string;
  firstTokenMs(ms: number): string;
  firstTokenSeconds(seconds: number): string;
  speed(tokensPerSecond: number): string;
  promptTokens(count: number): string;
  completionTokens(count: number): string;
}

export const ENGLISH_META: MetaWords = {
  on: (server) => `on ${server}`,
  firstTokenMs: (ms) => `first token ${ms} ms`,
  firstTokenSeconds: (s) => `first token ${s.toFixed(2)} s`,
  speed: (rate) => `${rate.toFixed(1)} tok/s`,
  promptTokens: (n) => `${n} prompt tokens`,
  completionTokens: (n) => `${n} completion tokens`,
};

export function messageMeta(node: MessageNode, words: MetaWords = ENGLISH_META): string[] {
  const parts: string[] = [];
  if (node.model_id) parts.push(visibleId(node.model_id));
  if (node.connection_name) parts.push(words.on(visibleName(node.connection_name)));
  const t = node.timings;
  if (t?.ttft_ms !== undefined)
    parts.push(
      t.ttft_ms < 1000 ? words.firstTokenMs(Math.round(t.ttft_ms)) : words.firstTokenSeconds(t.ttft_ms / 1000),
    );
  if (t?.tokens_per_second !== undefined && Number.isFinite(t.tokens_per_second))
    parts.push(words.speed(t.tokens_per_second));
  const u = node.usage;
  if (u?.prompt_tokens !== undefined) parts.push(words.promptTokens(u.prompt_tokens));
  if (u?.completion_tokens !== undefined) parts.push(words.completionTokens(u.completion_tokens));
  return parts;
}
