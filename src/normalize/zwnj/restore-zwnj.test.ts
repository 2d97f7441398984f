/** Tests of restoreZwnj with the committed model in models/zwnj/: every example of issue #2 and the safety properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForReport, messyText } from '../../../test/arbitraries.js';
import { DabirError } from '../../errors.js';
import { loadZwnjModel, resolveZwnjOptions, restoreZwnj, type ZwnjOptions } from './index.js';
import { createZwnjMemos, restoreZwnjWith } from './restore-zwnj.js';
import { propertyRuns } from '../../../test/property-runs.js';

const Z = '\u200C';
const run = (text: string): string => restoreZwnj(text).text;

describe('restoreZwnj', () => {
  it.each([
    ['میدهد', `می${Z}دهد`],
    ['رئیسجمهوری', `رئیس${Z}جمهوری`],
    ['تروریستها', `تروریست${Z}ها`],
    ['قویترین', `قوی${Z}ترین`],
    ['بینالمللی', `بین${Z}المللی`],
    ['دادهام', `داده${Z}ام`],
    ['گفتوگو', `گفت${Z}وگو`],
    ['بازمیگردند', `بازمی${Z}گردند`],
    ['درمییابد', `درمی${Z}یابد`],
    ['صحبتهایش', `صحبت${Z}هایش`],
    ['فداکاریهایشان', `فداکاری${Z}هایشان`],
    ['خانهای', `خانه${Z}ای`],
    ['اصلیشان', `اصلی${Z}شان`],
    ['همقدم', `هم${Z}قدم`],
    ['نمیتوانند', `نمی${Z}توانند`],
  ])('restores the ZWNJ in the glued form %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([
    ['می دهد', `می${Z}دهد`],
    ['کتاب ها', `کتاب${Z}ها`],
    ['بزرگ ترین', `بزرگ${Z}ترین`],
    ['رئیس جمهوری می گوید', `رئیس${Z}جمهوری می${Z}گوید`],
    ['بین المللی', `بین${Z}المللی`],
    ['نمی توانند', `نمی${Z}توانند`],
    ['کرده اند', `کرده${Z}اند`],
  ])('joins the spaced form %s with a ZWNJ', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  // «می شود» shows that the text writes its ZWNJs as spaces, so its compounds may join too.
  it.each([
    ['بی دفاع', `بی${Z}دفاع`],
    ['خشونت آمیز', `خشونت${Z}آمیز`],
    ['آسیب پذیر', `آسیب${Z}پذیر`],
    ['سلطه گر', `سلطه${Z}گر`],
  ])('joins a spaced compound of a known word and a productive piece: %s → %s', (input, expected) => {
    expect(run(`${input} می شود`)).toBe(`${expected} می${Z}شود`);
  });

  it.each([
    ['تحقیقات انجام شده در این زمینه ها', `تحقیقات انجام${Z}شده در این زمینه${Z}ها`],
    ['این کار ها انجام شده است', 'این کارها انجام شده است'],
  ])('lets the next word decide a participle compound: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  // Where ZWNJs were stripped («میگوید») or are written correctly, a space between words is a real
  // space: only compounds the gold nearly always joins («بین المللی») join there.
  it.each([
    ['رئیس جمهوری میگوید', `رئیس جمهوری می${Z}گوید`],
    ['توافق نامه', 'توافق نامه'],
    ['خشونت آمیز', 'خشونت آمیز'],
    [`بی دفاع می${Z}شود`, `بی دفاع می${Z}شود`],
    ['سازمان بین المللی', `سازمان بین${Z}المللی`],
  ])('joins a compound only in a text that writes ZWNJs as spaces: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  // A «می‌» joined to its verb, glued («میبیند»: the text's ZWNJs were stripped) or with its ZWNJ (they are
  // correct), shows a text that does not put spaces for ZWNJs: a space the writer typed between two
  // words is meant there, even in a pair the gold nearly always joins.
  it.each([
    ['سازمان بین المللی را میبیند', `سازمان بین المللی را می${Z}بیند`],
    [`سازمان بین المللی را می${Z}بیند`, `سازمان بین المللی را می${Z}بیند`],
    ['میبیند که سازمان بین المللی', `می${Z}بیند که سازمان بین المللی`],
    ['سازمان بین المللی را می بیند', `سازمان بین${Z}المللی را می${Z}بیند`],
    ['سالها در سازمان بین المللی', `سال${Z}ها در سازمان بین${Z}المللی`],
  ])('keeps a strong pair apart in a text whose ZWNJs were stripped: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it('joins a compound in any text with spacedCompounds: always', () => {
    expect(restoreZwnj('توافق نامه', { spacedCompounds: 'always' }).text).toBe(`توافق${Z}نامه`);
    expect(restoreZwnj('سازمان بین المللی را میبیند', { spacedCompounds: 'always' }).text).toBe(`سازمان بین${Z}المللی را می${Z}بیند`);
  });

  it('rejects an unknown spacedCompounds value', () => {
    expect(() => restoreZwnj('توافق نامه', { spacedCompounds: 'never' as 'auto' })).toThrow(/spacedCompounds/);
  });

  // «X‌های» (plural + ezafe) needs a complement; «Xه‌ای» does not: the next word decides a glued «…های».
  it.each([
    ['حرفهای که زد', `حرفه${Z}ای که زد`],
    ['حرفهای او', `حرف${Z}های او`],
    ['ورقهای را', `ورقه${Z}ای را`],
    ['کتابهای او', `کتاب${Z}های او`],
  ])('reads a glued «…های» by the next word: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  // The gold writes «هسته‌ای» hundreds of times and «هست‌های» never: «خود» (which favours the plural) does not flip it.
  it('keeps the reading the gold settles for a glued «…های»: برنامه هستهای خود', () => {
    expect(run('برنامه هستهای خود')).toBe(`برنامه هسته${Z}ای خود`);
  });

  // The normalize bench found these changed by a second run; a joined word now gets the form a second
  // pass would give the one token it has become.
  it.each([['نمیرویاند'], [`نمی${Z}رویاند`], ['پانترکیست ها'], ['توافقنامه ای'], ['عمروبن عاص'], [`بی${Z}\u0654`], ['سازمان بین المللی را میبیند']])(
    'is idempotent on %s',
    (input) => {
      const once = run(input);
      expect(run(once)).toBe(once);
    },
  );

  it('keeps a ZWNJ before a combining mark, which a second normalize would otherwise compose: «بی‌ٔ»', () => {
    expect(run(`بی${Z}\u0654`)).toBe(`بی${Z}\u0654`);
  });

  // Words the model has not seen, split by the back-off: the privative «بی» before a known word, a
  // known ZWNJ word with a glued ending, a plural after an unknown stem.
  it.each([
    ['بیرمقی', `بی${Z}رمقی`],
    ['بیتابم', `بی${Z}تابم`],
    ['دانشآموزانش', `دانش${Z}آموزانش`],
    ['زیستشناسم', `زیست${Z}شناسم`],
    ['سبزهزارها', `سبزه${Z}زارها`],
    ['دهشتبارترین', `دهشت${Z}بارترین`],
    ['آرامستانهای', `آرامستان${Z}های`],
    ['لوکیشنهای', `لوکیشن${Z}های`],
  ])('splits the unseen word %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  // Names that end in «تر» are no comparatives: the back-off splits «…تر» only after a word that takes one.
  it.each([['لستر'], ['دکستر'], ['باکستر'], ['کانتر'], ['فورستر']])('leaves the name %s whole', (input) => {
    expect(run(input)).toBe(input);
  });

  it.each([
    ['خطرناکتر', `خطرناک${Z}تر`],
    ['محبوبتر', `محبوب${Z}تر`],
  ])('splits the comparative of an adjective: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([['بیداری'], ['بیاورد'], ['بیاندیشد'], ['بیمار'], ['گرانبهایی'], ['ریاضیاتشان'], ['تنهایی']])(
    'leaves the word %s, which an ending or a known word explains, as it is',
    (input) => {
      expect(run(input)).toBe(input);
    },
  );

  it.each([
    ['کشور ها', 'کشورها'],
    ['نیرو های', 'نیروهای'],
  ])('glues a spaced plural after a non-joining letter: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([
    ['ماه می سال گذشته'],
    ['میز'],
    ['میلیون'],
    ['میراث'],
    ['همه'],
    ['همین'],
    ['بهترین'],
    ['کشورها'],
    ['نیروهای'],
    ['داده است'],
    ['به گزارش ایسنا'],
  ])('leaves %s as it is', (input) => {
    expect(run(input)).toBe(input);
  });

  it('restores a stripped wire report sentence', () => {
    const input = 'به گزارش ایسنا، رئیسجمهوری روسیه میگوید توافقنامههای بینالمللی را بازمیگرداند.';
    // «توافقنامه» stays glued: the data prefer it (see the it.fails below); its plural still gets «‌های».
    const expected = `به گزارش ایسنا، رئیس${Z}جمهوری روسیه می${Z}گوید توافقنامه${Z}های بین${Z}المللی را بازمی${Z}گرداند.`;
    expect(run(input)).toBe(expected);
  });

  // Issue #2 lists «توافق‌نامه‌های», but the sources the model is built from prefer the glued compound:
  // UD train «توافقنامه» 2× vs «توافق‌نامه» 1×, Unilex 29,268 vs 22,591. Known failure, issue #2.
  it.fails('writes the glued compound «توافقنامههای» as «توافق‌نامه‌های»', () => {
    expect(run('توافقنامههای')).toBe(`توافق${Z}نامه${Z}های`);
  });

  // Spaced, the pair is no longer plain text: Hazm and Hunspell write «توافق‌نامه» and «‌نامه» joins
  // most of its gaps in the gold, so the lexicon pair table joins it.
  it.each([
    ['توافق نامه ها', `توافق${Z}نامه${Z}ها`],
    ['واژه نامه ها را', `واژه${Z}نامه${Z}ها را`],
  ])('joins the spaced lexicon compound in %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  // Even in a text that writes ZWNJs as spaces («می شود»): «یک» and «قابل» almost never join in the gold.
  it.each([['یک چشم'], ['قابل بحث'], ['منابع آگاه']])('keeps two words apart when a piece rarely joins: %s', (input) => {
    expect(run(`${input} می شود`)).toBe(`${input} می${Z}شود`);
  });

  it.each([
    [`کشور${Z}ها`, 'کشورها', 'after a non-joining letter'],
    [`${Z}کتاب`, 'کتاب', 'at the start of a word'],
    [`کتاب${Z} و`, 'کتاب و', 'before a space'],
    [`می${Z}${Z}${Z}روم`, `می${Z}روم`, 'in a run (one is kept)'],
    [`۱۲${Z}۳`, '۱۲۳', 'between digits'],
  ])('removes an invalid ZWNJ: %s → %s (%s)', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([[`می${Z}روم`], [`کتاب${Z}ها`], [`رئیس${Z}جمهور`]])('keeps a valid existing ZWNJ in %s', (input) => {
    expect(run(input)).toBe(input);
  });

  it.each([
    ['میدهد', 'zwnj/glued-mi'],
    ['تروریستها', 'zwnj/glued-plural'],
    ['قویترین', 'zwnj/glued-comparative'],
    ['دادهام', 'zwnj/glued-clitic'],
    ['رئیسجمهوری', 'zwnj/compound'],
    ['می دهد', 'zwnj/spaced-mi'],
    ['کتاب ها', 'zwnj/spaced-plural'],
    ['بزرگ ترین', 'zwnj/spaced-comparative'],
    [`کشور${Z}ها`, 'zwnj/remove-invalid'],
  ])('records the rule id of the edit for %s: %s', (input, rule) => {
    expect(restoreZwnj(input).edits.map((e) => e.rule)).toContain(rule);
  });

  it.each([
    ['compounds: false leaves compounds', 'رئیسجمهوری میدهد', { compounds: false }, `رئیسجمهوری می${Z}دهد`],
    ['glued: false leaves glued forms', 'میدهد می دهد', { glued: false }, `میدهد می${Z}دهد`],
    ['spaced: false leaves spaced forms', 'میدهد می دهد', { spaced: false }, `می${Z}دهد می دهد`],
    ['demonstratives: zwnj writes آن‌ها', 'آنها', { demonstratives: 'zwnj' as const }, `آن${Z}ها`],
    ['demonstratives: joined writes اینها', 'این ها', { demonstratives: 'joined' as const }, 'اینها'],
  ])('option %s', (_name, input, options, expected) => {
    expect(restoreZwnj(input, options).text).toBe(expected);
  });

  it.each([
    [{ spaced: 'yes' }, 'invalid-option'],
    [{ zwnjMode: true }, 'unknown-option'],
    [{ demonstratives: 'both' }, 'invalid-option'],
  ])('rejects bad options %j with %s', (options, code) => {
    expect(() => restoreZwnj('می دهد', options as never)).toThrow(DabirError);
    try {
      restoreZwnj('می دهد', options as never);
    } catch (e) {
      expect((e as DabirError).code).toBe(code);
    }
  });

  it.each([
    ['به گزارش ایسنا، رئیسجمهوری روسیه میگوید توافقنامههای بینالمللی'],
    ['کتاب ها و دفتر های بزرگ ترین کتابخانه ها را می خوانند'],
  ])('is idempotent on its own output: %s', (input) => {
    const once = run(input);
    expect(run(once)).toBe(once);
  });

  it.each([['به گزارش ایسنا، رئیسجمهوری روسیه میگوید کتاب ها را'], [`کشور${Z}ها می دهد`]])(
    'maps every output offset back into the input, monotonically: %s',
    (input) => {
      const { text, map } = restoreZwnj(input);
      let last = 0;
      for (let i = 0; i <= text.length; i++) {
        const s = map.toSource(i);
        expect(s).toBeGreaterThanOrEqual(last);
        expect(s).toBeLessThanOrEqual(input.length);
        last = s;
      }
      expect(map.toSource(text.length)).toBe(input.length);
    },
  );

  it('never throws, keeps every non-ZWNJ character, maps offsets in range and is idempotent on messy text', () => {
    fc.assert(
      fc.property(messyText, (input) => {
        try {
          const { text, map } = restoreZwnj(input);
          const strip = (s: string): string => s.replace(/[\u200C ]/g, '');
          expect(strip(text)).toBe(strip(input));
          let last = 0;
          for (let i = 0; i <= text.length; i++) {
            const s = map.toSource(i);
            expect(s >= last && s <= input.length).toBe(true);
            last = s;
          }
          expect(restoreZwnj(text).text).toBe(text);
        } catch (e) {
          throw new Error(`failed on ${escapeForReport(input)}: ${String(e)}`);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('restoreZwnjWith memos', () => {
  const model = loadZwnjModel();
  const fresh = (text: string, options: ZwnjOptions = {}) =>
    restoreZwnjWith(model, text, resolveZwnjOptions(options), createZwnjMemos());
  const same = (a: ReturnType<typeof restoreZwnj>, b: ReturnType<typeof restoreZwnj>): void => {
    expect(a.text).toBe(b.text);
    expect(a.edits).toEqual(b.edits);
    expect(a.map.toJSON()).toEqual(b.map.toJSON());
  };

  // «می» stays in «ماه می سال», joins in «می روم»; «کتاب» joins «ها» but not «را»: the memo holds each
  // token's own decision, the neighbours decide the rest on every call.
  const contexts = ['ماه می سال', 'می روم', 'میروم', 'کتاب ها', 'کتاب را', 'کتابها', `کتاب${Z}ها`, 'انجام شده در', 'انجام شده است'];

  it.each(contexts)('gives a memoised token in another context the same result as a fresh run: %s', (text) => {
    const shared = createZwnjMemos();
    const settings = resolveZwnjOptions({});
    for (const other of contexts) restoreZwnjWith(model, other, settings, shared);
    same(restoreZwnjWith(model, text, settings, shared), fresh(text));
  });

  it('replays the recorded edits of a changed token: «میدهد» twice gives one glued-mi insert each time', () => {
    const memos = createZwnjMemos();
    const settings = resolveZwnjOptions({});
    const first = restoreZwnjWith(model, 'میدهد', settings, memos);
    const again = restoreZwnjWith(model, 'او میدهد', settings, memos);
    expect(first.edits).toEqual([{ inputStart: 2, inputEnd: 2, outputStart: 2, outputEnd: 3, rule: 'zwnj/glued-mi' }]);
    expect(again.edits).toEqual([{ inputStart: 5, inputEnd: 5, outputStart: 5, outputEnd: 6, rule: 'zwnj/glued-mi' }]);
  });

  it.each([
    [{}],
    [{ compounds: false }],
    [{ glued: false }],
    [{ removeInvalid: false }],
    [{ demonstratives: 'zwnj' as const }],
  ])('with memos that start over after 1-3 entries gives what fresh memos give, on messy text (options %j)', (options) => {
    const settings = resolveZwnjOptions(options);
    const tiny = [createZwnjMemos(1, 1), createZwnjMemos(2, 1), createZwnjMemos(3, 2)];
    fc.assert(
      fc.property(messyText, (input) => {
        const expected = fresh(input, options);
        for (const memos of tiny) same(restoreZwnjWith(model, input, settings, memos), expected);
        same(restoreZwnj(input, options), expected);
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  // Repeated words make memo hits right before misses, which is when a full memo starts over under the scan.
  const repeatedWords = fc
    .array(
      fc.constantFrom('میدهد', 'می', 'دهد', 'کتاب', 'ها', 'کتابها', 'را', 'ماه', 'سال', 'رئیسجمهوری', 'انجام', 'شده', 'در', 'است', `کشور${Z}ها`, 'بین', 'المللی'),
      { maxLength: 14 },
    )
    .map((words) => words.join(' '));

  it.each([['میدهد میدهد کتابها'], ['کتاب ها ها کتاب'], ['بین بین المللی المللی'], ['رئیسجمهوری رئیسجمهوری می روم']])(
    'with a one-entry memo keeps the previous word when the next one evicts it: %s',
    (text) => {
      const settings = resolveZwnjOptions({});
      same(restoreZwnjWith(model, text, settings, createZwnjMemos(1, 1)), fresh(text));
      same(restoreZwnjWith(model, text, settings, createZwnjMemos(2, 1)), fresh(text));
    },
  );

  it('with memos that start over after 1-3 entries gives what fresh memos give, on repeated Persian words', () => {
    const settings = resolveZwnjOptions({});
    const tiny = [createZwnjMemos(1, 1), createZwnjMemos(2, 1), createZwnjMemos(3, 2)];
    fc.assert(
      fc.property(repeatedWords, (input) => {
        const expected = fresh(input);
        for (const memos of tiny) same(restoreZwnjWith(model, input, settings, memos), expected);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('gives a stripped wire report the same result through tiny, fresh and shared memos', () => {
    const text = 'به گزارش ایسنا، رئیسجمهوری روسیه میگوید توافقنامههای بینالمللی کتاب ها را می خوانند و نمی دانند';
    const settings = resolveZwnjOptions({});
    same(restoreZwnjWith(model, text, settings, createZwnjMemos(2, 1)), fresh(text));
    same(restoreZwnj(text), fresh(text));
  });
});
