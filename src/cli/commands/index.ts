/**
 * The CLI command registry: every `dabir` command, listed explicitly in help order. To add one, write
 * commands/<name>.ts exporting a CliCommand (see ../cli-command.ts) and append one line below.
 */
import type { CliCommand } from '../cli-command.js';
import { normalizeCommand } from './normalize.js';
import { tokenizeCommand } from './tokenize.js';

export const COMMANDS: readonly CliCommand[] = [
  normalizeCommand,
  tokenizeCommand,
];
