import { describe, expect, it } from '@jest/globals';
import { isProtectedVariable, looksSecret, parseEnvFile, secretsToMask } from '../../../src/core/setup/env-file.js';

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

  it('reads words, not substrings: harmless TOKENIZERS_PARALLELISM, MAX_TOKENS, AUTHOR, PASSES; secret GH_PAT, SENTRY_DSN...', () => {
    for (const name of ['TOKENIZERS_PARALLELISM', 'MAX_TOKENS', 'AUTHOR', 'PASSES', 'PWD', 'COMPASS_DIR']) expect(looksSecret(name)).toBe(false);
    for (const name of ['GH_PAT', 'AWS_ACCESS_KEY_ID', 'SENTRY_DSN', 'SLACK_WEBHOOK_URL', 'DB_PASS', 'apiKey']) expect(looksSecret(name)).toBe(true);
  });
});

describe('secretsToMask (by what a value is, as well as by name)', () => {
  it('masks nothing of harmless settings, so those words stay readable in later logs', () => {
    for (const [name, value] of [['TOKENIZERS_PARALLELISM', 'false'], ['MAX_TOKENS', '512'], ['AUTHOR', 'Jane'], ['PASSES', '3'], ['MAX_TOKEN', '512'], ['DATA_DIR', '/data/run-2024-01-01'], ['HF_HOME', '.cache/huggingface']]) {
      expect(secretsToMask(name!, value!)).toEqual([]);
    }
  });

  it('masks the password of a credential URL, a token whatever its name, and secret names', () => {
    expect(secretsToMask('DATABASE_URL', 'postgres://app:pa%24%24w0rd@db.internal:5432/x')).toEqual(['pa%24%24w0rd', 'pa$$w0rd']);
    expect(secretsToMask('MY_VALUE', 'ghp_0123456789abcdefghijABCDEFGHIJ012345')).toEqual(['ghp_0123456789abcdefghijABCDEFGHIJ012345']);
    expect(secretsToMask('UPLOAD_ID', 'q8Zr2LmX7vKp4Tn9WcY3bH6d')).toEqual(['q8Zr2LmX7vKp4Tn9WcY3bH6d']);
    expect(secretsToMask('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE')).toEqual(['AKIAIOSFODNN7EXAMPLE']);
    expect(secretsToMask('SLACK_WEBHOOK_URL', 'https://hooks.slack.com/services/T000/B000/XXXX')).toEqual(['https://hooks.slack.com/services/T000/B000/XXXX']);
  });

  it('masks a private key block whole and line by line', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQyNTUxOQAAACDx9kL2mP0q\n-----END OPENSSH PRIVATE KEY-----';
    const masks = secretsToMask('DEPLOY', key);
    expect(masks).toContain(key);
    for (const line of key.split('\n')) expect(masks).toContain(line);
  });
});

describe('parseEnvFile on a large file (quadratic before: 20k lines took 49 s)', () => {
  it('loads 40k lines with expansion in one pass', () => {
    const text = ['BASE=/data', ...Array.from({ length: 40_000 }, (_, i) => `VAR_${i}="\${BASE}/${i}"`)].join('\n');
    const started = Date.now();
    const { variables } = parseEnvFile(text, { expandFrom: {} });
    expect(variables).toHaveLength(40_001);
    expect(variables[4]?.value).toBe('/data/3');
    // Generous bound: the quadratic version needed minutes; linear is well under a second.
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
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

  it('never expands the runner\'s credentials into an exported variable', () => {
    const env = { ACTIONS_RUNTIME_TOKEN: 'rt-secret', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret', GITHUB_TOKEN: 'ghs_x', INPUT_TOKEN: 'in', HOME: '/home/u' };
    const { variables, problems } = parseEnvFile('A=$ACTIONS_RUNTIME_TOKEN\nB="${ACTIONS_ID_TOKEN_REQUEST_TOKEN}"\nC=$GITHUB_TOKEN$INPUT_TOKEN\nD=$HOME', { expandFrom: env });
    expect(variables.map((v) => v.value)).toEqual(['', '', '', '/home/u']);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 3]);
    expect(problems[0]?.message).toContain('never expanded');
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
    for (const name of ['DATA_DIR', 'HF_HOME', 'CUDA_HOME', 'PYTHONNOUSERSITE', 'MY_PATH', 'GIT_AUTHOR_NAME']) expect(isProtectedVariable(name)).toBe(false);
  });

  it('blocks what changes what later steps execute or trust, and index redirections unless allowed', () => {
    const blocked = ['GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0', 'GIT_CONFIG_GLOBAL', 'GIT_SSH_COMMAND', 'LD_LIBRARY_PATH', 'PYTHONSTARTUP', 'PYTHONHOME', 'PERL5OPT', 'JAVA_TOOL_OPTIONS', 'NODE_TLS_REJECT_UNAUTHORIZED', 'NODE_EXTRA_CA_CERTS'];
    for (const name of blocked) expect(isProtectedVariable(name, { allowIndexRedirection: true })).toBe(true);
    for (const name of ['UV_INDEX_URL', 'UV_DEFAULT_INDEX', 'PIP_INDEX_URL']) {
      expect(isProtectedVariable(name)).toBe(true);
      expect(isProtectedVariable(name, { allowIndexRedirection: true })).toBe(false);
    }
  });
});
