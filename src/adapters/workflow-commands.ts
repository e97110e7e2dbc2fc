/**
 * Untrusted text (package names, file names, messages a pull request controls) on a step's stdout or
 * stderr, where the Actions runner obeys any line that starts with `::` after .NET's TrimStart (which
 * also strips U+0085 and the other Unicode spaces), or holds the legacy `##[`.
 * No @actions/* import here: the CLI uses it too and stays light to start.
 */
import { randomUUID } from 'node:crypto';
import { couldIssueWorkflowCommand } from '../core/security/neutralise.js';

/**
 * `message` for the log, made inert when it could issue workflow commands. `core.info` writes text as
 * is, and our log lines carry what a pull request controls (package names, file names, messages): one
 * with a newline (or U+0085) followed by `::set-output`/`::add-mask` would otherwise be obeyed by the
 * runner. The text is kept exactly; `stop-commands` with an unguessable token switches command
 * processing off around it (the toolkit's advice for untrusted output).
 */
export function inertLogText(message: string, token: () => string = randomUUID): string {
  if (!couldIssueWorkflowCommand(message)) return message;
  const resume = token();
  return `::stop-commands::${resume}\n${message}\n::${resume}::`;
}

/**
 * `::name::value`, a workflow command of our own (the ones @actions/core has no function for, such as
 * `add-matcher`), with the value escaped as the toolkit escapes command data (`%`, CR, LF), so the
 * value cannot end the line and start another command.
 */
export function workflowCommand(name: string, value: string): string {
  const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${name}::${escaped}`;
}

/**
 * The same for a chunk the CLI writes (usually ending in a newline): the resume line must stand on a
 * line of its own, or the runner would ignore commands for the rest of the step.
 */
export function inertOutputChunk(chunk: string, token: () => string = randomUUID): string {
  const body = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
  const inert = inertLogText(body, token);
  return inert === body ? chunk : `${inert}\n`;
}
