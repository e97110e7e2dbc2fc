/**
 * What each finding code means and what to do about it: the rules of `--format sarif` (code scanning
 * shows them beside every alert). A Record over FindingCode, so a new code does not compile without
 * its help.
 */
import type { FindingCode, Severity } from './findings.js';

export interface FindingHelp {
  /** One line: what the finding says. */
  summary: string;
  /** Why it matters and how to fix it (plain text; inline code in backticks). */
  help: string;
  /** The severity the code usually carries (a result may differ: see the README's findings table). */
  defaultSeverity: Severity;
}

export const FINDING_HELP: Readonly<Record<FindingCode, FindingHelp>> = {
  'sdist-build': {
    summary: 'No compatible wheel: uv would build this package from its source distribution.',
    help: 'A source build needs compilers (often CUDA) on every machine that installs the project, is slow, and can fail or produce a different binary. Pin a version with a wheel for the target, switch to the prebuilt alternative the message names, or drop the target from `requires-python` / `[tool.uv] environments`.',
    defaultSeverity: 'warning',
  },
  'no-distribution': {
    summary: 'Needed on a target, but the lock has neither a compatible wheel nor a source distribution.',
    help: 'Installing the project on this target fails. Pin a version that publishes a wheel for the target, exclude the package there with a marker, or narrow the targets (`requires-python`, `[tool.uv] environments`).',
    defaultSeverity: 'error',
  },
  'target-unsupported': {
    summary: "A target outside the lock's supported environments (`tool.uv.environments`).",
    help: 'uv resolved the lock only for the environments in `[tool.uv] environments`, and `uv sync` refuses to install anywhere else, so nothing else is judged on this target. Add a marker that covers it to `[tool.uv] environments` and run `uv lock`, or drop the target.',
    defaultSeverity: 'error',
  },
  'cuda-mismatch': {
    summary: 'The locked packages disagree on the CUDA version (index URLs, local labels, name suffixes).',
    help: 'Packages built for different CUDA majors (or torch versions / C++ ABIs) fail at import or at the first kernel. Take every CUDA package from the same index (`/whl/cu124`) and flavour, then run `uv lock`.',
    defaultSeverity: 'error',
  },
  'driver-floor': {
    summary: 'The NVIDIA driver given with --driver is older than the locked CUDA needs.',
    help: 'Below the CUDA major\'s minimum driver the GPU code does not run; below the toolkit\'s full-feature driver some features fail. Upgrade the driver, or lock packages built for an older CUDA.',
    defaultSeverity: 'error',
  },
  'lock-stale': {
    summary: 'uv.lock no longer matches pyproject.toml.',
    help: 'The lock records requirements that differ from the manifest: `uv sync --locked` fails and installs are not reproducible. Run `uv lock` and commit uv.lock.',
    defaultSeverity: 'error',
  },
  'unpinned-dependency': {
    summary: 'A direct dependency is not pinned with ==.',
    help: 'Loose requirements let a re-lock move to untested releases. Pin each direct dependency exactly (`numpy==2.2.6`); lockstep bump moves the pins in reviewed pull requests.',
    defaultSeverity: 'warning',
  },
  'parse-error': {
    summary: 'pyproject.toml or uv.lock is malformed.',
    help: 'The file is not valid TOML or does not have the expected shape. The message names the line, the column and what was expected; fix the file (for uv.lock: run `uv lock` again).',
    defaultSeverity: 'error',
  },
  'legacy-metadata': {
    summary: 'requirements.txt, setup.py or setup.cfg beside pyproject.toml.',
    help: 'Two sources of dependencies drift apart. Move what they declare into pyproject.toml (`uv add -r requirements.txt`) and delete them.',
    defaultSeverity: 'notice',
  },
  'no-python-version': {
    summary: 'No usable .python-version file.',
    help: 'Without it each machine uses whichever Python uv finds first. Run `uv python pin 3.12` and commit .python-version.',
    defaultSeverity: 'notice',
  },
  'lock-untracked': {
    summary: 'uv.lock exists but git does not track it (or .gitignore ignores it).',
    help: 'An untracked lock reproduces nothing on other machines. Remove the ignore rule and `git add uv.lock`.',
    defaultSeverity: 'warning',
  },
  'venv-outside-project': {
    summary: 'UV_PROJECT_ENVIRONMENT or a .venv symlink puts the environment outside the project.',
    help: 'A shared or external environment mixes projects and is not rebuilt from the lock. Keep the environment in the project\'s own `.venv`.',
    defaultSeverity: 'notice',
  },
  'artifact-missing': {
    summary: 'A locked file is no longer served by its index (or is served with another sha256).',
    help: '`uv sync --locked` fails on the targets that install it. Re-lock onto a release that is served (`uv lock --upgrade-package NAME`, or the `lockstep bump` / `lockstep refresh` pull requests), or pin the newest version the message names.',
    defaultSeverity: 'error',
  },
  'artifact-yanked': {
    summary: 'A locked release is yanked on its index (PEP 592).',
    help: 'uv still installs it from the lock, but the maintainers withdrew it (the reason is quoted) and the next `uv lock` moves away from it. Move to a release that is not yanked.',
    defaultSeverity: 'warning',
  },
  'artifact-unchecked': {
    summary: 'A host could not be asked whether the locked files are still served.',
    help: 'The index was down, refused the request (credentials) or did not answer before the deadline: nothing is known about its files, and none is reported missing. Re-run when it answers; give a private index its credentials (`UV_INDEX_<NAME>_USERNAME` / `_PASSWORD`).',
    defaultSeverity: 'error',
  },
};
