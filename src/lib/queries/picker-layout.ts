// The open picker's rows: a "Recent" group first (the models chosen last that the query matches), then
// one group per server in the order given, each a header (name and status) followed by its matching
// options. A server with nothing to offer keeps its header while nothing is typed, so its status shows.
// One pass over the options per query: with 5,000 models a keystroke costs one scan.
import { optionMatcher, type PickerOption } from './model-choices.ts';

export interface PickerServer {
  id: string;
  /** the server's name, made visible */
  name: string;
  /** short status: "Online", "Checking…", "Unreachable"… */
  status: string;
}

export interface PickerHeader {
  key: string;
  title: string;
  status?: string;
}

export type PickerRow =
  | ({ kind: 'header' } & PickerHeader)
  /** `at`: the option's index in PickerLayout.options (the order arrows move in) */
  | { kind: 'option'; at: number; group: string };

/** Rows are packed in typed arrays: with 5,000 models a keystroke allocates no object per row. */
export interface PickerLayout {
  /** the options shown, in display order */
  options: PickerOption[];
  /** per row: an option's index (≥ 0), or ~i for headers[i] */
  rows: Int32Array;
  headers: PickerHeader[];
  /** option index → row index */
  rowOf: Int32Array;
  /** the first `recent` options are the Recent group's */
  recent: number;
  /** group key → what its role="group" element is named: "<server>, <status>" or "Recent" */
  groupLabels: Map<string, string>;
}

export const RECENT_GROUP = 'recent';

export function pickerLayout(
  all: readonly PickerOption[],
  query: string,
  recent: readonly string[],
  servers: readonly PickerServer[],
): PickerLayout {
  const matches = optionMatcher(query);
  const recentRank = new Map(recent.map((v, i) => [v, i]));
  // filled at each rank that matched (a chosen model no longer offered leaves a hole)
  const recentHits: (PickerOption | undefined)[] = [];
  const byServer = new Map<string, PickerOption[]>(servers.map((s) => [s.id, []]));
  for (const o of all) {
    if (!matches(o)) continue;
    const rank = recentRank.get(o.value);
    if (rank !== undefined) recentHits[rank] = o;
    else byServer.get(o.connectionId)?.push(o);
  }
  const recentList = recentHits.filter((o): o is PickerOption => o !== undefined);
  const typed = query.trim() !== '';
  const groups: Array<{ header: PickerHeader; list: readonly PickerOption[] }> = [];
  if (recentList.length > 0) groups.push({ header: { key: RECENT_GROUP, title: 'Recent' }, list: recentList });
  for (const s of servers) {
    const list = byServer.get(s.id) ?? [];
    if (list.length === 0 && typed) continue;
    groups.push({ header: { key: s.id, title: s.name, status: s.status }, list });
  }
  const count = groups.reduce((n, g) => n + g.list.length, 0);
  const options: PickerOption[] = [];
  const rows = new Int32Array(count + groups.length);
  const rowOf = new Int32Array(count);
  const headers: PickerHeader[] = [];
  const groupLabels = new Map<string, string>();
  let r = 0;
  for (const { header, list } of groups) {
    groupLabels.set(header.key, header.status ? `${header.title}, ${header.status}` : header.title);
    rows[r++] = ~headers.length;
    headers.push(header);
    for (const o of list) {
      rowOf[options.length] = r;
      rows[r++] = options.length;
      options.push(o);
    }
  }
  return { options, rows, headers, rowOf, recent: recentList.length, groupLabels };
}

/** Row `r` unpacked (only rendered rows are). */
export function rowAt(layout: PickerLayout, r: number): PickerRow | undefined {
  const v = layout.rows[r];
  if (v === undefined) return undefined;
  if (v < 0) {
    const header = layout.headers[~v];
    return header && { kind: 'header', ...header };
  }
  return { kind: 'option', at: v, group: v < layout.recent ? RECENT_GROUP : (layout.options[v]?.connectionId ?? '') };
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
  const runs: RowRun[] = [];
  const seen = new Map<string, number>();
  let last: string | undefined;
  for (const i of rendered) {
    const row = rowAt(layout, i);
    if (!row) continue;
    const key = row.kind === 'header' ? row.key : row.group;
    if (key !== last || runs.length === 0) {
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      runs.push({ id: `${key}#${n}`, label: layout.groupLabels.get(key) ?? key, rows: [] });
      last = key;
    }
    runs.at(-1)?.rows.push(i);
  }
  return runs;
}
