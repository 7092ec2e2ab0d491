// Pure edits of a comparison: creating it, adding runs, folding streamed events into a run's answer
// (the chat's reducer), recording what the browser measured, and reading runs back per column.
// Every function returns a new Comparison; ids and times are passed in.
import { applyEvents } from '../conversation/apply-event.ts';
import type { MessageNode } from '../conversation/types.ts';
import type { ChatEvent } from '../providers/types.ts';
import {
  COMPARISON_SCHEMA_VERSION,
  MAX_RUNS,
  type CompareColumn,
  type CompareRun,
  type Comparison,
  type ComparisonSummary,
  type MeasuredTimes,
  type RunMode,
} from './types.ts';

export interface ComparisonInit {
  prompt: string;
  columns: CompareColumn[];
  system_prompt?: string;
  params?: Comparison['params'];
  runs_per_model?: number;
  mode?: RunMode;
}

export function clampRuns(n: number): number {
  return Number.isFinite(n) ? Math.min(MAX_RUNS, Math.max(1, Math.round(n))) : 1;
}

export function titleFor(prompt: string): string {
  const line = prompt.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line || 'Comparison';
}

export function createComparison(id: string, now: number, init: ComparisonInit): Comparison {
  const c: Comparison = {
    schema_version: COMPARISON_SCHEMA_VERSION,
    id,
    title: titleFor(init.prompt),
    created_at: now,
    updated_at: now,
    prompt: init.prompt,
    columns: init.columns.map((col) => ({ ...col })),
    runs_per_model: clampRuns(init.runs_per_model ?? 1),
    mode: init.mode ?? 'columns',
    runs: {},
  };
  if (init.system_prompt) c.system_prompt = init.system_prompt;
  if (init.params) c.params = init.params;
  return c;
}

/** A new, empty, streaming run of `column`, numbered after that column's existing runs. */
export function addRun(c: Comparison, column: CompareColumn, id: string, now: number): Comparison {
  const index = runsOf(c, column.id).length + 1;
  const answer: MessageNode = {
    id,
    children: [],
    role: 'assistant',
    content: '',
    status: 'streaming',
    created_at: now,
    model_id: column.model_id,
    connection_id: column.connection_id,
    connection_name: column.connection_name,
  };
  const run: CompareRun = { id, column_id: column.id, index, answer };
  return { ...c, runs: { ...c.runs, [id]: run }, updated_at: now };
}

function updateRun(c: Comparison, runId: string, edit: (r: CompareRun) => CompareRun, now: number): Comparison {
  const run = c.runs[runId];
  if (!run) return c;
  const next = edit(run);
  return next === run ? c : { ...c, runs: { ...c.runs, [runId]: next }, updated_at: now };
}

/** Streamed events folded into a run's answer (text is only ever appended). */
export function withRunEvents(c: Comparison, runId: string, events: readonly ChatEvent[], now: number): Comparison {
  return updateRun(
    c,
    runId,
    (r) => {
      const answer = applyEvents(r.answer, events);
      return answer === r.answer ? r : { ...r, answer };
    },
    now,
  );
}

/** What the browser measured of a run, recorded beside its answer. */
export function withMeasured(c: Comparison, runId: string, measured: MeasuredTimes, now: number): Comparison {
  return updateRun(c, runId, (r) => ({ ...r, measured, answer: { ...r.answer, rev: (r.answer.rev ?? 0) + 1 } }), now);
}

/** A run whose stream has no live owner any more (a reload, a closed tab): kept, marked interrupted. */
export function interruptStale(c: Comparison, live: ReadonlySet<string>, now: number): Comparison {
  let next = c;
  for (const run of Object.values(c.runs)) {
    if (run.answer.status !== 'streaming' || live.has(run.id)) continue;
    next = updateRun(
      next,
      run.id,
      (r) => ({ ...r, answer: { ...r.answer, status: 'interrupted', rev: (r.answer.rev ?? 0) + 1 } }),
      now,
    );
  }
  return next;
}

/** The runs of one column, in order. */
export function runsOf(c: Comparison, columnId: string): CompareRun[] {
  return Object.values(c.runs)
    .filter((r) => r.column_id === columnId)
    .sort((a, b) => a.index - b.index || a.answer.created_at - b.answer.created_at);
}

/** The run a column shows: its newest. */
export function latestRun(c: Comparison, columnId: string): CompareRun | undefined {
  return runsOf(c, columnId).at(-1);
}

export function isFinished(run: CompareRun): boolean {
  return run.answer.status !== 'streaming';
}

export function summariseComparison(c: Comparison): ComparisonSummary {
  return {
    id: c.id,
    title: c.title,
    updated_at: c.updated_at,
    models: c.columns.map((col) => col.model_id),
    runs: Object.keys(c.runs).length,
  };
}

export function renamed(c: Comparison, title: string, now: number): Comparison {
  return { ...c, title: title.trim() || c.title, updated_at: now, meta_rev: (c.meta_rev ?? 0) + 1 };
}
