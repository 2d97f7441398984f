/**
 * Arabic broken plurals («اخبار», «مراکز», «عوامل») back to their singular, by the common patterns,
 * accepted only when the lexicon knows the singular: UD Persian lemmatizes «افراد» → «فرد».
 */

/** Candidate singulars of one plural, most likely pattern first; the caller validates them. */
export function brokenPluralCandidates(form: string): string[] {
  const n = form.length;
  const out: string[] = [];
  const c = form;
  // afʿāl: اخبار → خبر, افراد → فرد; آثار → اثر (آ = ء + ا)
  if (n === 5 && c[0] === 'ا' && c[3] === 'ا') out.push(c[1]! + c[2]! + c[4]!, `${c[1]!}ا${c[2]!}${c[4]!}`); // اصحاب → صاحب
  if (n === 4 && c[0] === 'آ' && c[2] === 'ا') out.push(`ا${c[1]!}${c[3]!}`);
  // fuʿūl: امور → امر, اصول → اصل, حقوق → حق (doubled root)
  if (n === 4 && c[2] === 'و') {
    out.push(c[0]! + c[1]! + c[3]!);
    if (c[1] === c[3]) out.push(c[0]! + c[1]!);
  }
  // fawāʿil: عوامل → عامل, حوادث → حادثه, قواعد → قاعده
  if (n === 5 && c[1] === 'و' && c[2] === 'ا') {
    const s = `${c[0]!}ا${c[3]!}${c[4]!}`;
    out.push(`${s}ه`, s);
  }
  // mafāʿil and kin: مراکز → مرکز, مناطق → منطقه, عناصر → عنصر, مدارس → مدرسه (not «مدرس»), مسائل → مسئله.
  // The «ه» singular is tried first: «جوامع» → «جامعه», «عوارض» → «عارضه», where the bare form is another word.
  if (n === 5 && c[2] === 'ا') {
    const s = c[0]! + c[1]! + c[3]! + c[4]!;
    out.push(`${s}ه`, s);
    if (c[3] === 'ئ') out.push(`${c[0]!}${c[1]!}ئله`, `${c[0]!}${c[1]!}أله`);
    // faʿāʾil: غرایز → غریزه, وظایف → وظیفه
    if (c[3] === 'ی' || c[3] === 'ئ') out.push(`${c[0]!}${c[1]!}ی${c[4]!}ه`, `${c[0]!}${c[1]!}ی${c[4]!}`);
  }
  // afāʿīl: احادیث → حدیث (before mafāʿīl, which would read «احداث»)
  if (n === 6 && c[0] === 'ا' && c[2] === 'ا' && c[4] === 'ی') out.push(`${c[1]!}${c[3]!}ی${c[5]!}`);
  // mafāʿīl, tafāʿīl: مفاهیم → مفهوم, مضامین → مضمون, تصاویر → تصویر
  if (n === 6 && c[2] === 'ا' && c[4] === 'ی') {
    out.push(`${c[0]!}${c[1]!}${c[3]!}و${c[5]!}`, `${c[0]!}${c[1]!}${c[3]!}ی${c[5]!}`);
    // fawāʿīl → fāʿūl: قوانین → قانون; mayādīn → maydān: میادین → میدان
    if (c[1] === 'و') out.push(`${c[0]!}ا${c[3]!}و${c[5]!}`);
    if (c[0] !== 'ا') out.push(`${c[0]!}${c[1]!}${c[3]!}ا${c[5]!}`);
  }
  // fuʿalāʾ: علما → عالم, فقها → فقیه, امرا → امیر
  if (n === 4 && c[3] === 'ا') out.push(`${c[0]!}ا${c[1]!}${c[2]!}`, `${c[0]!}${c[1]!}ی${c[2]!}`);
  if (n === 5 && c[3] === 'ا' && c[4] === 'ء') out.push(`${c[0]!}ا${c[1]!}${c[2]!}`, `${c[0]!}${c[1]!}ی${c[2]!}`);
  // fiʿāl / fuʿʿāl: رجال → رجل, نقاط → نقطه
  if (n === 4 && c[2] === 'ا') out.push(c[0]! + c[1]! + c[3]!, `${c[0]!}${c[1]!}${c[3]!}ه`);
  return out;
}

/** Three-letter plurals, tried only for forms the lexicon marks plural: کتب → کتاب, طرق → طریق, ملل → ملت. */
export function shortPluralCandidates(form: string): string[] {
  if (form.length !== 3) return [];
  const [a, b, c] = [form[0]!, form[1]!, form[2]!];
  const out = [`${a}${b}ا${c}`, `${a}${b}ی${c}`, `${a}${b}${c}ه`];
  if (b === c) out.push(`${a}${b}ت`, `${a}${b}`);
  return out;
}

/** The singular of a broken plural when `isWord` accepts one candidate, else ''. «افراد» → «فرد». */
export function singularizeBrokenPlural(form: string, isWord: (w: string) => boolean, isListedPlural = false): string {
  for (const candidate of brokenPluralCandidates(form)) if (isWord(candidate)) return candidate;
  if (isListedPlural) for (const candidate of shortPluralCandidates(form)) if (isWord(candidate)) return candidate;
  return '';
}
