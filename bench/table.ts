// Prints bench/results.json as the Markdown table of docs/benchmarks.md (with the machine it came from).
//   npx tsx bench/table.ts
import { readFileSync } from 'node:fs';
import { table, type Metric } from './stats.ts';

interface Report {
  date: string;
  mode: string;
  seconds: number;
  machine: { cpus: number; cpu: string; memoryGB: number; node: string; platform: string; chromium: string };
  metrics: Metric[];
}

const report = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8')) as Report;
const m = report.machine;
console.log(
  `Run of ${report.date.slice(0, 16).replace('T', ' ')} UTC (${report.mode}, ${report.seconds} s): ${m.cpus} × ${m.cpu}, ${m.memoryGB} GB, ${m.platform}, node ${m.node}, Chromium ${m.chromium}.\n`,
);
console.log(table(report.metrics));
