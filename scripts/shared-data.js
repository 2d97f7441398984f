/**
 * Where the shared training data lives (../shared/data beside the checkout, or $DABIR_SHARED_DATA),
 * and helpers to read its files. Used only by *.train.ts, *.eval.ts and bench scripts; never by tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export function sharedDataDir() {
    const dir = process.env.DABIR_SHARED_DATA ?? join(REPO_ROOT, '..', 'shared', 'data');
    if (!existsSync(dir)) {
        throw new Error(`shared data not found at ${dir}; set DABIR_SHARED_DATA to the folder with ud-persian-perdt/ etc.`);
    }
    return dir;
}
export function sharedPath(...parts) {
    return join(sharedDataDir(), ...parts);
}
export function readShared(...parts) {
    return readFileSync(sharedPath(...parts), 'utf8');
}
export function hasSharedData() {
    return existsSync(process.env.DABIR_SHARED_DATA ?? join(REPO_ROOT, '..', 'shared', 'data'));
}
