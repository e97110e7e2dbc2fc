// Writes the README's input/output reference tables from the action.yml files, so the README can never
// drift from what the actions accept. `node scripts/docs.mjs` rewrites README.md between the markers
// `<!-- reference:JOB:start -->` and `<!-- reference:JOB:end -->`; `--check` exits 1 when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const JOBS = { setup: 'action.yml', verify: 'verify/action.yml', 'verify-report': 'verify-report/action.yml', 'save-cache': 'save-cache/action.yml', review: 'review/action.yml', bump: 'bump/action.yml', refresh: 'refresh/action.yml', health: 'health/action.yml' };

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

export function referenceTable(job) {
  let text;
  try {
    text = readFileSync(path.join(root, JOBS[job]), 'utf8');
  } catch {
    return null;
  }
  const action = parse(text);
  const lines = ['| input | default | description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const def = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${name}\` | ${def} | ${cell(spec.description)} |`);
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [name, spec] of Object.entries(action.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

/** The "Migrating from setup-uv" table: one row per setup-uv input and output (action-vocabulary.yml). */
export function migrationTable() {
  const vocabulary = parse(readFileSync(path.join(root, 'action-vocabulary.yml'), 'utf8'));
  const lines = ['| setup-uv | lockstep | shown by |', '|---|---|---|'];
  for (const kind of ['inputs', 'outputs']) {
    for (const [name, row] of Object.entries(vocabulary['setup-uv'][kind])) {
      const [file, title] = row.test.split(' > ');
      const what = row.unsupported ? `**not supported**: ${row.unsupported}` : row.lockstep;
      lines.push(`| ${kind === 'inputs' ? 'input' : 'output'} \`${name}\` | ${cell(what)} | \`${path.basename(file)}\`: ${cell(title)} |`);
    }
  }
  return lines.join('\n');
}

export function renderReadme(readme) {
  let out = readme.replace(/(<!-- migration:start -->\n)[\s\S]*?(<!-- migration:end -->)/, (_, start, end) => `${start}${migrationTable()}\n${end}`);
  for (const job of Object.keys(JOBS)) {
    const table = referenceTable(job);
    if (table === null) continue;
    const re = new RegExp(`(<!-- reference:${job}:start -->\\n)[\\s\\S]*?(<!-- reference:${job}:end -->)`);
    out = out.replace(re, `$1${table}\n$2`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = path.join(root, 'README.md');
  const current = readFileSync(file, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md reference tables are stale: run `node scripts/docs.mjs`.');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(file, next);
    console.log('README.md reference tables updated');
  }
}
