// Two tabs writing the same comparison: runs are merged one by one (the copy with the higher revision
// wins), so neither tab's write can erase a run the other finished; the title, prompt and settings come
// from the copy with the higher meta revision. Deleted runs stay deleted.
import type { CompareRun, Comparison } from './types.ts';

function newerRun(a: CompareRun, b: CompareRun): CompareRun {
  const ra = a.answer.rev ?? 0;
  const rb = b.answer.rev ?? 0;
  if (ra !== rb) return ra > rb ? a : b;
  return b.answer.content.length >= a.answer.content.length ? b : a;
}

/** `incoming` written over `stored`: incoming wins ties. */
export function mergeComparisons(stored: Comparison | undefined, incoming: Comparison): Comparison {
  if (!stored || stored.id !== incoming.id) return incoming;
  const meta = (stored.meta_rev ?? 0) > (incoming.meta_rev ?? 0) ? stored : incoming;
  const deleted = [...new Set([...(stored.deleted_run_ids ?? []), ...(incoming.deleted_run_ids ?? [])])];
  const gone = new Set(deleted);
  const runs: Record<string, CompareRun> = {};
  for (const id of new Set([...Object.keys(stored.runs), ...Object.keys(incoming.runs)])) {
    if (gone.has(id)) continue;
    const a = stored.runs[id];
    const b = incoming.runs[id];
    runs[id] = a && b ? newerRun(a, b) : (a ?? b)!;
  }
  const merged: Comparison = {
    ...meta,
    runs,
    updated_at: Math.max(stored.updated_at, incoming.updated_at),
  };
  if (deleted.length > 0) merged.deleted_run_ids = deleted;
  return merged;
}
