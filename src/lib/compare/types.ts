// The stored shape of a comparison: one prompt asked of 2–4 models (columns), each asked one or more
// times (runs). A run's answer is an assistant MessageNode, so the chat's reducer, statuses, errors and
// timings apply unchanged. Pure types.
import type { ChatParams } from '../providers/types.ts';
import type { MessageNode } from '../conversation/types.ts';

export const COMPARISON_SCHEMA_VERSION = 1;
export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;
export const MAX_RUNS = 20;

/**
 * How runs are scheduled: 'columns' = the columns at the same time, each model's runs one after another;
 * 'all' = every run at once; 'serial' = one request at a time (fair when every model shares one GPU).
 */
export type RunMode = 'columns' | 'all' | 'serial';

export interface CompareColumn {
  id: string;
  connection_id: string;
  connection_name: string;
  model_id: string;
  /** per-column override of the comparison's system prompt (absent: the comparison's) */
  system_prompt?: string;
  /** per-column parameters, merged over the comparison's */
  params?: ChatParams;
}

/** What the browser itself saw of a run's stream (text deltas counted as tokens when the server gives no count). */
export interface MeasuredTimes {
  /** request sent → first text or reasoning delta */
  ttft_ms?: number;
  /** request sent → stream ended */
  total_ms?: number;
  /** first delta → last delta */
  stream_ms?: number;
  /** text and reasoning deltas received */
  deltas: number;
}

export interface CompareRun {
  id: string;
  column_id: string;
  /** 1-based, per column */
  index: number;
  /** the answer: content, status, error, finish_reason, usage, timings (as the chat stores them) */
  answer: MessageNode;
  measured?: MeasuredTimes;
}

export interface Comparison {
  schema_version: number;
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  prompt: string;
  system_prompt?: string;
  params?: ChatParams;
  columns: CompareColumn[];
  runs_per_model: number;
  mode: RunMode;
  runs: Record<string, CompareRun>;
  /** revision of title, prompt, columns and settings (runs carry their own `answer.rev`) */
  meta_rev?: number;
  /** removed runs, so a merge with another tab's older copy does not bring them back */
  deleted_run_ids?: string[];
}

export interface ComparisonSummary {
  id: string;
  title: string;
  updated_at: number;
  models: string[];
  runs: number;
}
