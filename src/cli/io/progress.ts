/**
 * Progress on stderr for long runs: shown only when stderr is a terminal and stdout is not (so it never
 * mixes into piped output or a terminal's results), throttled to a few updates per second.
 */

export interface Progress {
  update(bytesRead: number): void;
  done(): void;
}

const NO_PROGRESS: Progress = { update() {}, done() {} };
const INTERVAL_MS = 250;

function formatMb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** A progress reporter for reading `totalBytes` (unknown for stdin); a no-op when not wanted. */
export function createProgress(totalBytes: number | undefined): Progress {
  if (!process.stderr.isTTY || process.stdout.isTTY || process.env['DABIR_NO_PROGRESS']) return NO_PROGRESS;
  const startMs = Date.now();
  let lastMs = startMs;
  let shown = false;
  return {
    update(bytesRead) {
      const now = Date.now();
      if (now - lastMs < INTERVAL_MS) return;
      lastMs = now;
      shown = true;
      const rate = bytesRead / 1048576 / Math.max(0.001, (now - startMs) / 1000);
      const part =
        totalBytes !== undefined && totalBytes > 0
          ? `${formatMb(bytesRead)} / ${formatMb(totalBytes)} (${Math.floor((100 * bytesRead) / totalBytes)}%)`
          : formatMb(bytesRead);
      process.stderr.write(`\rdabir: ${part}, ${rate.toFixed(1)} MB/s   `);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
