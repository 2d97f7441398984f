/**
 * How the CLI reports failure: one `dabir: <message>` line on stderr and an exit code. Exit codes:
 * 0 success, 1 input or runtime error (missing/unreadable file, invalid UTF-8, malformed input, model),
 * 2 usage error (unknown command or option, bad option value), 70 internal error (a bug: please report).
 */
import { DabirError, type DabirErrorCode } from '../errors.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

/** A wrong command line that commander cannot see by itself (e.g. a bad --format value). */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** Output was closed by the reader (`dabir normalize big.txt | head`): stop quietly, as Unix tools do. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed');
    this.name = 'OutputClosedError';
  }
}

const USAGE_CODES: ReadonlySet<DabirErrorCode> = new Set(['invalid-argument', 'unknown-option', 'invalid-option']);

/** The exit code for an error thrown by a command. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof OutputClosedError) return EXIT_OK;
  if (error instanceof CliUsageError) return EXIT_USAGE;
  if (error instanceof DabirError) return USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_INPUT;
  return EXIT_INTERNAL;
}

/** The one line printed on stderr for an error (without the `dabir: ` prefix), or '' for none. */
export function messageFor(error: unknown): string {
  if (error instanceof OutputClosedError) return '';
  if (error instanceof CliUsageError || error instanceof DabirError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `internal error: ${text} (this is a bug; set DABIR_DEBUG=1 to see the stack)`;
}
