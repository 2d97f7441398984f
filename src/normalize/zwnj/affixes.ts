/**
 * The closed classes of Persian morphology that attach with a ZWNJ (Academy orthography): the
 * imperfective prefix «می‌»/«نمی‌» (also after preverbs: «بازمی‌گردند»), plural and comparative
 * suffixes and their chains, and the clitics/copula written with ZWNJ after «ه»/«ی».
 */

/** Suffix pieces that may follow a ZWNJ, longest first so a suffix chain is taken whole. */
export const SUFFIXES: readonly string[] = [
  'هایشان', 'هایتان', 'هایمان', 'هاشان', 'هایی', 'هایم', 'هایت', 'هایش', 'هاست', 'های', 'ها',
  'ترینشان', 'ترین', 'تری', 'ترها', 'تر',
  'ایشان', 'اشان', 'اتان', 'امان', 'اند', 'ایم', 'اید', 'ای', 'ام', 'ات', 'اش', 'است',
  'شان', 'تان', 'مان',
].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

/** What kind of suffix a piece is, for rule ids. */
export function suffixKind(suffix: string): 'plural' | 'comparative' | 'clitic' {
  if (suffix.startsWith('ها')) return 'plural';
  if (suffix.startsWith('تر')) return 'comparative';
  return 'clitic';
}

/** Prefix pieces written with ZWNJ before a verb stem: «می‌روم», «نمی‌روم», «بازمی‌گردد». */
export const VERB_PREFIXES: readonly string[] = [
  'می', 'نمی', 'بازمی', 'برمی', 'درمی', 'فرومی', 'فرامی', 'وامی', 'ورمی', 'بازنمی', 'برنمی', 'درنمی', 'فرونمی', 'فرانمی',
].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PAST_ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه'];

/**
 * The finite forms that may follow «می‌» for one verb: present stem + person ending (with the glide
 * «ی» after a vowel: «گو» → «گوید»), past stem + person ending, past stem + «ه» (for «می‌رفته‌ام»).
 */
export function verbContinuations(pastStem: string, presentStem: string): string[] {
  const out: string[] = [];
  if (presentStem.length > 0) {
    const last = presentStem.charCodeAt(presentStem.length - 1);
    const glide = last === 0x0627 || last === 0x0648 || last === 0x0622 ? 'ی' : '';
    for (const e of PRESENT_ENDINGS) {
      if (glide && e === 'ی') out.push(`${presentStem}یی`);
      else if (glide && e.startsWith('ی')) out.push(`${presentStem}ی${e}`, `${presentStem}${e}`);
      else out.push(`${presentStem}${glide}${e}`);
    }
  }
  if (pastStem.length > 0) for (const e of PAST_ENDINGS) out.push(`${pastStem}${e}`);
  return out;
}
