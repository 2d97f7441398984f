import { describe, expect, it } from 'vitest';
import { DabirError } from '../errors.js';
import { CliUsageError, OutputClosedError, exitCodeFor, messageFor } from './cli-errors.js';

describe('exitCodeFor / messageFor', () => {
  it.each([
    ['invalid UTF-8 in «خبر.txt»', new DabirError('invalid-utf8', "'خبر.txt' is not valid UTF-8"), 1, "'خبر.txt' is not valid UTF-8"],
    ['a missing file', new DabirError('io-error', "cannot read 'خبر.txt': no such file or directory"), 1, "cannot read 'خبر.txt': no such file or directory"],
    ['a missing model', new DabirError('model-missing', 'cannot read model file models/ner/weights.bin'), 1, 'cannot read model file models/ner/weights.bin'],
    ['malformed CoNLL-U', new DabirError('parse-error', 'CoNLL-U line 3: invalid ID "x"'), 1, 'CoNLL-U line 3: invalid ID "x"'],
    ['an unknown normalize option', new DabirError('unknown-option', 'normalize: unknown option "digitz"'), 2, 'normalize: unknown option "digitz"'],
    ['a bad option value', new DabirError('invalid-option', 'normalize: option "digits" must be one of ...'), 2, 'normalize: option "digits" must be one of ...'],
    ['a usage error found by a command', new CliUsageError("option '--workers <n>' needs '--jsonl'"), 2, "option '--workers <n>' needs '--jsonl'"],
    ['a closed output pipe', new OutputClosedError(), 0, ''],
  ])('maps %s to exit %i with its message', (_name, error, code, message) => {
    expect(exitCodeFor(error)).toBe(code);
    expect(messageFor(error)).toBe(message);
  });

  it('calls anything else an internal error (exit 70) and says it is a bug', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'start')");
    expect(exitCodeFor(error)).toBe(70);
    expect(messageFor(error)).toBe(
      "internal error: Cannot read properties of undefined (reading 'start') (this is a bug; set DABIR_DEBUG=1 to see the stack)",
    );
  });
});
