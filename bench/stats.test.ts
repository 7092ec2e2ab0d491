// Summaries and the printed table of the benchmark figures.
import { describe, expect, it } from 'vitest';
import { Results, summarise, table } from './stats.ts';
import { interactiveAt, longTaskStats } from './browser/long-tasks.ts';

describe('summarise', () => {
  it('gives the median, min and max, ignoring missing values', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(summarise([4, 1, 3, 2, NaN])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(summarise([])).toBeUndefined();
  });
});

describe('table', () => {
  it('prints one row per metric, and a run that did not finish says so', () => {
    const results = new Results();
    results.verbose = false;
    results.add('1. Stream', 'ratio', 'ratio', 1.234, '≤ 1.15');
    results.add('1. Stream', 'ratio', 'ratio', 1.5);
    results.fail('1. Stream', 'time', 'ms', 'did not finish within 60 s');
    const lines = table(results.metrics).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/\| 1\.37 +\| 1\.23 +\| 1\.50 +\| ratio \| 2 +\| ≤ 1\.15 \|/);
    expect(lines[3]).toContain('did not finish within 60 s');
  });
});

describe('long tasks', () => {
  const tasks = [
    { start: 0, duration: 100 },
    { start: 120, duration: 60 },
    { start: 400, duration: 70 },
  ];

  it('counts the tasks that overlap a window', () => {
    expect(longTaskStats(tasks, 50, 130)).toEqual({ longest: 100, total: 160, count: 2 });
    expect(longTaskStats(tasks, 200, 300)).toEqual({ longest: 0, total: 0, count: 0 });
  });

  it('is interactive after the chain of tasks that leave less than 50 ms free', () => {
    expect(interactiveAt(50, tasks)).toBe(180);
    expect(interactiveAt(300, tasks)).toBe(300);
  });
});
