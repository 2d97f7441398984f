/**
 * How many cases a property test runs: its base count times DABIR_FC_SCALE (default 1). `npm test`
 * runs the base counts with a fixed seed; `npm run fuzz` runs many more cases with fresh seeds.
 */
export function propertyRuns(base: number): number {
  const scale = Number(process.env['DABIR_FC_SCALE'] ?? '1');
  return Number.isFinite(scale) && scale > 0 ? Math.ceil(base * scale) : base;
}
