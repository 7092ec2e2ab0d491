// Collecting benchmark figures across runs and printing them: median, min and max of each metric.

export interface Metric {
  section: string;
  name: string;
  unit: string;
  /** the target, as text (e.g. "≤ 1.15") */
  target?: string;
  runs: number[];
  /** why some runs gave no figure (e.g. "1 run did not finish within 90 s") */
  failed?: string;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

export class Results {
  readonly metrics: Metric[] = [];
  /** anything worth keeping beside the figures (file lists, errors, settings) */
  readonly notes: Record<string, unknown> = {};

  add(section: string, name: string, unit: string, value: number, target?: string): void {
    let metric = this.metrics.find((m) => m.section === section && m.name === name);
    if (!metric) {
      metric = { section, name, unit, runs: [], ...(target !== undefined ? { target } : {}) };
      this.metrics.push(metric);
    }
    metric.runs.push(value);
    if (this.verbose) console.log(`  ${section} · ${name}: ${format(value, unit)} ${unit}`);
  }

  /** print each figure as it comes in */
  verbose = true;

  /** A run that produced no figure: kept in the table so a missing number is never mistaken for a good one. */
  fail(section: string, name: string, unit: string, reason: string, target?: string): void {
    let metric = this.metrics.find((m) => m.section === section && m.name === name);
    if (!metric) {
      metric = { section, name, unit, runs: [], ...(target !== undefined ? { target } : {}) };
      this.metrics.push(metric);
    }
    metric.failed = reason;
    if (this.verbose) console.log(`  ${section} · ${name}: ${reason}`);
  }

  note(key: string, value: unknown): void {
    this.notes[key] = value;
  }
}

function format(value: number, unit: string): string {
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'count') return String(Math.round(value));
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(1);
}

/** A plain-text table (also valid Markdown). */
export function table(metrics: readonly Metric[]): string {
  const rows = [['Section', 'Metric', 'Median', 'Min', 'Max', 'Unit', 'Runs', 'Target']];
  // in the order (sections are numbered), whatever order they ran in
  const order = (m: Metric): number => Number.parseInt(m.section, 10) || 0;
  for (const m of [...metrics].sort((a, b) => order(a) - order(b))) {
    const s = summarise(m.runs);
    rows.push([
      m.section,
      m.name,
      s ? format(s.median, m.unit) : (m.failed ?? 'n/a'),
      s ? format(s.min, m.unit) : '',
      s ? format(s.max, m.unit) : '',
      m.unit,
      m.failed && s ? `${m.runs.length} (${m.failed})` : String(m.runs.length),
      m.target ?? '',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(rows[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}
