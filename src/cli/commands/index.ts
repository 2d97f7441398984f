/**
 * The CLI command registry: every `dabir` command, listed explicitly in help order. To add one, write
 * commands/<name>.ts exporting a CliCommand (see ../cli-command.ts) and append one line below.
 */
import type { CliCommand } from '../cli-command.js';
import { analyzeCommand } from './analyze.js';
import { keysCommand } from './keys.js';
import { nerCommand } from './ner.js';
import { normalizeCommand } from './normalize.js';
import { serveCommand } from './serve.js';
import { tagCommand } from './tag.js';
import { tokenizeCommand } from './tokenize.js';

export const COMMANDS: readonly CliCommand[] = [
  normalizeCommand,
  tokenizeCommand,
  tagCommand,
  keysCommand,
  nerCommand,
  analyzeCommand,
  serveCommand,
];
