import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LockstepError } from '../../../src/core/errors.js';
import type { MarkerEnvironment } from '../../../src/core/pep/markers.js';
import { conflictExtra, conflictGroup, evaluateMarker, formatMarker, parseMarker } from '../../../src/core/pep/markers.js';
import { PLATFORM_NAMES, resolvePlatform } from '../../../src/core/pep/platforms.js';
import { corpusLocks, markersIn } from './corpus.js';

const LINUX_311: MarkerEnvironment = resolvePlatform('x86_64-manylinux_2_28').markerEnvironment('3.11');

function evaluateWith(marker: string, env: Partial<MarkerEnvironment>, extras: string[] = []): boolean {
  return evaluateMarker(marker, { env: { ...LINUX_311, ...env }, extras: new Set(extras) });
}

// Vectors: pypa/packaging tests/test_markers.py (VARIABLES, OPERATORS, VALUES; test_parses_valid,
// test_parses_pep345_valid, test_parses_setuptools_legacy_valid).
const VARIABLES = [
  'extra', 'implementation_name', 'implementation_version', 'os_name', 'platform_machine', 'platform_release',
  'platform_system', 'platform_version', 'python_full_version', 'python_version', 'platform_python_implementation',
  'sys_platform',
];
const PEP_345_VARIABLES = ['os.name', 'sys.platform', 'platform.version', 'platform.machine', 'platform.python_implementation'];
const SETUPTOOLS_VARIABLES = ['python_implementation'];
const OPERATORS = ['===', '==', '>=', '<=', '!=', '~=', '>', '<', 'in', 'not in'];
const VALUES = ['1.0', '5.6a0', 'dog', 'freebsd', 'literally any string can go here', 'things @#4 dsfd ((('];

describe('parseMarker', () => {
  const valid: string[] = [];
  for (const variable of [...VARIABLES, ...PEP_345_VARIABLES, ...SETUPTOOLS_VARIABLES]) {
    for (const op of OPERATORS) {
      for (const value of VALUES) {
        valid.push(`${variable} ${op} '${value}'`, `'${value}' ${op} ${variable}`);
      }
    }
  }
  it(`parses all ${valid.length} variable × operator × value combinations from packaging's tests`, () => {
    for (const text of valid) expect(() => parseMarker(text)).not.toThrow();
  });

  // packaging tests/test_markers.py `test_parses_invalid`, plus a few of our own.
  const invalid = [
    "this_isnt_a_real_variable >= '1.0'",
    'python_version',
    '(python_version)',
    'python_version >= 1.0 and (python_version)',
    '(python_version == "2.7" and os_name == "linux"',
    '(python_version == "2.7") with random text',
    "os_name == 'unterminated",
    '',
    "os_name = 'nt'",
    "os_name == 'nt' and",
    "not os_name == 'nt'",
  ];
  it.each(invalid)('rejects %j with a LockstepError', (text) => {
    expect(() => parseMarker(text)).toThrow(LockstepError);
  });

  it('says where parsing stopped', () => {
    expect(() => parseMarker("python_version >= '3.8' and os_nme == 'nt'")).toThrow(/column 29: expected a known marker variable \(got 'os_nme'\)/);
  });

  // packaging tests/test_markers.py `test_str_repr_eq_hash`: equivalent spellings normalise the same.
  const printed: Array<[string, string]> = [
    ["python_version == '2.7'", "python_version == '2.7'"],
    ['python_version == "2.7"', "python_version == '2.7'"],
    ['python_version == "2.7" and os_name == "linux"', "python_version == '2.7' and os_name == 'linux'"],
    ['python_version == "2.7" or os_name == "linux"', "python_version == '2.7' or os_name == 'linux'"],
    [
      'python_version == "2.7" and os_name == "linux" or sys_platform == "win32"',
      "python_version == '2.7' and os_name == 'linux' or sys_platform == 'win32'",
    ],
    ['(python_version == "2.7")', "python_version == '2.7'"],
    ['(python_version == "2.7" and sys_platform == "win32")', "python_version == '2.7' and sys_platform == 'win32'"],
    [
      'python_version == "2.7" and (sys_platform == "win32" or sys_platform == "linux")',
      "python_version == '2.7' and (sys_platform == 'win32' or sys_platform == 'linux')",
    ],
  ];
  it.each(printed)('%s prints as %s', (text, expected) => {
    expect(formatMarker(parseMarker(text))).toBe(expected);
  });

  it('memoises by string: the same text gives the same AST object', () => {
    const text = "platform_machine == 'x86_64' and sys_platform == 'linux'";
    expect(parseMarker(text)).toBe(parseMarker(text));
  });
});

