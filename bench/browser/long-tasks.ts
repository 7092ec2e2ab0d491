// Pure arithmetic over the long tasks the page reported (PerformanceObserver 'longtask').
import type { LongTask } from './probes.ts';

/** The longest task and the total long-task time among tasks that overlap [from, to]. */
export function longTaskStats(
  tasks: readonly LongTask[],
  from: number,
  to: number,
): { longest: number; total: number; count: number } {
  const inside = tasks.filter((t) => t.start + t.duration > from && t.start < to);
  return {
    longest: Math.max(0, ...inside.map((t) => t.duration)),
    total: inside.reduce((sum, t) => sum + t.duration, 0),
    count: inside.length,
  };
}

/**
 * When something painted at `visible` became usable: the end of the chain of long tasks that were
 * running then or started less than 50 ms after the main thread was last free.
 */
export function interactiveAt(visible: number, tasks: readonly LongTask[]): number {
  let t = visible;
  for (const task of [...tasks].sort((a, b) => a.start - b.start)) {
    if (task.start <= t + 50 && task.start + task.duration > t) t = task.start + task.duration;
  }
  return t;
}
