/**
 * `lockstep check --format sarif`: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`)
 * and other SARIF viewers. One rule per finding code (with its help), one result per finding, located
 * on its file and line relative to the directory lockstep ran in (the repository root in CI).
 */
import { FINDING_HELP } from '../finding-help.js';
import type { FindingCode, Severity } from '../findings.js';
import type { CheckReport } from '../matrix/types.js';
import { findingPath } from './locations.js';
import { sortFindings } from './text.js';

export interface SarifOptions {
  /** lockstep's version (tool.driver.version). */
  version: string;
  /** Where users read about lockstep (tool.driver.informationUri, and the rules' help links). */
  homepage: string;
  /** The project directory relative to the run's directory, `/`-separated ('' when the same). */
  projectDir: string;
  /** The run's directory as a `file:` URI ending in `/`: the SRCROOT the result locations are relative to. */
  srcRoot?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** `sdist-build` → `SdistBuild` (SARIF's reportingDescriptor.name is an identifier-like word). */
function ruleName(code: string): string {
  return code.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase());
}

export function toSarif(report: CheckReport, options: SarifOptions): object {
  const codes = Object.keys(FINDING_HELP) as FindingCode[];
  const rules = codes.map((code) => {
    const help = FINDING_HELP[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: help.summary },
      fullDescription: { text: `${help.summary} ${help.help}` },
      help: { text: help.help, markdown: help.help },
      helpUri: `${options.homepage}#lockstep-check-the-lock-engine`,
      defaultConfiguration: { level: LEVEL[help.defaultSeverity] },
      properties: { tags: ['reproducibility', 'dependencies'] },
    };
  });
  const results = sortFindings(report.findings).map((f) => {
    const where = [f.package, f.version].filter(Boolean).join(' ');
    const text = `${where ? `${where}: ` : ''}${f.message}${f.target ? ` (target ${f.target})` : ''}`;
    // Every result gets a location (code scanning shows none without one): a finding about the
    // project as a whole (no .python-version) sits on its pyproject.toml.
    const uri = findingPath({ file: f.file ?? 'pyproject.toml' }, options.projectDir)!;
    // A finding about a whole file (no line) is put on its first line, where code scanning shows it.
    const region = { startLine: f.line ?? 1, ...(f.line && f.column ? { startColumn: f.column } : {}) };
    return {
      ruleId: f.code,
      ruleIndex: codes.indexOf(f.code),
      level: LEVEL[f.severity],
      message: { text: text.endsWith('.') ? text : `${text}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: 'SRCROOT' }, region } }],
      properties: { ...(f.package ? { package: f.package } : {}), ...(f.version ? { version: f.version } : {}), ...(f.target ? { target: f.target } : {}) },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lockstep', version: options.version, semanticVersion: options.version, informationUri: options.homepage, rules } },
        ...(options.srcRoot ? { originalUriBaseIds: { SRCROOT: { uri: options.srcRoot } } } : {}),
        results,
      },
    ],
  };
}

export function renderSarif(report: CheckReport, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}
