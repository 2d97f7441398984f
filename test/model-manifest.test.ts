import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listModelFiles } from '../scripts/list-model-files.js';

const MODELS = join(import.meta.dirname, '..', 'models');

describe('models/manifest.json', () => {
  it('lists exactly the model files on disk, so preloadModels(baseUrl) fetches them all', () => {
    const manifest = JSON.parse(readFileSync(join(MODELS, 'manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(listModelFiles(MODELS));
  });
});
