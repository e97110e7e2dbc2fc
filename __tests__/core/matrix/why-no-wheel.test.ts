// Messages that name the real reason a package has no wheel for a target (issue 11, item 9).
import { describe, expect, it } from '@jest/globals';
import { resolvePlatform } from '../../../src/core/pep/platforms.js';
import { parseWheelFilename } from '../../../src/core/pep/wheel.js';
import { describeNoWheel, whyNoWheel } from '../../../src/core/matrix/why-no-wheel.js';
import { checkProject } from '../../../src/core/matrix/engine.js';
import { readCorpus } from '../lock/corpus-files.js';

const wheels = (...names: string[]) => names.map((n) => parseWheelFilename(n));

describe('whyNoWheel', () => {
  it('a newer glibc: names the oldest manylinux that fits and the target that would work', () => {
    // vllm 0.19.1 on PyPI: manylinux_2_31 wheels only.
    const reason = whyNoWheel(wheels('vllm-0.19.1-cp38-abi3-manylinux_2_31_x86_64.whl', 'vllm-0.19.1-cp38-abi3-manylinux_2_31_aarch64.whl'), '3.12', resolvePlatform('x86_64-manylinux_2_28'));
    expect(reason).toEqual({ kind: 'glibc', needs: [2, 31], has: [2, 28], works: 'x86_64-manylinux_2_31' });
    expect(describeNoWheel(reason!, '3.12', 'x86_64-manylinux_2_28', [])).toMatch(/newer glibc.*manylinux_2_31.*glibc 2\.28.*`x86_64-manylinux_2_31`/);
  });
  it('other Python versions: "no wheel for cp314 (wheels exist for cp312, cp313)", not "other platforms"', () => {
    const reason = whyNoWheel(wheels('pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.whl', 'pkg-1.0-cp313-cp313-manylinux_2_17_x86_64.whl'), '3.14', resolvePlatform('linux'));
    expect(reason).toEqual({ kind: 'python', available: ['3.12', '3.13'] });
    expect(describeNoWheel(reason!, '3.14', 'linux', [])).toMatch(/^There is no wheel for cp314 \(wheels exist for cp312, cp313 on this platform\)/);
  });
  it('other platforms, and null when a wheel fits', () => {
    expect(whyNoWheel(wheels('pkg-1.0-py3-none-win_amd64.whl'), '3.12', resolvePlatform('linux'))).toEqual({ kind: 'platform' });
    expect(whyNoWheel(wheels('pkg-1.0-py3-none-any.whl'), '3.12', resolvePlatform('linux'))).toBeNull();
  });
});

describe('the engine says why', () => {
  it('open-instruct: vllm 0.19.1 builds from source on manylinux_2_28 because its wheels need glibc 2.31', () => {
    const report = checkProject({ pyproject: readCorpus('allenai__open-instruct', 'pyproject.toml'), lock: readCorpus('allenai__open-instruct', 'uv.lock') }, { pythons: ['3.12'], platforms: ['x86_64-manylinux_2_28'] });
    const vllm = report.findings.find((f) => f.code === 'sdist-build' && f.package === 'vllm');
    expect(vllm?.message).toMatch(/Its wheels need a newer glibc: the oldest that fits is manylinux_2_31 .* It installs on `x86_64-manylinux_2_31`/);
  });
});
