// How JSON values read in the lazy views (the tree of a JSON answer, a tool call's arguments): children,
// one-line summaries, pretty arguments. Apart from json-answer.ts, whose check every message runs.
import { readJsonAnswer } from './json-answer.ts';

export interface JsonEntry {
  /** the key in its object, or the index in its list; undefined at the top */
  key?: string;
  value: unknown;
}

/** The children of an object or list, for the tree view. */
export function entriesOf(value: unknown): JsonEntry[] {
  if (Array.isArray(value)) return value.map((v, i) => ({ key: String(i), value: v }));
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([key, v]) => ({ key, value: v }));
  return [];
}

/** How a value reads in one line: scalars as JSON, containers as a count. */
export function summary(value: unknown): string {
  if (Array.isArray(value)) return `[ ${value.length} item${value.length === 1 ? '' : 's'} ]`;
  if (typeof value === 'object' && value !== null) {
    const n = Object.keys(value).length;
    return `{ ${n} key${n === 1 ? '' : 's'} }`;
  }
  return JSON.stringify(value) ?? String(value);
}

export function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

/** A tool call's arguments for display: pretty JSON, or the raw text when it does not parse. */
export function prettyArguments(text: string): { ok: true; text: string } | { ok: false; text: string } {
  if (text.trim() === '') return { ok: true, text: '{}' };
  const read = readJsonAnswer(text);
  return read.ok ? { ok: true, text: read.pretty } : { ok: false, text };
}
