// Renders what lockstep shows on GitHub — the setup step's job summary (`targets: auto`) and the review
// comment — for a few corpus projects, the way GitHub would: GitHub-flavoured Markdown (markdown-it, raw
// HTML allowed as GitHub allows <details>/<sub>/<br>) styled with GitHub's own CSS (github-markdown-css),
// photographed by headless Chromium at 1000 px wide. Look at the PNGs: every ❌ must be visible without
// scrolling sideways.
//
//   npm run screenshot                     # PNGs + HTML in .cache/screenshots/
//   npm run screenshot -- --out docs       # where the README's pictures come from
//
// Needs Debian's chromium (`apt-get install chromium fonts-noto-color-emoji`; or CHROMIUM=/path) and the
// corpus (/work/shared/corpus or ../shared/corpus, or CORPUS_DIR). Not part of CI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { importTs, REPO_ROOT, removeBundles } from '../bench/lib/load-ts.mjs';

const args = process.argv.slice(2);
const outDir = path.resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(REPO_ROOT, '.cache', 'screenshots'));
const WIDTH = 1000;
const corpus = [process.env.CORPUS_DIR, '/work/shared/corpus', path.resolve(REPO_ROOT, '..', 'shared', 'corpus')].find((d) => d && existsSync(d));
if (!corpus) throw new Error('corpus not found: set CORPUS_DIR');
const chromium = process.env.CHROMIUM ?? 'chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--hide-scrollbars'];

const { checkProject } = await importTs('src/core/matrix/engine.ts');
const { readProjectFiles } = await importTs('src/adapters/project-files.ts');
const { renderMarkdown } = await importTs('src/core/report/markdown.ts');
const { renderReviewComment, reviewChange } = await importTs('src/core/review/index.ts');
const { choosePythonRequest } = await importTs('src/core/setup/python-version.ts');

/** The lock matrix section of the setup step's job summary, as `targets: auto` writes it on ubuntu-24.04. */
function jobSummary(name) {
  const files = readProjectFiles(path.join(corpus, name));
  const requiresPython = /^requires-python\s*=\s*"([^"]*)"/m.exec(files.pyproject ?? '')?.[1];
  const python = /3\.\d+/.exec(choosePythonRequest({ input: '', pythonVersionFile: files.pythonVersion ?? undefined, requiresPython }).request)[0];
  const report = checkProject(files, { thisRun: [{ python, platform: 'x86_64-manylinux_2_39' }] });
  return renderMarkdown({ ...report, findings: report.findings.filter((f) => f.code !== 'lock-stale') });
}

function reviewComment(base, head) {
  const check = (name) => checkProject(readProjectFiles(path.join(corpus, name)), {});
  return renderReviewComment(reviewChange(check(base), check(head)), { headSha: '0d61fa5c0ffee' });
}

const CASES = [
  { file: 'summary-fish-speech', title: 'Job summary · fishaudio/fish-speech (targets: auto)', markdown: () => jobSummary('fishaudio__fish-speech') },
  { file: 'summary-assignment5-alignment', title: 'Job summary · stanford-cs336/assignment5-alignment (targets: auto)', markdown: () => jobSummary('stanford-cs336__assignment5-alignment') },
  { file: 'summary-nemo-rl', title: 'Job summary · NVIDIA-NeMo/RL (targets: auto)', markdown: () => jobSummary('NVIDIA-NeMo__RL') },
  { file: 'review-open-instruct', title: 'Review comment · allenai/open-instruct@b7347d0d4 → main', markdown: () => reviewComment('allenai__open-instruct@b7347d0d4', 'allenai__open-instruct') },
];

const css = readFileSync(path.join(REPO_ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8');
const md = new MarkdownIt({ html: true, linkify: false, breaks: false });

function page(title, markdown, measure) {
  // GitHub's job summary: the Markdown body in a bordered box, system fonts, 14px.
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${css}
body { margin: 0; background: #f6f8fa; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
.frame { box-sizing: border-box; width: ${WIDTH}px; padding: 16px; }
.caption { font: 600 14px sans-serif; color: #57606a; margin: 0 0 8px; }
.markdown-body { box-sizing: border-box; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 24px; font-size: 14px; }
</style></head><body><div class="frame"><p class="caption">${title}</p><article class="markdown-body">${md.render(markdown)}</article></div>
${measure ? '<script>document.addEventListener("DOMContentLoaded",()=>{const d=document.createElement("pre");d.id="lockstep-height";d.textContent="HEIGHT="+Math.ceil(document.querySelector(".frame").getBoundingClientRect().height);document.body.appendChild(d);});</script>' : ''}
</body></html>`;
}

mkdirSync(outDir, { recursive: true });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockstep-shot-'));
try {
  for (const c of CASES) {
    const markdown = c.markdown();
    writeFileSync(path.join(tmp, `${c.file}.md`), markdown);
    const measure = path.join(tmp, `${c.file}-measure.html`);
    writeFileSync(measure, page(c.title, markdown, true));
    const dom = execFileSync(chromium, [...FLAGS, `--window-size=${WIDTH},800`, '--dump-dom', `file://${measure}`], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const height = Math.min(16_000, Number(/HEIGHT=(\d+)/.exec(dom)?.[1] ?? 2000));
    const html = path.join(outDir, `${c.file}.html`);
    writeFileSync(html, page(c.title, markdown, false));
    const png = path.join(outDir, `${c.file}.png`);
    execFileSync(chromium, [...FLAGS, `--window-size=${WIDTH},${height}`, `--screenshot=${png}`, `file://${html}`], { timeout: 60_000, stdio: 'ignore' });
    rmSync(html);
    console.log(`${path.relative(REPO_ROOT, png)} (${WIDTH}×${height})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  removeBundles();
}
