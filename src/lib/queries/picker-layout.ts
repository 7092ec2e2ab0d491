// The open picker's rows: a "Recent" group first (the models chosen last that the query matches), then
// one group per server in the order given, each a header (name and status) followed by its matching
// options. A server with nothing to offer keeps its header while nothing is typed, so its status shows.
// One pass over the options per query: with 5,000 models a keystroke costs one scan.
import type { PickerOption } from './model-choices.ts';

export interface PickerServer {
  id: string;
  /** the server's name, made visible */
  name: string;
  /** short status: "Online", "Checking…", "Unreachable"… */
  status: string;
}

export type PickerRow =
  | { kind: 'header'; key: string; title: string; status?: string }
  /** `at`: the option's index in PickerLayout.options (the order arrows move in) */
  | { kind: 'option'; at: number; group: string };

export interface PickerLayout {
  /** the options shown, in display order */
  options: PickerOption[];
  rows: PickerRow[];
  /** option index → row index */
  rowOf: number[];
}

export const RECENT_GROUP = 'recent';

function matcher(query: string): (o: PickerOption) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  if (words.length === 1) {
    const w = words[0] as string;
    return (o) => o.search.includes(w);
  }
  return (o) => words.every((w) => o.search.includes(w));
}

export function pickerLayout(
  all: readonly PickerOption[],
  query: string,
  recent: readonly string[],
  servers: readonly PickerServer[],
): PickerLayout {
  const matches = matcher(query);
  const recentRank = new Map(recent.map((v, i) => [v, i]));
  const recentHits: (PickerOption | undefined)[] = [];
  const byServer = new Map<string, PickerOption[]>(servers.map((s) => [s.id, []]));
  for (const o of all) {
    if (!matches(o)) continue;
    const rank = recentRank.get(o.value);
    if (rank !== undefined) recentHits[rank] = o;
    else byServer.get(o.connectionId)?.push(o);
  }
  const options: PickerOption[] = [];
  const rows: PickerRow[] = [];
  const rowOf: number[] = [];
  const add = (list: readonly (PickerOption | undefined)[], group: string) => {
    for (const o of list) {
      if (!o) continue;
      rowOf.push(rows.length);
      rows.push({ kind: 'option', at: options.length, group });
      options.push(o);
    }
  };
  if (recentHits.some(Boolean)) {
    rows.push({ kind: 'header', key: RECENT_GROUP, title: 'Recent' });
    add(recentHits, RECENT_GROUP);
  }
  const typed = query.trim() !== '';
  for (const s of servers) {
    const list = byServer.get(s.id) ?? [];
    if (list.length === 0 && typed) continue;
    rows.push({ kind: 'header', key: s.id, title: s.name, status: s.status });
    add(list, s.id);
  }
  return { options, rows, rowOf };
}

/** A run of rendered rows of one group: rendered inside one role="group" element named `label`. */
export interface RowRun {
  /** unique among the runs (a group split by the kept active row appears twice) */
  id: string;
  label: string;
  rows: number[];
}

/** Splits the rendered row indexes (ascending) into runs of one group each, named "<server>, <status>". */
export function rowRuns(layout: PickerLayout, rendered: readonly number[]): RowRun[] {
  const headers = new Map<string, string>();
  for (const r of layout.rows) {
    if (r.kind === 'header') headers.set(r.key, r.status ? `${r.title}, ${r.status}` : r.title);
  }
  const runs: RowRun[] = [];
  const seen = new Map<string, number>();
  let last: string | undefined;
  for (const i of rendered) {
    const row = layout.rows[i];
    if (!row) continue;
    const key = row.kind === 'header' ? row.key : row.group;
    if (key !== last || runs.length === 0) {
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      runs.push({ id: `${key}#${n}`, label: headers.get(key) ?? key, rows: [] });
      last = key;
    }
    runs.at(-1)?.rows.push(i);
  }
  return runs;
}
