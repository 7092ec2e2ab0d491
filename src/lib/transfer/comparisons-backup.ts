// The saved comparisons inside a full backup. Unlike chats, a malformed comparison does not reject the
// whole file: it is skipped with a reason (the rest of the backup is still restored), and a backup made
// before comparisons were saved (no "comparisons" list) reads as none. Pure.
import { COMPARISON_SCHEMA_VERSION, MAX_COLUMNS, type CompareRun, type Comparison } from '../compare/types.ts';
import type { MessageNode } from '../conversation/types.ts';
import { checked, need, type Checked } from '../util/checked.ts';
import { isRecord } from '../util/is-record.ts';
import { scrubNode } from './chats-file.ts';
import { checkRequestSettings } from './comparison-settings.ts';
import { tr } from '../i18n/active-language.ts';

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const MODES = ['columns', 'all', 'serial'];

export interface ReadComparisons {
  comparisons: Comparison[];
  /** why each skipped entry was not read, e.g. "comparisons[2].prompt must be text." */
  invalid: string[];
}

/** No tab owns a run from a file: a streaming answer arrives as interrupted. */
function settledAnswer(answer: MessageNode): MessageNode {
  const { lease_until: _l, lease_owner: _o, ...rest } = answer;
  if (rest.status !== 'streaming') return scrubNode(rest);
  return scrubNode({ ...rest, status: 'interrupted', finish_reason: rest.finish_reason ?? { unified: 'interrupted' } });
}

function readRun(raw: unknown, key: string, at: string, columnIds: ReadonlySet<string>): CompareRun {
  const where = `${at}.runs["${key}"]`;
  need(isRecord(raw), tr('{at} is not an object.', { at: where }));
  need(raw.id === key, tr('{field} must be {value}.', { field: `${where}.id`, value: `"${key}"` }));
  need(
    isString(raw.column_id) && columnIds.has(raw.column_id),
    tr('{field} must name one of its columns.', { field: `${where}.column_id` }),
  );
  need(
    Number.isInteger(raw.index) && (raw.index as number) >= 1,
    tr('{field} must be a whole number from 1.', { field: `${where}.index` }),
  );
  const answer = raw.answer;
  need(isRecord(answer), tr('{at} is not an object.', { at: `${where}.answer` }));
  need(
    isString(answer.id) && answer.role === 'assistant',
    tr('{field} must be an assistant message with an id.', { field: `${where}.answer` }),
  );
  need(isString(answer.content), tr('{field} must be text.', { field: `${where}.answer.content` }));
  need(isString(answer.status), tr('{field} must be text.', { field: `${where}.answer.status` }));
  need(isTime(answer.created_at), tr('{field} must be a time (number).', { field: `${where}.answer.created_at` }));
  const run = raw as unknown as CompareRun;
  return { ...run, answer: settledAnswer(run.answer) };
}

function readComparison(raw: unknown, at: string): Comparison {
  need(isRecord(raw), tr('{at} is not an object.', { at }));
  need(isString(raw.id) && raw.id !== '', tr('{at} has no {field}.', { at, field: '"id"' }));
  const version = raw.schema_version;
  need(
    Number.isInteger(version) && (version as number) >= 1,
    tr('{field} must be a whole number.', { field: `${at}.schema_version` }),
  );
  need(
    (version as number) <= COMPARISON_SCHEMA_VERSION,
    tr('{at} was saved by a newer Switchboard (schema {version}).', { at, version: String(version) }),
  );
  need(isString(raw.title), tr('{field} must be text.', { field: `${at}.title` }));
  need(isString(raw.prompt), tr('{field} must be text.', { field: `${at}.prompt` }));
  need(
    isTime(raw.created_at) && isTime(raw.updated_at),
    tr('{at} needs {created} and {updated} times (numbers).', { at, created: '"created_at"', updated: '"updated_at"' }),
  );
  need(
    MODES.includes(raw.mode as string),
    tr('{field} must be one of {values}.', { field: `${at}.mode`, values: MODES.join(', ') }),
  );
  need(Number.isInteger(raw.runs_per_model), tr('{field} must be a whole number.', { field: `${at}.runs_per_model` }));
  checkRequestSettings(raw, at);
  const columns = raw.columns;
  need(
    Array.isArray(columns) && columns.length >= 1 && columns.length <= MAX_COLUMNS,
    tr('{field} must be a list of 1 to {max} columns.', { field: `${at}.columns`, max: String(MAX_COLUMNS) }),
  );
  columns.forEach((col: unknown, i) => {
    const where = `${at}.columns[${i}]`;
    need(isRecord(col), tr('{at} is not an object.', { at: where }));
    for (const field of ['id', 'connection_id', 'connection_name', 'model_id']) {
      need(isString(col[field]), tr('{field} must be text.', { field: `${where}.${field}` }));
    }
    checkRequestSettings(col, where);
  });
  const columnIds = new Set(columns.map((col) => (col as { id: string }).id));
  need(isRecord(raw.runs), tr('{field} must be an object of runs.', { field: `${at}.runs` }));
  const runs: Record<string, CompareRun> = {};
  for (const [key, run] of Object.entries(raw.runs)) runs[key] = readRun(run, key, at, columnIds);
  return { ...(raw as unknown as Comparison), runs };
}

/** The comparison inside a single comparison file (as exported from the Compare view), checked like a backup's. */
export function readComparisonFile(raw: unknown): Checked<Comparison> {
  return checked(() => readComparison(raw, 'comparison'));
}

/** The "comparisons" list of a backup: every readable entry, and a reason for each one skipped. */
export function readComparisons(list: unknown): ReadComparisons {
  if (list === undefined) return { comparisons: [], invalid: [] };
  need(Array.isArray(list), tr("This backup's {field} is not a list.", { field: '"comparisons"' }));
  const comparisons: Comparison[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  list.forEach((raw: unknown, i) => {
    const at = `comparisons[${i}]`;
    const read = checked(() => readComparison(raw, at));
    if (!read.ok) invalid.push(read.error);
    else if (seen.has(read.value.id))
      invalid.push(tr('{entry} has the same id as an earlier comparison.', { entry: at }));
    else {
      seen.add(read.value.id);
      comparisons.push(read.value);
    }
  });
  return { comparisons, invalid };
}

/** A comparison as written into a backup: credential headers of recorded requests removed. */
export function comparisonForFile(c: Comparison): Comparison {
  const runs: Record<string, CompareRun> = {};
  for (const [id, run] of Object.entries(c.runs)) {
    runs[id] = { ...run, answer: scrubNode(run.answer) };
  }
  return { ...c, runs };
}
