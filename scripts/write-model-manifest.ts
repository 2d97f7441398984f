/**
 * Writes models/manifest.json: every model file a full pipeline may load, so a browser can fetch them all
 * with `preloadModels(baseUrl)`. Run after training (`npm run train` does); a test keeps it in step.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listModelFiles } from './list-model-files.js';
import { REPO_ROOT } from './shared-data.js';

const files = listModelFiles(join(REPO_ROOT, 'models'));
writeFileSync(join(REPO_ROOT, 'models', 'manifest.json'), `${JSON.stringify({ files }, null, 2)}\n`);
console.log(`models/manifest.json: ${files.length} files`);
