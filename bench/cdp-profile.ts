// What the profiling scripts (profile.ts, profile-huge.ts) share: the shapes of a CDP CPU profile and of
// Chromium trace events, function names mapped through the built app's source maps, trace collection, and
// the page's renderer main thread picked out of a trace.
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';
import type { CDPSession } from '@playwright/test';

export interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: {
    name?: string;
    data?: { type?: string };
    beginData?: { stackTrace?: Array<{ functionName: string }> };
    [key: string]: unknown;
  };
}

/**
 * Names a profile frame "function file", by its original source file and line (`src/…:12`) where the built
 * file in `distDir` has a source map. Each map is read once.
 */
export function sourceNamer(distDir: URL): (frame: ProfileNode['callFrame']) => Promise<string> {
  const maps = new Map<string, SourceMapConsumer | undefined>();
  return async (frame) => {
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}`.trim();
    const file = frame.url.match(/\/assets\/[^/?#]+\.js$/)?.[0];
    if (!file || frame.lineNumber < 0) return name;
    if (!maps.has(file)) {
      try {
        maps.set(file, await new SourceMapConsumer(readFileSync(new URL(`.${file}.map`, distDir), 'utf8')));
      } catch {
        maps.set(file, undefined);
      }
    }
    const pos = maps.get(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos?.source) return name;
    const source = pos.source.replace(/^.*?(src|node_modules)\//, '$1/');
    return `${frame.functionName || pos.name || '(anonymous)'} ${source}:${pos.line}`;
  };
}

/** Every trace event of the given categories recorded while `run` runs. */
export async function collectTrace(
  cdp: CDPSession,
  categories: string,
  run: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' } as never);
  await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/**
 * The complete ('X') events of the page's renderer main thread (of the renderers in the trace, the one that
 * updates a layout tree), sorted by start with a parent before its children.
 */
export function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'UpdateLayoutTree'),
  );
  if (!main) return [];
  return events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/**
 * Per event name in `inside` (one thread's 'X' events in start order, as mainThreadEvents gives them): [name,
 * self ms, total ms, longest ms], by self time. A layout asked for by script is told apart from the frame's
 * own; with PROFILE_STACKS set, each forced layout's caller is printed, its time counted from `origin`.
 */
export function traceSummary(inside: readonly TraceEvent[], origin: number): Array<[string, number, number, number]> {
  const totals = new Map<string, [number, number, number]>();
  const stack: Array<{ e: TraceEvent; children: number; name: string }> = [];
  const close = (entry: { e: TraceEvent; children: number; name: string }): void => {
    const dur = (entry.e.dur ?? 0) / 1000;
    const t = totals.get(entry.name) ?? [0, 0, 0];
    totals.set(entry.name, [t[0] + dur - entry.children, t[1] + dur, Math.max(t[2], dur)]);
  };
  for (const e of inside) {
    while (stack.length > 0 && stack.at(-1)!.e.ts + (stack.at(-1)!.e.dur ?? 0) <= e.ts) close(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) parent.children += (e.dur ?? 0) / 1000;
    // a layout asked for by script (reading sizes after a change) is told apart from the frame's own
    let name = e.name;
    if (name === 'Layout') {
      const script = stack.some((s) => s.e.name === 'FunctionCall' || s.e.name === 'EventDispatch');
      const observer = stack.some((s) => s.e.name === 'LocalFrameView::NotifyResizeObservers');
      name = script ? `Layout (forced by script${observer ? ', in a ResizeObserver callback' : ''})` : 'Layout (frame)';
      const caller = e.args?.beginData?.stackTrace?.[0]?.functionName;
      if (caller !== undefined && process.env['PROFILE_STACKS']) {
        const path = stack.map((s) =>
          s.e.name === 'EventDispatch' ? `${s.e.name}:${s.e.args?.data?.type}` : s.e.name,
        );
        const at = ((e.ts - origin) / 1000).toFixed(0);
        console.log(`${((e.dur ?? 0) / 1000).toFixed(1)} ms layout at ${at} ms, from ${caller} in ${path.join(' > ')}`);
      }
    }
    stack.push({ e, children: 0, name });
  }
  while (stack.length > 0) close(stack.pop()!);
  return [...totals].map(([n, t]) => [n, ...t] as [string, number, number, number]).sort((a, b) => b[1] - a[1]);
}

/**
 * The top-level tasks in `inside` (one thread's 'X' events in start order) that took at least `minMs`, each
 * with its start (ms from `origin`), its length and its descendants' event names by self time, the longest
 * first: what filled each frame gap.
 */
export function taskTimeline(
  inside: readonly TraceEvent[],
  origin: number,
  minMs: number,
): Array<{ at: number; ms: number; parts: Array<[string, number]> }> {
  const tasks: Array<{ at: number; ms: number; parts: Array<[string, number]> }> = [];
  let i = 0;
  while (i < inside.length) {
    const task = inside[i] as TraceEvent;
    const end = task.ts + (task.dur ?? 0);
    let j = i + 1;
    while (j < inside.length && (inside[j] as TraceEvent).ts < end) j++;
    if ((task.dur ?? 0) / 1000 >= minMs) {
      const parts = traceSummary(inside.slice(i + 1, j), origin)
        .filter(([, self]) => self >= 1)
        .map(([name, self]) => [name, self] as [string, number]);
      tasks.push({ at: (task.ts - origin) / 1000, ms: (task.dur ?? 0) / 1000, parts });
    }
    i = j;
  }
  return tasks;
}
