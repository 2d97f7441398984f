/**
 * Reads a command's input (a file, or stdin for no file or "-") as a stream of UTF-8 text: decoded
 * chunk by chunk with a fatal TextDecoder, so memory stays bounded by the longest line, never the file.
 * Open, read and decoding failures become DabirError `io-error` / `invalid-utf8` naming the file.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DabirError } from '../../errors.js';
import { findInvalidUtf8, lastCharStart } from './find-invalid-utf8.js';
import { createProgress } from './progress.js';

/** One input line: its text without the line break, and the break that ended it ('' for a last line without one). */
export interface Line {
  readonly text: string;
  readonly eol: '\n' | '\r\n' | '';
}

/** Where input comes from: a path, or stdin when undefined or "-". */
export type InputName = string | undefined;

const CHUNK_BYTES = 64 * 1024;

function displayName(file: InputName): string {
  return file === undefined || file === '-' ? 'standard input' : `'${file}'`;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

function ioError(file: InputName, error: unknown): DabirError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = (code !== undefined && FS_REASONS[code]) || (error instanceof Error ? error.message : String(error));
  return new DabirError('io-error', `cannot read ${displayName(file)}: ${reason}`, { cause: error });
}

async function openStream(file: InputName): Promise<{ stream: Readable; sizeBytes: number | undefined }> {
  if (file === undefined || file === '-') {
    // A bare `dabir normalize` in a terminal would otherwise look hung.
    if (process.stdin.isTTY && process.stderr.isTTY) process.stderr.write('dabir: reading standard input (end it with Ctrl-D)\n');
    return { stream: process.stdin, sizeBytes: undefined };
  }
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw ioError(file, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
    return { stream, sizeBytes: stat.isFile() ? stat.size : undefined };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw ioError(file, error);
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

// The last 4 bytes of everything read, so a character cut between chunks can be located.
function lastBytes(tail: Uint8Array, bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 4) return bytes.slice(bytes.length - 4);
  const joined = new Uint8Array(tail.length + bytes.length);
  joined.set(tail, 0);
  joined.set(bytes, tail.length);
  return joined.slice(Math.max(0, joined.length - 4));
}

/**
 * Yields the input as decoded text chunks. Throws `invalid-utf8` with the byte offset and line of the
 * first bad byte. A leading byte-order mark is dropped.
 */
export async function* readTextChunks(file: InputName): AsyncGenerator<string> {
  const { stream, sizeBytes } = await openStream(file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const progress = createProgress(sizeBytes);
  let offset = 0; // bytes before the current chunk
  let newlines = 0; // 0x0A bytes before the current chunk (never part of a multibyte sequence)
  let tail: Uint8Array = new Uint8Array(0); // last bytes of the previous chunk, which may start an unfinished character

  const invalid = (bytes: Uint8Array, bytesOffset: number, isFinal: boolean, cause: unknown): DabirError => {
    const from = lastCharStart(tail);
    const joined = new Uint8Array(tail.length - from + bytes.length);
    joined.set(tail.subarray(from), 0);
    joined.set(bytes, tail.length - from);
    let at = findInvalidUtf8(joined, 0, isFinal);
    if (at < 0) at = 0;
    const byte = bytesOffset - (tail.length - from) + at;
    const line = newlines + countNewlines(joined, at) - countNewlines(tail.subarray(from), tail.length - from) + 1;
    return new DabirError(
      'invalid-utf8',
      `${displayName(file)} is not valid UTF-8: bad byte at offset ${byte} (line ${line})`,
      { cause },
    );
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch (error) {
        throw invalid(bytes, offset, false, error);
      }
      offset += bytes.length;
      newlines += countNewlines(bytes, bytes.length);
      tail = lastBytes(tail, bytes);
      progress.update(offset);
      if (text.length > 0) yield text;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch (error) {
      throw invalid(new Uint8Array(0), offset, true, error);
    }
    if (rest.length > 0) yield rest;
  } catch (error) {
    if (error instanceof DabirError) throw error;
    throw ioError(file, error);
  } finally {
    progress.done();
    if (stream !== process.stdin) stream.destroy();
  }
}

// V8 strings stop at 2^29 - 24 UTF-16 units; a longer line would end in a bare RangeError.
const MAX_LINE_CHARS = 2 ** 28;

function lineTooLong(file: InputName, lineNumber: number, maxLineChars: number): DabirError {
  return new DabirError(
    'io-error',
    `cannot read ${displayName(file)}: line ${lineNumber} is longer than ${maxLineChars} characters; split it into lines`,
  );
}

/**
 * Yields the input's lines in batches (one batch per decoded chunk, so callers can process and write
 * many lines at once). Every line of the input appears exactly once; a final line without a newline
 * has eol ''; an empty input yields nothing; "\r\n" is reported as the break, a lone "\r" stays in the text.
 */
export async function* readLineBatches(file: InputName, maxLineChars = MAX_LINE_CHARS): AsyncGenerator<Line[]> {
  let carry = '';
  let lineNumber = 1;
  for await (const chunk of readTextChunks(file)) {
    const batch: Line[] = [];
    let from = 0;
    let nl = chunk.indexOf('\n');
    if (nl < 0) {
      carry += chunk;
      if (carry.length > maxLineChars) throw lineTooLong(file, lineNumber, maxLineChars);
      continue;
    }
    // The first line of the chunk completes the carried partial line.
    while (nl >= 0) {
      let text = chunk.slice(from, nl);
      if (from === 0 && carry.length > 0) {
        text = carry + text;
        carry = '';
      }
      if (text.endsWith('\r')) batch.push({ text: text.slice(0, -1), eol: '\r\n' });
      else batch.push({ text, eol: '\n' });
      from = nl + 1;
      nl = chunk.indexOf('\n', from);
    }
    lineNumber += batch.length;
    carry = chunk.slice(from);
    yield batch;
  }
  if (carry.length > 0) yield [{ text: carry, eol: '' }];
}

/** Yields the input's lines one at a time. */
export async function* readLines(file: InputName): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(file)) yield* batch;
}

