/**
 * Renderers for verify results: the terminal text of `lockstep verify`, and the Markdown job summary
 * that merges every matrix target into one table (targets as rows, checks as columns).
 */
import { escapeMarkdown as escapeMarkdownText } from '../report/markdown-escape.js';
import { CHECK_NAMES, type CheckStatus, type Mismatch, type VerifyResult } from './types.js';

const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', skip: '⏭' };
const TEXT_MARK: Record<CheckStatus, string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };

function describeMismatch(m: Mismatch): string {
  if (m.installed === null) return `${m.name}: locked ${m.locked}, not installed`;
  if (m.locked === null) return `${m.name}: ${m.installed} installed, not in the lock`;
  return `${m.name}: locked ${m.locked}, installed ${m.installed}`;
}

export function renderVerifyText(result: VerifyResult): string {
  const lines = [`lockstep verify: ${result.target}`];
  const width = Math.max(...result.checks.map((c) => c.name.length));
  for (const check of result.checks) lines.push(`  ${TEXT_MARK[check.status]}  ${check.name.padEnd(width)}  ${check.details}`);
  if (result.mismatches.length > 0) {
    lines.push('', 'Mismatches:');
    for (const m of result.mismatches) lines.push(`  ${describeMismatch(m)}`);
  }
  const failed = result.checks.filter((c) => c.status === 'fail').length;
  lines.push('', failed === 0 ? 'The environment matches the lock.' : `${failed} check${failed === 1 ? '' : 's'} failed.`);
  return `${lines.join('\n')}\n`;
}

/** Check columns: the known ones in their order, then any others the results carry (newer versions). */
function columns(results: VerifyResult[]): string[] {
  const names: string[] = [...CHECK_NAMES];
  for (const r of results) for (const c of r.checks) if (!names.includes(c.name)) names.push(c.name);
  return names.filter((n) => results.some((r) => r.checks.some((c) => c.name === n)));
}

export function renderMatrixMarkdown(results: VerifyResult[]): string {
  const sorted = [...results].sort((a, b) => a.target.localeCompare(b.target));
  const cols = columns(sorted);
  const failing = sorted.filter((r) => r.checks.some((c) => c.status === 'fail'));
  const out: string[] = ['## lockstep verify', ''];
  if (sorted.length === 0) {
    out.push('No `lockstep-verify-*` results were found: did the matrix jobs run `verify`?', '');
    return out.join('\n');
  }
  out.push(
    failing.length === 0
      ? `All ${sorted.length} target${sorted.length === 1 ? '' : 's'} got the environment the lock promises.`
      : `${failing.length} of ${sorted.length} targets differ from the lock.`,
    '',
  );
  out.push(`| Target | ${cols.map(escapeMarkdownText).join(' | ')} |`);
  out.push(`| --- | ${cols.map(() => ':---:').join(' | ')} |`);
  for (const r of sorted) {
    const cells = cols.map((name) => {
      const check = r.checks.find((c) => c.name === name);
      return check ? ICON[check.status] : '';
    });
    out.push(`| ${escapeMarkdownText(r.target)} | ${cells.join(' | ')} |`);
  }
  out.push('', `✅ pass · ❌ fail · ⏭ skipped`, '');
  for (const r of failing) {
    out.push(`### ${escapeMarkdownText(r.target)}`, '');
    for (const c of r.checks.filter((x) => x.status === 'fail')) out.push(`- **${escapeMarkdownText(c.name)}**: ${escapeMarkdownText(c.details)}`);
    if (r.mismatches.length > 0) {
      out.push('', '| Package | Locked | Installed |', '| --- | --- | --- |');
      for (const m of r.mismatches) {
        out.push(`| ${escapeMarkdownText(m.name)} | ${m.locked === null ? '—' : escapeMarkdownText(m.locked)} | ${m.installed === null ? '—' : escapeMarkdownText(m.installed)} |`);
      }
    }
    out.push('');
  }
  const skipped = sorted.flatMap((r) => r.checks.filter((c) => c.status === 'skip' && c.name === 'cuda-driver').map(() => r.target));
  if (skipped.length > 0 && skipped.length === sorted.length) out.push('_CUDA driver checks were skipped: no target reported an NVIDIA GPU._', '');
  return out.join('\n');
}
