/** Finds and runs every file of one kind (*.train.ts, *.eval.ts, *.bench.ts) in a fixed order, one process each. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './shared-data.js';

/** Pipeline order, so later stages' models are trained after the ones they read. */
const ORDER = ['normalize', 'segment', 'morph', 'tag', 'search-keys', 'ner', 'news', 'formats', 'cli'];

function findFiles(dir: string, suffix: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findFiles(path, suffix, out);
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

function rank(path: string): number {
  const rel = relative(join(REPO_ROOT, 'src'), path).split('/')[0]!;
  const i = ORDER.indexOf(rel);
  return i < 0 ? ORDER.length : i;
}

export function runTasks(roots: string[], suffix: string, filter: string[]): void {
  const files = roots
    .flatMap((r) => findFiles(join(REPO_ROOT, r), suffix))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
  let failed = 0;
  for (const file of files) {
    console.log(`\n=== ${relative(REPO_ROOT, file)}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', cwd: REPO_ROOT });
    if (r.status !== 0) failed++;
  }
  if (failed > 0) {
    console.error(`\n${failed} of ${files.length} ${suffix} scripts failed`);
    process.exit(1);
  }
}
