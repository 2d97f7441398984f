/**
 * Vitest setup: property tests draw from a fixed seed, so CI is reproducible and a commit cannot fail
 * on a case no earlier run drew. DABIR_FC_SEED=random (as `npm run fuzz` sets) explores fresh cases;
 * a failure prints its seed, and DABIR_FC_SEED=<that seed> replays it.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_126;
const requested = process.env['DABIR_FC_SEED'];

if (requested !== 'random') {
  const seed = requested === undefined ? DEFAULT_SEED : Number(requested);
  if (!Number.isInteger(seed)) throw new Error(`DABIR_FC_SEED must be an integer or "random", got ${requested}`);
  fc.configureGlobal({ seed });
}
