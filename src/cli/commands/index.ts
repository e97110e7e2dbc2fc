/** Every `lockstep` subcommand. A new command is a file in this folder plus one line here. */
import type { Command } from '../usage.js';
import { bumpCommand } from './bump.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { healthCommand } from './health.js';
import { refreshCommand } from './refresh.js';
import { verifyCommand } from './verify.js';

export const COMMANDS: readonly Command[] = [checkCommand, verifyCommand, diffCommand, bumpCommand, refreshCommand, healthCommand];
