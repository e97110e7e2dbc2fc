// Timing and reporting helpers shared by the bench scripts.
import { spawnSync } from 'node:child_process';

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command (args as an array, no shell); returns { ms, code, stdout, stderr }. Throws when it fails. */
export function timed(cmd, args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return { ms, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `1234.5` → `1.23 s`. */
export function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** Prints an aligned text table (first row = header). */
export function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd());
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** Per-step ms from lockstep's job-summary table (`| ✅ Step | detail | 0.42 s |`). */
export function summaryStepTimes(summary) {
  const times = {};
  for (const line of summary.split('\n')) {
    const row = line.match(/^\|\s*(?:\S+\s+)?(.+?)\s*\|.*\|\s*([\d.]+) s\s*\|$/);
    if (row && !row[1].includes('Total')) times[row[1]] = Number(row[2]) * 1000;
  }
  return times;
}
