// The numbers of a comparison, each with where it came from: measured in the browser (time to the
// first delta, delta pace, total) or reported by the server (llama-server `timings`, Ollama
// eval_count/eval_duration/prompt_eval_duration, OpenAI-style `usage`). Both are kept when both exist.
import { runsOf } from './comparison.ts';
import type { CompareColumn, CompareRun, Comparison } from './types.ts';

export interface RunFigures {
  /** browser: request sent → first delta */
  ttft_ms?: number;
  /** server: its prompt processing time */
  server_prompt_ms?: number;
  /** browser: tokens after the first over the time from first to last delta */
  tps_browser?: number;
  /** server: generation speed it reported */
  tps_server?: number;
  tokens?: number;
  /** 'server' when usage / eval_count said; 'browser' when the deltas were counted */
  tokens_source?: 'server' | 'browser';
  total_ms?: number;
  finish?: string;
}

export function runFigures(run: CompareRun): RunFigures {
  const { answer, measured } = run;
  const f: RunFigures = {};
  const ttft = measured?.ttft_ms ?? answer.timings?.ttft_ms;
  if (ttft !== undefined) f.ttft_ms = ttft;
  if (answer.timings?.prompt_ms !== undefined) f.server_prompt_ms = answer.timings.prompt_ms;
  const serverTokens = answer.usage?.completion_tokens;
  if (serverTokens !== undefined) Object.assign(f, { tokens: serverTokens, tokens_source: 'server' });
  else if (measured && measured.deltas > 0) Object.assign(f, { tokens: measured.deltas, tokens_source: 'browser' });
  const tps = answer.timings?.tokens_per_second;
  if (tps !== undefined && Number.isFinite(tps) && !answer.timings?.tokens_per_second_estimated) f.tps_server = tps;
  const streamMs = measured?.stream_ms;
  if (f.tokens !== undefined && f.tokens > 1 && streamMs !== undefined && streamMs > 0)
    f.tps_browser = (f.tokens - 1) / (streamMs / 1000);
  const total = measured?.total_ms ?? answer.timings?.total_ms;
  if (total !== undefined) f.total_ms = total;
  if (answer.finish_reason) f.finish = answer.finish_reason.raw ?? answer.finish_reason.unified;
  return f;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  count: number;
}

export function spread(values: readonly number[]): Spread | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)!, count: sorted.length };
}

export interface ColumnStats {
  column: CompareColumn;
  runs: number;
  finished: number;
  ttft?: Spread;
  server_prompt?: Spread;
  tps_browser?: Spread;
  tps_server?: Spread;
}

function pick(figures: readonly RunFigures[], key: keyof RunFigures): number[] {
  return figures.map((f) => f[key]).filter((v): v is number => typeof v === 'number');
}

/** min/median/max per column over its finished runs that completed. */
export function columnStats(c: Comparison): ColumnStats[] {
  return c.columns.map((column) => {
    const runs = runsOf(c, column.id);
    const done = runs.filter((r) => r.answer.status === 'complete');
    const figures = done.map(runFigures);
    const stats: ColumnStats = { column, runs: runs.length, finished: done.length };
    const ttft = spread(pick(figures, 'ttft_ms'));
    const prompt = spread(pick(figures, 'server_prompt_ms'));
    const browser = spread(pick(figures, 'tps_browser'));
    const server = spread(pick(figures, 'tps_server'));
    if (ttft) stats.ttft = ttft;
    if (prompt) stats.server_prompt = prompt;
    if (browser) stats.tps_browser = browser;
    if (server) stats.tps_server = server;
    return stats;
  });
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function formatRate(tps: number | undefined): string {
  return tps === undefined ? '—' : `${tps.toFixed(1)} tok/s`;
}
