// Benchmark results: one row per measurement, written as JSON and as a readable Markdown table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Row = {
  group: string;
  name: string;
  /** null when the measurement is not available (e.g. a route that does not exist yet). */
  value: number | null;
  unit: string;
  detail?: string;
  target?: string;
  /** null when the row has no target. */
  met?: boolean | null;
};

export type Results = {
  startedAt: string;
  finishedAt: string;
  machine: string;
  node: string;
  loadAverageAtStart: number[];
  rows: Row[];
  /** The run this one is compared with (the previous results file, or QD_BENCH_BEFORE). */
  before?: { file: string; startedAt: string; loadAverageAtStart: number[]; rows: Row[] };
};

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB RAM, ${os.platform()} ${os.release()}`;
}

export function newResults(): Results {
  // The load average says how much else was running: benchmarks on a shared machine are noisy.
  const loadAverageAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
  return { startedAt: new Date().toISOString(), finishedAt: '', machine: machine(), node: process.version, loadAverageAtStart, rows: [] };
}

function formatValue(row: Row): string {
  if (row.value === null) return 'not available';
  const v = Math.abs(row.value) >= 100 ? Math.round(row.value).toLocaleString('en-US') : String(row.value);
  return `${v} ${row.unit}`.trim();
}

function formatMet(row: Row): string {
  if (row.met === undefined || row.met === null) return '';
  return row.met ? 'yes' : '**NO**';
}

function beforeValue(results: Results, row: Row): string {
  const old = results.before?.rows.find((b) => b.group === row.group && b.name === row.name);
  return old ? formatValue(old) : '';
}

export function toMarkdown(results: Results, title: string): string {
  const b = results.before;
  const lines = [
    `# ${title}`,
    '',
    `Measured ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC on ${results.machine}, Node ${results.node}; load generator on the same machine; load average at start ${results.loadAverageAtStart.join(' / ')} (1/5/15 min).`,
    ...(b
      ? [
          '',
          `"before" is the run in \`${b.file}\`, started ${b.startedAt.slice(0, 16).replace('T', ' ')} UTC at load average ${b.loadAverageAtStart.join(' / ')}. On a shared machine compare the two only when their load averages are alike; ratios within one run (review updates ÷ bare route) hold better.`,
        ]
      : []),
    '',
    '| group | measurement | result | before | detail | target | target met |',
    '|---|---|---|---|---|---|---|',
    ...results.rows.map(
      (r) =>
        `| ${r.group} | ${r.name} | ${formatValue(r)} | ${beforeValue(results, r)} | ${(r.detail ?? '').replace(/\|/g, '\\|')} | ${r.target ?? ''} | ${formatMet(r)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** The run to compare with: QD_BENCH_BEFORE, or the results file this run is about to replace. */
function readBefore(file: string): Results['before'] {
  const source = process.env.QD_BENCH_BEFORE ? path.resolve(process.env.QD_BENCH_BEFORE) : file;
  try {
    const old = JSON.parse(fs.readFileSync(source, 'utf8')) as Results;
    const relative = path.relative(process.cwd(), source);
    return { file: relative.startsWith('..') ? source : relative, startedAt: old.startedAt, loadAverageAtStart: old.loadAverageAtStart, rows: old.rows };
  } catch {
    return undefined; // first run, or an unreadable file: no comparison
  }
}

/** Writes `<base>.json` and `<base>.md` under bench/ and prints the table. */
export function writeResults(results: Results, base: string, title: string): void {
  results.finishedAt = new Date().toISOString();
  const dir = path.resolve('bench');
  fs.mkdirSync(dir, { recursive: true });
  results.before ??= readBefore(path.join(dir, `${base}.json`));
  // The comparison is kept in the Markdown; the JSON stays one run (so the next run compares with this one).
  const { before: _before, ...thisRun } = results;
  fs.writeFileSync(path.join(dir, `${base}.json`), `${JSON.stringify(thisRun, null, 2)}\n`);
  const md = toMarkdown(results, title);
  fs.writeFileSync(path.join(dir, `${base}.md`), md);
  process.stdout.write(`\n${md}\n`);
}
