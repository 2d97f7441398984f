/**
 * normalize(): raw Persian news text → clean text, an offset map back to the input, and every edit
 * with its rule id. It runs before the Doc exists, as a Lucene char filter runs before the tokenizer.
 * NORMALIZE_PASSES below, in order, is the algorithm.
 */
import { composeMaps, OffsetMap } from '../doc/offset-map.js';
import type { Edit } from '../doc/layers.js';
import type { PassResult } from '../doc/text-builder.js';
import { DabirError } from '../errors.js';
import type { NormalizeResult } from '../pipeline/normalize-contract.js';
import { composeHamzaIfChanged } from './fold/compose-hamza.js';
import { foldCharactersIfChanged } from './fold/fold-characters.js';
import { resolveNormalizeOptions, type NormalizeOptions, type ResolvedNormalizeOptions } from './normalize-options.js';
import { SourceCursor, TextCursor } from './offset-cursors.js';
import { convertQuotes } from './punctuation/convert-quotes.js';
import { fixSpacingIfChanged } from './spacing/fix-spacing.js';
import { restoreZwnj } from './zwnj/index.js';

export type { NormalizeResult } from '../pipeline/normalize-contract.js';
export type { NormalizeOptions, ResolvedNormalizeOptions } from './normalize-options.js';
export { DEFAULT_NORMALIZE_OPTIONS, NORMALIZE_OPTION_KEYS, resolveNormalizeOptions } from './normalize-options.js';
export { NORMALIZE_RULES } from './normalize-rules.js';
export type { ZwnjOptions } from './zwnj/index.js';

/**
 * One pass of the normalizer: reads the previous pass's text, returns its own text, map and edits,
 * or null when it changed nothing (so no identity map is built for it).
 */
export interface NormalizePass {
  readonly name: string;
  isEnabled(options: ResolvedNormalizeOptions): boolean;
  run(text: string, options: ResolvedNormalizeOptions): PassResult | null;
}

/** The passes in order. Order matters where a comment says why. */
export const NORMALIZE_PASSES: readonly NormalizePass[] = [
  {
    // Letters, digits, invisibles, kashida, diacritics, Latin punctuation: every later pass sees plain
    // Persian letters and only U+0020, \t and \n as white space.
    name: 'fold-characters',
    isEnabled: () => true,
    run: (text, o) => foldCharactersIfChanged(text, o),
  },
  {
    // After folding, so what stood between a letter and its hamza (kashida, controls) is gone:
    // «اـٓ» → «آ» on the first run, not on the second.
    name: 'compose-hamza',
    isEnabled: () => true,
    run: (text) => composeHamzaIfChanged(text),
  },
  {
    // Before spacing, so the new «» get guillemet spacing («" سلام "» → «سلام»).
    name: 'convert-quotes',
    isEnabled: (o) => o.quotes === 'guillemets',
    run: (text) => convertQuotes(text),
  },
  {
    name: 'fix-spacing',
    isEnabled: (o) => o.fixSpacing,
    run: (text, o) => fixSpacingIfChanged(text, o),
  },
  {
    // Last: the ZWNJ model expects folded letters and single spaces («می روم» → «می‌روم»).
    name: 'restore-zwnj',
    isEnabled: (o) => o.restoreZwnj,
    run: (text, o) => restoreZwnj(text, o.zwnj),
  },
];

/**
 * Normalizes Persian text: Arabic letter variants, digits, invisible characters, diacritics, spacing
 * and ZWNJs. «رئيسجمهور  روسيه گفت :ما ١٠درصد» → «رئیس‌جمهور روسیه گفت: ما ۱۰ درصد».
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizeResult {
  if (typeof text !== 'string') {
    throw new DabirError('invalid-argument', `normalize: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const o = resolveNormalizeOptions(options);
  const steps: PassResult[] = [];
  let current = text;
  for (const pass of NORMALIZE_PASSES) {
    if (!pass.isEnabled(o)) continue;
    const r = pass.run(current, o);
    if (r === null || (r.edits.length === 0 && r.text === current)) continue;
    steps.push(r);
    current = r.text;
  }
  return assemble(text, current, steps);
}

/** The checkpoints of an identity map (offset 0, delta 0); never written to. */
const NO_SHIFT = Int32Array.of(0);

/**
 * Composes the passes' maps into one (final text → input) and rewrites every edit into final-text
 * and input offsets. A pass without edits contributed nothing and was not kept.
 */
function assemble(source: string, text: string, steps: readonly PassResult[]): NormalizeResult {
  if (steps.length === 0) {
    // Shares one checkpoint array among unchanged results: OffsetMap is immutable and allocating two
    // typed arrays per call cost more than normalizing a short line.
    return { text, map: new OffsetMap(NO_SHIFT, NO_SHIFT, source.length, source.length), edits: [] };
  }
  if (steps.length === 1) {
    const only = steps[0]!;
    const edits = only.edits.map((e) => ({
      start: e.outputStart,
      end: e.outputEnd,
      sourceStart: e.inputStart,
      sourceEnd: e.inputEnd,
      rule: e.rule,
    }));
    return { text, map: only.map, edits };
  }
  // before[k]: pass k's input → source; after[k]: final text → pass k's output.
  const before: OffsetMap[] = [];
  let map = OffsetMap.identity(source.length);
  for (const s of steps) {
    before.push(map);
    map = composeMaps(map, s.map);
  }
  const after: OffsetMap[] = new Array<OffsetMap>(steps.length);
  let tail = OffsetMap.identity(text.length);
  for (let k = steps.length - 1; k >= 0; k--) {
    after[k] = tail;
    tail = composeMaps(steps[k]!.map, tail);
  }
  const edits: Edit[] = [];
  for (let k = 0; k < steps.length; k++) {
    // A pass's edits are sorted and do not overlap, so both lookups sweep forward once.
    const toSource = new SourceCursor(before[k]!);
    const toFinal = new TextCursor(after[k]!);
    const sourceIsInput = before[k]!.isIdentity;
    const finalIsOutput = after[k]!.isIdentity;
    for (const e of steps[k]!.edits) {
      edits.push({
        start: finalIsOutput ? e.outputStart : toFinal.toText(e.outputStart),
        end: finalIsOutput ? e.outputEnd : toFinal.toText(e.outputEnd),
        sourceStart: sourceIsInput ? e.inputStart : toSource.toSource(e.inputStart),
        sourceEnd: sourceIsInput ? e.inputEnd : toSource.toSource(e.inputEnd),
        rule: e.rule,
      });
    }
  }
  if (steps.length > 1) edits.sort((a, b) => a.start - b.start || a.sourceStart - b.sourceStart);
  return { text, map, edits };
}