describe('evaluateMarker', () => {
  // packaging tests/test_markers.py `test_evaluates`, `test_evaluate_pep345_markers`,
  // `test_prefers_pep440`, `test_allows_prerelease`, `test_evaluate_setuptools_legacy_markers`.
  // packaging's `{"extra": X}` environment becomes our active-extras set.
  const cases: Array<[string, Partial<MarkerEnvironment>, string[], boolean]> = [
    ["os_name == 'foo'", { os_name: 'foo' }, [], true],
    ["os_name == 'foo'", { os_name: 'bar' }, [], false],
    ["'2.7' in python_version", { python_version: '2.7.5' }, [], true],
    ["'2.7' not in python_version", { python_version: '2.7' }, [], false],
    ["os_name == 'foo' and python_version ~= '2.7.0'", { os_name: 'foo', python_version: '2.7.6' }, [], true],
    ["python_version ~= '2.7.0' and (os_name == 'foo' or os_name == 'bar')", { os_name: 'foo', python_version: '2.7.4' }, [], true],
    ["python_version ~= '2.7.0' and (os_name == 'foo' or os_name == 'bar')", { os_name: 'bar', python_version: '2.7.4' }, [], true],
    ["python_version ~= '2.7.0' and (os_name == 'foo' or os_name == 'bar')", { os_name: 'other', python_version: '2.7.4' }, [], false],
    ["extra == 'security'", {}, ['quux'], false],
    ["extra == 'security'", {}, ['security'], true],
    ["extra == 'SECURITY'", {}, ['security'], true],
    ["extra == 'security'", {}, ['SECURITY'], true],
    ["extra == 'pep-685-norm'", {}, ['PEP_685...norm'], true],
    ["extra == 'Different.punctuation..is...equal'", {}, ['different__punctuation_is_EQUAL'], true],
    ['extra == "im_valid"', {}, [], false], // test_environment_assumes_empty_extra
    ["sys.platform == 'win32'", { sys_platform: 'linux2' }, [], false],
    ["platform.version in 'Ubuntu'", { platform_version: '#39' }, [], false],
    ["platform.machine=='x86_64'", { platform_machine: 'x86_64' }, [], true],
    ["platform.python_implementation=='Jython'", { platform_python_implementation: 'CPython' }, [], false],
    ["python_version == '2.5' and platform.python_implementation!= 'Jython'", { python_version: '2.7' }, [], false],
    ["python_implementation=='Jython'", { platform_python_implementation: 'CPython' }, [], false],
    ['"2.7.9" < python_full_version', { python_full_version: '2.7.10' }, [], true], // PEP 440, not string order
    ['"2.7.9" < python_full_version', { python_full_version: '2.7.8' }, [], false],
    ['python_full_version > "3.6.2"', { python_full_version: '3.11.0a5' }, [], true],
    ['"a" <= "a"', {}, [], true],
    // Ours: uv lock shapes.
    ["python_full_version >= '3.11'", {}, [], true],
    ["python_full_version < '3.11'", {}, [], false],
    ["python_full_version >= '3.11.4'", {}, [], false], // a bare '3.11' target means 3.11.0, as in uv
    ["python_version == '3.1*'", {}, [], false], // not a valid version pattern: plain string comparison
    ["python_version == '3.*'", {}, [], true],
    ["python_version != '3.11.*'", {}, [], false],
    ["'linux' == sys_platform", {}, [], true],
    ["platform_machine == 'x86_64' and sys_platform == 'linux'", {}, [], true],
    ["platform_machine == 'aarch64' and sys_platform == 'linux'", {}, [], false],
    ["platform_machine in 'x86_64 aarch64'", {}, [], true],
    ["platform_machine not in 'x86_64 aarch64'", {}, [], false],
    ["extra != 'cpu'", {}, [], true],
    ["extra != 'cpu'", {}, ['cpu'], false],
    ["platform_release >= '5.10'", { platform_release: '6.8.0' }, [], true], // version-like when valid
    ["platform_release >= '5.10'", { platform_release: '' }, [], false], // '' < '5.10' as strings
    ["implementation_name == 'cpython' and platform_python_implementation == 'CPython'", {}, [], true],
    ["sys_platform == 'darwin' or (sys_platform == 'linux' and platform_machine != 'aarch64')", {}, [], true],
  ];
  it.each(cases)('%s with %j extras=%j -> %s', (marker, env, extras, expected) => {
    expect(evaluateWith(marker, env, extras)).toBe(expected);
  });

  it('evaluates uv conflict markers by the encoded extra/group names', () => {
    const cu129 = conflictExtra('fish-speech', 'cu129');
    const marker = "(sys_platform == 'linux' and extra == 'extra-11-fish-speech-cu129') or (sys_platform == 'darwin' and extra == 'extra-11-fish-speech-cpu')";
    expect(evaluateWith(marker, {}, [cu129])).toBe(true);
    expect(evaluateWith(marker, {}, [conflictExtra('fish-speech', 'cpu')])).toBe(false);
    expect(evaluateWith(marker, { sys_platform: 'darwin' }, [conflictExtra('fish-speech', 'cpu')])).toBe(true);
    expect(evaluateWith(marker, {}, [])).toBe(false);
    const group = "extra == 'group-13-open-instruct-cuda13' and platform_machine == 'x86_64'";
    expect(evaluateWith(group, {}, [conflictGroup('open-instruct', 'cuda13')])).toBe(true);
    expect(evaluateWith(group, {}, [conflictExtra('open-instruct', 'cuda13')])).toBe(false);
  });

  it('sees an extra added to a reused extras set', () => {
    const extras = new Set<string>(['cpu']);
    const ctx = { env: LINUX_311, extras };
    expect(evaluateMarker("extra == 'cuda'", ctx)).toBe(false);
    extras.add('CUDA');
    expect(evaluateMarker("extra == 'cuda'", ctx)).toBe(true);
    expect(evaluateMarker("extra == 'cpu' and extra == 'cuda'", ctx)).toBe(true); // uv's conjunction of conflict extras
  });

  it('accepts a pre-parsed marker', () => {
    const marker = parseMarker("sys_platform == 'win32'");
    const windows = resolvePlatform('x86_64-pc-windows-msvc').markerEnvironment('3.12');
    expect(evaluateMarker(marker, { env: windows })).toBe(true);
    expect(evaluateMarker(marker, { env: LINUX_311 })).toBe(false);
  });
});

