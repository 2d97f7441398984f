/**
 * The contract every CLI command implements: a name and a function that adds it to the commander
 * program. Commands are listed explicitly in commands/index.ts (no registration by import side effect).
 */
import type { Command } from 'commander';

/**
 * One `dabir <name>` command. `register` calls `program.command(name)`, adds options, help and an
 * (async) action. The action reads input with io/ (readLines, readInput), writes with createOutput(),
 * and throws DabirError or CliUsageError for trouble: main.ts turns those into one stderr line and an
 * exit code; never call process.exit in a command. Create the command with `program.command(name)` (not
 * `new Command` + addCommand), so it inherits the program's error handling and output settings.
 *
 * @example
 * export const keysCommand: CliCommand = {
 *   name: 'keys',
 *   register(program) {
 *     program.command('keys').argument('[file]').description('«رئیس‌جمهوری» → search keys').action(async (file) => { ... });
 *   },
 * };
 */
export interface CliCommand {
  readonly name: string;
  register(program: Command): void;
}
