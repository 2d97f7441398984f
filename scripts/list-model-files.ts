/** The files under models/ that code loads: everything but model cards and the manifest itself, sorted. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listModelFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listModelFiles(root, path);
      const rel = relative(root, path);
      return name.endsWith('.md') || rel === 'manifest.json' ? [] : [rel];
    });
}