/** Reads the whole input into one string (for commands that need a whole article at once). */
export async function readInput(file: InputName): Promise<string> {
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of readTextChunks(file)) {
    size += chunk.length;
    if (size > MAX_LINE_CHARS) {
      throw new DabirError('io-error', `cannot read ${displayName(file)}: it is longer than ${MAX_LINE_CHARS} characters, too long to analyze at once`);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/** How readParagraphs splits: at blank lines (default) or at every line break. */
export type ParagraphMode = 'blank' | 'line';

export interface ParagraphOptions {
  readonly mode?: ParagraphMode;
  /**
   * A paragraph growing past this many UTF-16 units is cut at the next line break, so input without
   * blank lines (one paragraph per line, 1 GB of it) never piles up in memory. Default 1,000,000.
   */
  readonly maxChars?: number;
}

/**
 * Yields paragraphs: with mode 'blank', runs of non-blank lines joined with "\n", split at blank
 * (whitespace-only) lines; with mode 'line', every non-blank line. Memory is bounded by maxChars plus
 * the longest line.
 */
export async function* readParagraphs(file: InputName, options: ParagraphOptions = {}): AsyncGenerator<string> {
  const isLineMode = options.mode === 'line';
  const maxChars = options.maxChars ?? 1_000_000;
  let lines: string[] = [];
  let size = 0;
  for await (const batch of readLineBatches(file)) {
    for (const line of batch) {
      if (line.text.trim() === '') {
        if (lines.length > 0) yield lines.join('\n');
        lines = [];
        size = 0;
        continue;
      }
      lines.push(line.text);
      size += line.text.length + 1;
      if (isLineMode || size > maxChars) {
        yield lines.join('\n');
        lines = [];
        size = 0;
      }
    }
  }
  if (lines.length > 0) yield lines.join('\n');
}
