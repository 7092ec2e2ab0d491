// The small facts line under an answer: model, server, time to first token, speed, token counts.
import type { MessageNode } from '../conversation/types.ts';
import { visibleId, visibleName } from '../connections/visible-name.ts';

export function messageMeta(node: MessageNode): string[] {
  const parts: string[] = [];
  if (node.model_id) parts.push(visibleId(node.model_id));
  if (node.connection_name) parts.push(`on ${visibleName(node.connection_name)}`);
  const t = node.timings;
  if (t?.ttft_ms !== undefined) parts.push(`first token ${formatMs(t.ttft_ms)}`);
  if (t?.tokens_per_second !== undefined && Number.isFinite(t.tokens_per_second))
    parts.push(`${t.tokens_per_second.toFixed(1)} tok/s`);
  const u = node.usage;
  if (u?.prompt_tokens !== undefined) parts.push(`${u.prompt_tokens} prompt tokens`);
  if (u?.completion_tokens !== undefined) parts.push(`${u.completion_tokens} completion tokens`);
  return parts;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
