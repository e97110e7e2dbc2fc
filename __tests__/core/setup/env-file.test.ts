import { describe, expect, it } from '@jest/globals';
import { isProtectedVariable, looksSecret, parseEnvFile } from '../../../src/core/setup/env-file.js';

describe('parseEnvFile', () => {
  it('reads NAME=value and export NAME=value with their line numbers, as dotenv does', () => {
    const { variables, problems } = parseEnvFile(
      ['# comment', 'export DATA_DIR=data', '', 'NAME="quoted value" # trailing comment', "SINGLE='x#y'", 'EMPTY=', 'SPACED = padded '].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(variables).toEqual([
      { name: 'DATA_DIR', value: 'data', line: 2 },
      { name: 'NAME', value: 'quoted value', line: 4 },
      { name: 'SINGLE', value: 'x#y', line: 5 },
      { name: 'EMPTY', value: '', line: 6 },
      { name: 'SPACED', value: 'padded', line: 7 },
    ]);
  });

  it('keeps multi-line quoted values and the line numbers after them', () => {
    const { variables } = parseEnvFile('KEY="-----BEGIN\nabc\n-----END"\nAFTER=1\nESCAPED="a \\" b"\n');
    expect(variables).toEqual([
      { name: 'KEY', value: '-----BEGIN\nabc\n-----END', line: 1 },
      { name: 'AFTER', value: '1', line: 4 },
      // dotenv keeps a backslash-escaped quote as written (it only expands \n and \r).
      { name: 'ESCAPED', value: 'a \\" b', line: 5 },
    ]);
  });

  it('reports malformed lines by number without quoting their values', () => {
    const { variables, problems } = parseEnvFile('GOOD=1\nnot an assignment\n1BAD=secret-value\nOPEN="never closed\nLAST=2\n');
    // The unclosed quote is skipped alone: the line after it still loads.
    expect(variables.map((v) => v.name)).toEqual(['GOOD', 'LAST']);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems[1]?.message).toContain('"1BAD" is not a valid environment variable name');
    expect(problems[2]?.message).toContain('never closed');
    for (const problem of problems) expect(problem.message).not.toMatch(/secret-value|never closed"|not an assignment/);
  });

  it('handles a BOM and Windows line endings', () => {
    expect(parseEnvFile('\uFEFFA=1\r\nB=2\r\n').variables).toEqual([
      { name: 'A', value: '1', line: 1 },
      { name: 'B', value: '2', line: 2 },
    ]);
  });
});

describe('looksSecret', () => {
  it('masks names that say secret, not ordinary settings', () => {
    for (const name of ['WANDB_API_KEY', 'HF_TOKEN', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'PRIVATE_KEY', 'GITHUB_AUTH']) {
      expect(looksSecret(name)).toBe(true);
    }
    for (const name of ['DATA_DIR', 'SEED', 'HF_HOME', 'EXPERIMENT_NAME', 'KEYBOARD_LAYOUT']) expect(looksSecret(name)).toBe(false);
  });
});

describe('parseEnvFile with expansion (like `source .env`)', () => {
  it('expands $NAME and ${NAME} from earlier lines, then the environment; single quotes stay literal', () => {
    // The essay's pixi appendix: export LD_LIBRARY_PATH="$CONDA_PREFIX/lib"
    const text = [
      'export LIBRARY_PATH="$CONDA_PREFIX/lib"',
      'BASE=/data',
      'CKPT=${BASE}/ckpt',
      "LITERAL='$BASE stays'",
      'PRICE=\\$5',
    ].join('\n');
    const { variables, problems } = parseEnvFile(text, { expandFrom: { CONDA_PREFIX: '/opt/conda', BASE: '/ignored' } });
    expect(Object.fromEntries(variables.map((v) => [v.name, v.value]))).toEqual({
      LIBRARY_PATH: '/opt/conda/lib',
      BASE: '/data',
      CKPT: '/data/ckpt',
      LITERAL: '$BASE stays',
      PRICE: '$5',
    });
    expect(problems).toEqual([]);
  });

  it('warns on the line of an undefined reference and expands it to empty, as a shell does', () => {
    const { variables, problems } = parseEnvFile('A=1\nB="$MISSING/x"\n', { expandFrom: {} });
    expect(variables[1]).toEqual({ name: 'B', value: '/x', line: 2 });
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('$MISSING is not defined') }]);
  });

  it('does not expand without an environment (plain parse keeps values as written)', () => {
    expect(parseEnvFile('A=$HOME/x').variables[0]?.value).toBe('$HOME/x');
  });
});

describe('isProtectedVariable', () => {
  it('keeps a committed .env from changing how later steps run', () => {
    for (const name of ['PATH', 'LD_PRELOAD', 'BASH_ENV', 'NODE_OPTIONS', 'GITHUB_TOKEN', 'github_env', 'RUNNER_TEMP', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_X']) {
      expect(isProtectedVariable(name)).toBe(true);
    }
    for (const name of ['DATA_DIR', 'HF_HOME', 'LD_LIBRARY_PATH', 'CUDA_HOME', 'PYTHONNOUSERSITE', 'MY_PATH']) expect(isProtectedVariable(name)).toBe(false);
  });
});
