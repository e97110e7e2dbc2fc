import { describe, expect, it } from '@jest/globals';
import { readVersionFile } from '../../../src/core/setup/version-file.js';
import { chooseUvVersionRequest } from '../../../src/core/setup/uv-version.js';
import { choosePythonRequest } from '../../../src/core/setup/python-version.js';

describe('version-file (setup-uv formats)', () => {
  it('.tool-versions gives uv and python, skipping what is not a version', () => {
    expect(readVersionFile('.tool-versions', 'nodejs 20.1.0\nuv 0.12.3\npython 3.13\n')).toEqual({ uv: '0.12.3', python: '3.13', ignored: [] });
    const odd = readVersionFile('sub/.tool-versions', 'python system 3.12.4 3.11\nuv ref:main\n');
    expect(odd.python).toBe('3.12.4');
    expect(odd.uv).toBeUndefined();
    expect(odd.ignored).toEqual(['python system 3.12.4 3.11', 'uv ref:main']);
  });

  it('uv.toml and pyproject.toml: required-version, else a uv requirement', () => {
    expect(readVersionFile('uv.toml', 'required-version = ">=0.13"\n').uv).toBe('>=0.13');
    expect(readVersionFile('pyproject.toml', '[tool.uv]\nrequired-version = "==0.13.9"\n').uv).toBe('==0.13.9');
    expect(readVersionFile('pyproject.toml', '[project]\nname = "x"\ndependencies = ["uvicorn==1", "uv==0.13.1"]\n').uv).toBe('0.13.1');
    expect(readVersionFile('pyproject.toml', '[dependency-groups]\ndev = ["uv>=0.13,<0.14"]\n').uv).toBe('>=0.13,<0.14');
    expect(readVersionFile('pyproject.toml', '[project]\nname = "x"\n').uv).toBeUndefined();
  });

  it('uv.lock: the locked uv; requirements files: a uv line', () => {
    expect(readVersionFile('uv.lock', 'version = 1\n[[package]]\nname = "uv"\nversion = "0.13.9"\n').uv).toBe('0.13.9');
    expect(readVersionFile('requirements-dev.txt', '# tools\nuvicorn==0.30\nuv==0.13.9 ; python_version >= "3"\n').uv).toBe('0.13.9');
  });

  it('the version-file comes after the `version` input and before uv.toml / pyproject.toml', () => {
    const versionFile = { file: '.tool-versions', version: '0.12.3' };
    expect(chooseUvVersionRequest({ input: '', versionFile, uvTomlRequiredVersion: '>=0.13' })).toEqual({ kind: 'exact', version: '0.12.3', origin: 'version-file' });
    expect(chooseUvVersionRequest({ input: '0.13.9', versionFile })).toMatchObject({ version: '0.13.9', origin: 'input' });
  });

  it('Python: input, then an inherited UV_PYTHON, then .tool-versions, then .python-version', () => {
    const sources = { input: '', uvPythonEnv: '3.12', toolVersions: '3.13', pythonVersionFile: '3.11\n' };
    expect(choosePythonRequest({ ...sources, input: '3.10' })).toEqual({ request: '3.10', origin: 'input' });
    expect(choosePythonRequest(sources)).toEqual({ request: '3.12', origin: 'UV_PYTHON' });
    expect(choosePythonRequest({ ...sources, uvPythonEnv: '' })).toEqual({ request: '3.13', origin: '.tool-versions' });
    expect(choosePythonRequest({ input: '', anyWhenUnset: true })).toEqual({ request: '3', origin: 'default' });
  });
});
