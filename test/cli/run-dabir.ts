/**
 * Spawns the real `dabir` bin for CLI tests, after making sure dist/ is built from the current src/
 * (rebuilt once when any src file is newer; a lock directory keeps parallel test files from racing).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'dabir.js');
const MAIN = join(REPO, 'dist', 'cli', 'main.js');
const LOCK = join(REPO, 'dist', '.build-lock');

/** How long a test file's beforeAll may take to build dist/ (tsc over the whole tree on a busy machine). */
export const BUILD_TIMEOUT_MS = 300_000;

function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMs(path));
    else if (entry.name.endsWith('.ts') && !/\.(test|train|eval|bench)\.ts$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

const STAMP = join(REPO, 'dist', '.cli-test-build');
// The stamp holds the pid of the vitest run that last built (test files run as threads of one process),
// so a file never rebuilds dist/ under another file's running processes when src/ changes mid-run.
function isBuiltByThisRun(): boolean {
  try {
    return readFileSync(STAMP, 'utf8') === String(process.pid);
  } catch {
    return false;
  }
}

function isStale(): boolean {
  if (!existsSync(MAIN)) return true;
  if (isBuiltByThisRun()) return false;
  return statSync(MAIN).mtimeMs < newestSourceMs(join(REPO, 'src'));
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ with tsconfig.build.json when it is missing or older than src/. */
export function ensureBuilt(): void {
  if (!isStale()) return;
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) rmSync(LOCK, { recursive: true, force: true });
      sleepMs(100);
    }
  }
  try {
    if (!isStale()) return;
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO, encoding: 'utf8' });
    // Type errors elsewhere in the tree still emit JavaScript; only a missing CLI is fatal here.
    if (!existsSync(MAIN)) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
    writeFileSync(STAMP, String(process.pid));
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface DabirRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/dabir.js ...args`, feeding `input` (string or bytes) on stdin. */
export function runDabir(args: readonly string[], input: string | Uint8Array = ''): DabirRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, DABIR_NO_PROGRESS: '1', DABIR_DEBUG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Imports a module of the built dist/ (e.g. 'normalize/index.js'), so a test compares the CLI with the
 * very build it runs, even when someone edits src/ during the run. Call after ensureBuilt().
 */
export async function importBuilt<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(REPO, 'dist', path)).href)) as T;
}

/** A `dabir serve` process on a free port: its base URL, and a stop that sends SIGTERM and gives the exit code. */
export interface ServeProcess {
  readonly url: string;
  stop(): Promise<number | null>;
}

/** Starts `dabir serve --port 0 ...args` and resolves once it prints where it listens. */
export function startServeProcess(args: readonly string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const m = /serving the page at (http:\/\/\S+?)\//.exec(stderr);
      if (m) {
        const exited = new Promise<number | null>((done) => child.once('exit', done));
        resolve({ url: m[1]!, stop: () => (child.kill('SIGTERM'), exited) });
      }
    });
    child.once('exit', (code) => reject(new Error(`dabir serve exited with ${code}: ${stderr}`)));
  });
}
