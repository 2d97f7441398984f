/**
 * Splits a word into UD syntactic words when it ends in a clitic (UD Persian multiword tokens):
 * pronominal «کتابش» → «کتاب»+«ش», «کارهایش» → «کارهای»+«ش», «خانواده‌اش» → «خانواده‌»+«اش»,
 * «مرا» → «م»+«را»; copula «امیدوارم» → «امیدوار»+«م», «شماست» → «شما»+«ست». Splitting needs lexical
 * evidence: the host must be a known noun/adjective/pronoun and the whole word must not be a word
 * of its own («آرامش», «ارزش», «بالش» stay whole). The words always concatenate to the token.
 */
import type { SegmentLexicon } from '../segment-lexicon.js';

const ZWNJ = 0x200c;
const ALEF = 0x627;
const VAV = 0x648;
const YEH = 0x6cc;
const HEH = 0x647;

const enum CliticKind {
  /** Pronominal clitic («ش», «مان», «اش»). */
  Pronoun,
  /** Copula after an adjective («ند», «یم»). */
  CopulaAfterAdjective,
  /** Copula «ست» after a vowel («شماست», «کجاست»). */
  CopulaAfterVowel,
  /** Copula «اند» after a ZWNJ («انسانی‌اند»). */
  CopulaAfterZwnj,
}

interface Clitic {
  readonly suffix: string;
  readonly kind: CliticKind;
}

// Longest first, so «شان» is tried before «ش»; pronoun before copula where both spell «یم».
const CLITICS: readonly Clitic[] = [
  ...['یشان', 'یمان', 'یتان'].map((suffix) => ({ suffix, kind: CliticKind.Pronoun })),
  ...['شان', 'مان', 'تان'].map((suffix) => ({ suffix, kind: CliticKind.Pronoun })),
  { suffix: 'اند', kind: CliticKind.CopulaAfterZwnj },
  ...['اش', 'ام', 'ات', 'یش', 'یم', 'یت'].map((suffix) => ({ suffix, kind: CliticKind.Pronoun })),
  { suffix: 'یم', kind: CliticKind.CopulaAfterAdjective },
  { suffix: 'ند', kind: CliticKind.CopulaAfterAdjective },
  { suffix: 'ست', kind: CliticKind.CopulaAfterVowel },
  ...['ش', 'م', 'ت'].map((suffix) => ({ suffix, kind: CliticKind.Pronoun })),
];

/** The clitics grouped by their last letter, in the order above, so a word tries only its own. */
const CLITICS_BY_LAST: ReadonlyMap<number, readonly Clitic[]> = (() => {
  const map = new Map<number, Clitic[]>();
  for (const c of CLITICS) {
    const last = c.suffix.charCodeAt(c.suffix.length - 1);
    let list = map.get(last);
    if (!list) map.set(last, (list = []));
    list.push(c);
  }
  return map;
})();

/** Last letters a clitic can end with: ش م ت ن د. A word ending otherwise is never split (fast exit). */
export function mayEndInClitic(lastCode: number): boolean {
  return lastCode === 0x634 || lastCode === 0x645 || lastCode === 0x62a || lastCode === 0x646 || lastCode === 0x62f || lastCode === ALEF;
}

/** Plural and ezafe endings a host may carry before its clitic («کارهای», «فرزندان», «برای»). */
const HOST_ENDINGS = ['های', 'ها', 'ان', 'ات', 'ی'];

function stripZwnj(s: string): string {
  return s.charCodeAt(s.length - 1) === ZWNJ ? s.slice(0, -1) : s;
}

function isKnownHost(host: string, lex: SegmentLexicon): boolean {
  if (lex.hosts.has(host)) return true;
  for (const ending of HOST_ENDINGS) {
    if (host.length > ending.length + 1 && host.endsWith(ending)) {
      if (lex.hosts.has(stripZwnj(host.slice(0, -ending.length)))) return true;
    }
  }
  return false;
}

/** «کارها» is a plural (host «کار»); «انتها» only ends in the same letters. */
function isPluralHa(host: string, lex: SegmentLexicon): boolean {
  return host.length > 3 && host.endsWith('ها') && lex.hosts.has(stripZwnj(host.slice(0, -2)));
}

/** An adjective, or its comparative («بالغ‌تر»), can carry the copula. */
function isAdjective(host: string, lex: SegmentLexicon): boolean {
  if (host.length < 3) return false;
  if (lex.adjectives.has(host)) return true;
  return host.length > 4 && host.endsWith('تر') && lex.adjectives.has(stripZwnj(host.slice(0, -2)));
}

