/**
 * Model files, loaded lazily, once, and shared read-only. In Node they are read from the package's
 * models/ folder (through process.getBuiltinModule, so the core has no static node: import and bundles
 * for browsers); in a browser, call `preloadModels(baseUrl)` once before the first analysis.
 */
import { DabirError } from '../errors.js';

type Cache = Map<string, Uint8Array>;

/** The list of every model file, relative to models/ (written by scripts/write-model-manifest.ts). */
export const MANIFEST = 'manifest.json';

// The one piece of module state: a read-only cache of immutable model bytes, filled once per file.
const cache: Cache = new Map();

interface NodeFs {
  readFileSync(path: URL): Uint8Array;
}

function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
}

/** URL of a file under models/, relative to this module (src/ or dist/ alike). */
function modelUrl(path: string): URL {
  return new URL(`../../models/${path}`, import.meta.url);
}

/** The bytes of `models/<path>`; throws `model-missing` when it cannot be had. */
export function loadModelBytes(path: string): Uint8Array {
  const hit = cache.get(path);
  if (hit) return hit;
  const fs = nodeFs();
  if (!fs) {
    throw new DabirError(
      'model-missing',
      `model file "${path}" is not loaded; in a browser call preloadModels(baseUrl) before analysing`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(modelUrl(path));
  } catch (cause) {
    throw new DabirError('model-missing', `cannot read model file models/${path}`, { cause });
  }
  cache.set(path, bytes);
  return bytes;
}

/** The text of `models/<path>` (UTF-8). */
export function loadModelText(path: string): string {
  return new TextDecoder('utf-8').decode(loadModelBytes(path));
}

/** Parsed JSON of `models/<path>`, parsed once per call site via `memo`. */
export function loadModelJson<T>(path: string): T {
  return JSON.parse(loadModelText(path)) as T;
}

/** Makes a loader that builds its value from model files on first use and returns the same value after. */
export function lazyModel<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * Browser: fetches model files from `baseUrl` (the package's models/ folder as served) into the cache.
 * Without `paths`, fetches every file that models/manifest.json lists.
 */
export async function preloadModels(baseUrl: string, paths?: readonly string[]): Promise<void> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const fetchBytes = async (path: string): Promise<Uint8Array> => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new DabirError('model-missing', `fetching model ${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const list =
    paths ?? (JSON.parse(new TextDecoder('utf-8').decode(await fetchBytes(MANIFEST))) as { files: string[] }).files;
  await Promise.all(
    list.map(async (path) => {
      if (!cache.has(path)) cache.set(path, await fetchBytes(path));
    }),
  );
}

/** Registers model bytes directly (tests, bundlers that inline models). */
export function registerModel(path: string, bytes: Uint8Array): void {
  cache.set(path, bytes);
}