describe('conflictExtra / conflictGroup (uv encoding)', () => {
  it.each([
    ['fish-speech', 'cu129', 'extra-11-fish-speech-cu129'],
    ['Fish_Speech', 'CU129', 'extra-11-fish-speech-cu129'],
    ['levanter', 'gpu', 'extra-8-levanter-gpu'],
    ['nanochat', 'cpu', 'extra-8-nanochat-cpu'],
  ])('conflictExtra(%s, %s) = %s', (pkg, extra, expected) => {
    expect(conflictExtra(pkg, extra)).toBe(expected);
  });
  it('conflictGroup', () => {
    expect(conflictGroup('open-instruct', 'cuda13')).toBe('group-13-open-instruct-cuda13');
  });
});

// The corpus is required test data (CI has it beside the checkout): a missing corpus fails, it does not skip.
const corpus = describe;

corpus('every marker in the corpus locks (/work/shared/corpus/*/uv.lock)', () => {
  const locks = corpusLocks();
  const targets = PLATFORM_NAMES.map((name) => resolvePlatform(name));

  it('parses and evaluates every distinct marker on every platform × Python 3.9–3.14, with and without extras', () => {
    const all = new Set<string>();
    for (const { lock } of locks) markersIn(lock, all);
    expect(all.size).toBeGreaterThan(300);
    const extraSets = [new Set<string>(), new Set(['extra-11-fish-speech-cu129', 'group-13-open-instruct-cuda13', 'gpu'])];
    let trueCount = 0;
    let falseCount = 0;
    for (const text of all) {
      const marker = parseMarker(text);
      for (const platform of targets) {
        for (const python of ['3.9', '3.10', '3.11', '3.12', '3.13', '3.14']) {
          for (const extras of extraSets) {
            const result = evaluateMarker(marker, { env: platform.markerEnvironment(python), extras });
            if (result === true) trueCount++;
            else if (result === false) falseCount++;
          }
        }
      }
    }
    expect(trueCount + falseCount).toBe(all.size * targets.length * 12);
    // The corpus markers genuinely discriminate between targets: neither outcome dominates entirely.
    expect(trueCount).toBeGreaterThan(0.1 * (trueCount + falseCount));
    expect(falseCount).toBeGreaterThan(0.1 * (trueCount + falseCount));
  });

  it('agrees with pypa/packaging 26.2 on every corpus marker in 120 environments (fixtures/packaging-26.2-corpus-markers.json)', () => {
    const fixture = JSON.parse(readFileSync(new URL('./fixtures/packaging-26.2-corpus-markers.json', import.meta.url), 'utf8')) as {
      results: Record<string, string>;
    };
    const environments: Array<{ env: MarkerEnvironment; extras: Set<string> }> = [];
    for (const name of ['x86_64-manylinux_2_28', 'aarch64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-apple-darwin', 'x86_64-pc-windows-msvc', 'x86_64-unknown-linux-musl']) {
      for (const python of ['3.9', '3.10', '3.11', '3.12', '3.13']) {
        for (const extra of ['', 'extra-11-fish-speech-cu129', 'extra-8-levanter-gpu', 'group-13-open-instruct-cuda13']) {
          environments.push({ env: resolvePlatform(name).markerEnvironment(python), extras: new Set(extra ? [extra] : []) });
        }
      }
    }
    const all = new Set<string>();
    for (const { lock } of locks) markersIn(lock, all);
    const disagreements: string[] = [];
    for (const text of all) {
      const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
      const expectedHex = fixture.results[key];
      if (expectedHex === undefined) {
        disagreements.push(`no packaging result for ${text.slice(0, 80)}`);
        continue;
      }
      const expected = BigInt(`0x${expectedHex}`).toString(2).padStart(environments.length, '0');
      const actual = environments.map((ctx) => (evaluateMarker(text, ctx) ? '1' : '0')).join('');
      if (actual !== expected) disagreements.push(`${text.slice(0, 120)}: ${actual} vs packaging ${expected}`);
    }
    expect(disagreements).toEqual([]);
    expect(all.size).toBe(Object.keys(fixture.results).length);
  });

  it("every encoded conflict extra in a lock's markers comes from that lock's [conflicts] declaration", () => {
    let checked = 0;
    for (const { project, lock } of locks) {
      const declared = new Set<string>();
      const root = (lock.package as Array<Record<string, unknown>>).map((p) => String(p.name));
      for (const set of (lock.conflicts as Array<Array<Record<string, string>>> | undefined) ?? []) {
        for (const item of set) {
          // `package` is optional in the lock when the conflict is within the project itself.
          const owners = item.package ? [item.package] : root;
          for (const owner of owners) {
            if (item.extra) declared.add(conflictExtra(owner, item.extra));
            if (item.group) declared.add(conflictGroup(owner, item.group));
          }
        }
      }
      for (const text of markersIn(lock)) {
        for (const m of text.matchAll(/extra == '((?:extra|group)-\d+-[^']+)'/g)) {
          expect([project, declared.has(m[1]!)]).toEqual([project, true]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("NeMo RL's supported-markers hold exactly on the Linux targets of the matching arch", () => {
    const lock = locks.find((l) => l.project === 'NVIDIA-NeMo__RL')!.lock;
    const [x86, arm] = lock['supported-markers'] as string[];
    const on = (name: string, marker: string) => evaluateMarker(marker, { env: resolvePlatform(name).markerEnvironment('3.12') });
    expect(on('x86_64-manylinux_2_28', x86!)).toBe(true);
    expect(on('aarch64-manylinux_2_28', x86!)).toBe(false);
    expect(on('aarch64-manylinux_2_28', arm!)).toBe(true);
    expect(on('aarch64-apple-darwin', arm!)).toBe(false);
    expect(on('x86_64-pc-windows-msvc', x86!)).toBe(false);
  });
});
