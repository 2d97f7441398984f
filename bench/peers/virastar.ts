/** Bench adapter for Virastar (npm `virastar`, MIT): `new Virastar().cleanup(text)` with its default options. */
import { createRequire } from 'node:module';
import type { NormalizerPeer } from './normalizer-peer.js';

const require = createRequire(import.meta.url);

interface VirastarInstance {
  cleanup(text: string): string;
}
type VirastarConstructor = new (options?: Record<string, boolean>) => VirastarInstance;

/** Virastar's whole cleanup (characters, digits, spacing, ZWNJ of spaced affixes). */
export function loadVirastar(): NormalizerPeer {
  const Virastar = require('virastar') as VirastarConstructor;
  const version = (require('virastar/package.json') as { version: string }).version;
  const v = new Virastar();
  return { name: 'virastar cleanup', version, normalize: (text) => v.cleanup(text) };
}
