/**
 * The `dabir` command line: builds the commander program from the command registry, runs it, and turns
 * every failure into one `dabir: <message>` line on stderr and an exit code (see cli-errors.ts).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT_OK, EXIT_USAGE, exitCodeFor, messageFor } from './cli-errors.js';

function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return json.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The program with every registered command; usage errors throw CommanderError instead of exiting. */
export function createProgram(): Command {
  const program = new Command('dabir');
  program
    .description('Persian news text to clean, structured data: normalization with ZWNJ restoration, tokens, tags, entities, quotes.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      outputError: (message, write) => write(`dabir: ${message.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      '\nInput files must be UTF-8; "-" or no file reads standard input.\n' +
        'Exit codes: 0 success, 1 input error (missing, unreadable or invalid file), 2 usage error, 70 internal error.\n' +
        'Run "dabir <command> --help" for a command\'s options.',
    );
  // Subcommands made with program.command() inherit exitOverride and the output settings above.
  for (const command of COMMANDS) command.register(program);
  return program;
}

/** Runs the CLI on `argv` (user arguments only, without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  // commander answers «dabir help foo» with the full help and exit 2 but never says what was wrong.
  if (argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1])) {
    process.stderr.write(`dabir: unknown command '${argv[1]}'\n`);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    // commander has already printed its message (help and version exit with 0).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    const message = messageFor(error);
    if (message) process.stderr.write(`dabir: ${message}\n`);
    if (process.env['DABIR_DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return exitCodeFor(error);
  }
}

/** Entry point used by bin/dabir.js. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2));
}
