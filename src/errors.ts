/**
 * DabirError and its stable codes. Thrown only for misuse (bad argument, unknown option, missing or
 * incompatible model); problems found in the text itself become messages on the Doc instead.
 */

export const ERROR_CODES = {
  'invalid-argument': 'an argument has the wrong type or value',
  'unknown-option': 'an option name is not recognised',
  'invalid-option': 'an option has a value outside its allowed set',
  'model-missing': 'a model file could not be found or read',
  'model-incompatible': 'a model file has a format version this code cannot read',
  'pipeline-order': 'a stage requires an attribute that no earlier stage assigns',
  'parse-error': 'an input file in a structured format (CoNLL-U, JSONL) is malformed',
  'invalid-utf8': 'an input file is not valid UTF-8',
  'io-error': 'a file could not be read or written',
} as const;

export type DabirErrorCode = keyof typeof ERROR_CODES;

/** An error with a stable machine-readable `code`; `message` says what was expected and what was found. */
export class DabirError extends Error {
  readonly code: DabirErrorCode;

  constructor(code: DabirErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DabirError';
    this.code = code;
  }
}

/**
 * Rejects option keys that `allowed` does not list, so a typo never silently falls back to a default.
 * `where` names the function in the message, e.g. "normalize".
 */
export function assertKnownOptions(options: object | undefined, allowed: readonly string[], where: string): void {
  if (options === undefined || options === null) return;
  if (typeof options !== 'object') {
    throw new DabirError('invalid-argument', `${where}: options must be an object, got ${typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new DabirError(
        'unknown-option',
        `${where}: unknown option "${key}"; expected one of: ${allowed.join(', ')}`,
      );
    }
  }
}

/** Checks that `value` is one of `allowed`, naming the option in the error. */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string, where: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new DabirError(
    'invalid-option',
    `${where}: option "${name}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(value)}`,
  );
}