/** «مردمان», «دوستان»: a plural in «ان» of a known host, not host + «مان/تان/شان». */
function isPluralAn(word: string, lex: SegmentLexicon): boolean {
  return word.endsWith('ان') && lex.hosts.has(stripZwnj(word.slice(0, -2)));
}

const VERB_PREFIXES = ['', 'ن', 'می‌', 'نمی‌'];
const PREVERBS = ['', 'در', 'بر', 'باز', 'فرا', 'فرو', 'ور', 'وا'];

/** «گرفته», «برگشته»: a past stem (with a preverb) plus «ه»; with «اند/ام» that is a verb, never split. */
function isParticiple(host: string, lex: SegmentLexicon): boolean {
  if (host.charCodeAt(host.length - 1) !== HEH) return false;
  const stem = host.slice(0, -1);
  for (const preverb of PREVERBS) {
    if (!stem.startsWith(preverb)) continue;
    for (const prefix of VERB_PREFIXES) {
      if (stem.startsWith(prefix, preverb.length) && lex.pastStems.has(stem.slice(preverb.length + prefix.length))) return true;
    }
  }
  return false;
}

/**
 * The split offset the clitic rules propose for `word`, ignoring blocked words and overrides, or -1.
 * Exported for the train script, which uses it to find the words to block.
 */
export function proposeCliticSplit(word: string, lex: SegmentLexicon): number {
  const n = word.length;
  if (n < 3 || !mayEndInClitic(word.charCodeAt(n - 1))) return -1;
  if (word === 'مرا' || word === 'ترا') return 1;
  const candidates = CLITICS_BY_LAST.get(word.charCodeAt(n - 1));
  if (candidates === undefined) return -1;
  for (const { suffix, kind } of candidates) {
    if (n - suffix.length < 2 || !word.endsWith(suffix)) continue;
    const hostEnd = n - suffix.length;
    const host = word.slice(0, hostEnd);
    const last = host.charCodeAt(hostEnd - 1);
    const first = suffix.charCodeAt(0);
    switch (kind) {
      case CliticKind.Pronoun: {
        if (host === 'خود') return hostEnd;
        if (first === ALEF) {
          // «خانواده‌اش»: the ZWNJ stays with the host, as in UD PerDT.
          if (last !== ZWNJ) continue;
          const bare = host.slice(0, -1);
          if (isParticiple(bare, lex)) continue;
          // After «ه» or «ی» and a ZWNJ, «اش/ام/ات» can only be a clitic: no need to know the host («رفتگی‌اش»).
          const before = bare.charCodeAt(bare.length - 1);
          if (bare.length >= 2 && (before === HEH || before === YEH)) return hostEnd;
        } else if (first === YEH && suffix.length > 1) {
          // «بیجایشان» → «بیجا»+«یشان», but «کارهایش» → «کارهای»+«ش».
          if ((last !== ALEF && last !== VAV) || isPluralHa(host, lex)) continue;
        } else if (last === ZWNJ) {
          // «زندگی‌شان» → «زندگی‌»+«شان»; a one-letter clitic after ZWNJ is not written.
          if (suffix.length < 3) continue;
        } else if (isPluralHa(host, lex) || host.endsWith('\u200cای')) {
          // «کارهاش» is informal for «کارهایش»; «بسته‌ایم» is a perfect verb, not «بسته‌ای»+«م».
          continue;
        }
        if (suffix.length === 3 && first !== ALEF && isPluralAn(word, lex)) continue;
        if (isKnownHost(stripZwnj(host), lex)) return hostEnd;
        continue;
      }
      case CliticKind.CopulaAfterAdjective:
        if (isAdjective(host, lex)) return hostEnd;
        continue;
      case CliticKind.CopulaAfterVowel:
        if ((last === ALEF || last === VAV || last === YEH) && isKnownHost(host, lex)) return hostEnd;
        continue;
      case CliticKind.CopulaAfterZwnj: {
        if (last !== ZWNJ) continue;
        const bare = host.slice(0, -1);
        if (!isParticiple(bare, lex) && isKnownHost(bare, lex)) return hostEnd;
        continue;
      }
    }
  }
  return -1;
}

const NO_SPLIT: readonly number[] = [];

/**
 * Offsets inside `word` where it splits into syntactic words; empty when it stays whole.
 * «کتابش» → [4]; «آرامش» → [].
 */
export function findCliticSplits(word: string, lex: SegmentLexicon): readonly number[] {
  const override = lex.overrides.get(word);
  if (override !== undefined) return override;
  if (lex.blocked.has(word)) return NO_SPLIT;
  const at = proposeCliticSplit(word, lex);
  return at < 0 ? NO_SPLIT : [at];
}
