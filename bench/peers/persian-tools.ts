/**
 * Bench adapter for @persian-tools/persian-tools (MIT): `normalizeText` (Arabic ي/ك, diacritics,
 * whitespace, drops ZWNJ), `halfSpace` (ZWNJ for spaced affixes) and both in a row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { halfSpace, normalizeText } from '@persian-tools/persian-tools';
import { REPO_ROOT } from '../../scripts/shared-data.js';
import type { NormalizerPeer } from './normalizer-peer.js';

export function loadPersianTools(): NormalizerPeer[] {
  const manifest = join(REPO_ROOT, 'node_modules', '@persian-tools', 'persian-tools', 'package.json');
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return [
    { name: 'persian-tools normalizeText', version, normalize: (t) => normalizeText(t) },
    { name: 'persian-tools halfSpace', version, normalize: (t) => halfSpace(t) },
    { name: 'persian-tools normalizeText+halfSpace', version, normalize: (t) => halfSpace(normalizeText(t)) },
  ];
}
