/**
 * `npm run fuzz [scale]`: the property tests with fresh random seeds and `scale` times their cases
 * (default 30). `npm test` runs them with one fixed seed; this is how new failing cases are found.
 * Tests may run for long at a large scale, so the per-test timeout is an hour.
 * A failure prints its seed: DABIR_FC_SEED=<seed> npx vitest run <file> replays it.
 */
import { spawnSync } from 'node:child_process';

const scale = process.argv[2] ?? '30';
const result = spawnSync('npx', ['vitest', 'run', '--testTimeout=3600000'], {
  stdio: 'inherit',
  env: { ...process.env, DABIR_FC_SEED: 'random', DABIR_FC_SCALE: scale },
});
process.exit(result.status ?? 1);
