// A comparison as files: CSV with one row per run (every figure with its source in the column name),
// and JSON with the whole record plus the per-model statistics.
import { runsOf } from './comparison.ts';
import { columnStats, runFigures } from './stats.ts';
import type { Comparison } from './types.ts';

const HEADER = [
  'model',
  'server',
  'run',
  'status',
  'finish_reason',
  'first_token_ms_browser',
  'prompt_ms_server',
  'tokens_per_second_browser',
  'tokens_per_second_server',
  'tokens',
  'tokens_source',
  'total_ms_browser',
  'characters',
];

/** RFC 4180 field; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function comparisonCsv(c: Comparison): string {
  const rows = [HEADER.join(',')];
  for (const column of c.columns) {
    for (const run of runsOf(c, column.id)) {
      const f = runFigures(run);
      rows.push(
        [
          column.model_id,
          column.connection_name,
          run.index,
          run.answer.status,
          f.finish,
          f.ttft_ms,
          f.server_prompt_ms,
          f.tps_browser,
          f.tps_server,
          f.tokens,
          f.tokens_source,
          f.total_ms,
          run.answer.content.length,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export const COMPARISON_FILE_FORMAT = 'switchboard-comparison';

export function comparisonJson(c: Comparison, now: number): string {
  const stats = columnStats(c).map(({ column, ...rest }) => ({
    model: column.model_id,
    server: column.connection_name,
    ...rest,
  }));
  return JSON.stringify(
    { format: COMPARISON_FILE_FORMAT, version: 1, exported_at: now, comparison: c, stats },
    null,
    2,
  );
}

export function fileNameFor(c: Comparison, ext: 'csv' | 'json'): string {
  const base =
    c.title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'comparison';
  return `${base}.${ext}`;
}
