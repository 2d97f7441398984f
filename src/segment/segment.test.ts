import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { OffsetMap } from '../doc/offset-map.js';
import { validateDoc } from '../doc/validate-doc.js';
import { escapeForReport, messyText } from '../../test/arbitraries.js';
import { EMPTY_SEGMENT_LEXICON, segment, segmentStage, type Segmentation } from './index.js';
import { propertyRuns } from '../../test/property-runs.js';

/** Words as strings, the words of one multiword token joined by «+», sentence breaks as «|». */
function render(text: string, s: Segmentation = segment(text)): string {
  const out: string[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    if (i > 0 && s.wordSentence[i] !== s.wordSentence[i - 1]) out.push('|');
    const piece = text.slice(w.start, w.end);
    if (i > 0 && w.surface === s.words[i - 1]!.surface) out[out.length - 1] += `+${piece}`;
    else out.push(piece);
  }
  return out.join(' ');
}

function checkInvariants(text: string, s: Segmentation): void {
  let prevEnd = 0;
  s.words.forEach((w, i) => {
    if (!(w.start >= prevEnd && w.end > w.start && w.end <= text.length)) {
      throw new Error(`word ${i} [${w.start},${w.end}) after ${prevEnd} in ${escapeForReport(text)}`);
    }
    if (w.surface === undefined || w.surface > i || (w.surface < i && s.words[i - 1]!.end !== w.start)) {
      throw new Error(`word ${i} has bad surface ${w.surface} in ${escapeForReport(text)}`);
    }
    prevEnd = w.end;
  });
  let prev = 0;
  for (const sent of s.sentences) {
    if (!(sent.start >= prev && sent.end > sent.start && sent.end <= text.length)) {
      throw new Error(`bad sentence [${sent.start},${sent.end}) in ${escapeForReport(text)}`);
    }
    prev = sent.end;
  }
  for (let i = 0; i < s.words.length; i++) {
    const k = s.wordSentence[i]!;
    const sent = s.sentences[k]!;
    if (!(s.words[i]!.start >= sent.start && s.words[i]!.end <= sent.end)) {
      throw new Error(`word ${i} outside its sentence ${k} in ${escapeForReport(text)}`);
    }
    if (i > 0 && k < s.wordSentence[i - 1]!) throw new Error(`sentence index decreases at ${i}`);
  }
}

describe('segment: regression cases (segment.cases.tsv)', () => {
  const rows = readFileSync(new URL('./segment.cases.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  it.each(rows)('%s → %s (%s)', (input, expected) => {
    expect(render(input!)).toBe(expected!.trim());
  });
});

describe('segment: sentences', () => {
  it.each([
    ['splits after a period and a question mark', 'او آمد. تو رفتی؟ ما ماندیم.', ['او آمد.', 'تو رفتی؟', 'ما ماندیم.']],
    ['keeps «ق.م.» inside the sentence', 'در سال ۵۰۰ ق.م. شهر ساخته شد. سپس ویران شد.', ['در سال ۵۰۰ ق.م. شهر ساخته شد.', 'سپس ویران شد.']],
    ['keeps «ج.ا.ا» inside the sentence', 'صدا و سیمای ج.ا.ا گزارش داد.', ['صدا و سیمای ج.ا.ا گزارش داد.']],
    ['keeps an initial in a name', 'م. سرشار این کتاب را نوشت.', ['م. سرشار این کتاب را نوشت.']],
    ['keeps Latin «e.g.» and «Dr.»', 'Dr. Smith said e.g. this. Then left.', ['Dr. Smith said e.g. this.', 'Then left.']],
    ['keeps the closing guillemet after the period', '«...ایم.» سپس رفت.', ['«...ایم.»', 'سپس رفت.']],
    ['keeps a closing bracket after the period', '(این مهم است.) او رفت.', ['(این مهم است.)', 'او رفت.']],
    ['keeps a decimal number', 'رشد ۳٫۵ درصد و 3.5 درصد بود.', ['رشد ۳٫۵ درصد و 3.5 درصد بود.']],
    ['keeps a URL with periods', 'به www.isna.ir. بروید. خبر.', ['به www.isna.ir.', 'بروید.', 'خبر.']],
    ['breaks at a single newline', 'تیتر خبر\nمتن خبر آمد.', ['تیتر خبر', 'متن خبر آمد.']],
    ['breaks at a blank line', 'بند اول\n\nبند دوم', ['بند اول', 'بند دوم']],
    ['does not break at an ellipsis inside a sentence', 'طاووس و بلبل… روح را شاد می‌کند.', ['طاووس و بلبل… روح را شاد می‌کند.']],
    ['does not break at a mark in brackets', 'او گفت (!) که می‌آید.', ['او گفت (!) که می‌آید.']],
    ['does not break before a lower-case Latin word', 'see fig. and text', ['see fig. and text']],
    ['keeps «گفت:» with what follows', 'او گفت: می‌آیم.', ['او گفت: می‌آیم.']],
  ])('%s: %s', (_name, text, expected) => {
    const s = segment(text);
    expect(s.sentences.map((x) => text.slice(x.start, x.end))).toEqual(expected);
  });
});

describe('segment: words', () => {
  it.each([
    ['splits punctuation off words', 'گرگان، روسیه؛ چرا؟', 'گرگان ، روسیه ؛ چرا ؟'],
    ['keeps ZWNJ compounds whole', 'هم‌تیمی‌های او', 'هم‌تیمی‌های او'],
    ['keeps a date with slashes', 'در 31/10/1917 م. و', 'در 31/10/1917 م. و'],
    ['keeps a time', 'ساعت ۱۰:۳۰ صبح', 'ساعت ۱۰:۳۰ صبح'],
    ['keeps Persian thousands separators', '۱٬۲۵۰٬۰۰۰ تومان', '۱٬۲۵۰٬۰۰۰ تومان'],
    ['keeps Latin thousands separators', '1,000,000 dollars', '1,000,000 dollars'],
    ['does not glue a list of numbers', '1,2 و 3', '1 , 2 و 3'],
    ['keeps an e-mail address', 'نشانی a.b-c@mail.example.com است', 'نشانی a.b-c@mail.example.com است'],
    ['keeps a URL without its final period', 'https://www.irna.ir/news/123?x=1.', 'https://www.irna.ir/news/123?x=1 .'],
    ['keeps a hashtag with ZWNJ', '#انتخابات_۱۴۰۰ و #رئیس‌جمهور', '#انتخابات_۱۴۰۰ و #رئیس‌جمهور'],
    ['keeps a hyphenated Latin word', 'ویروس COVID-19 و CoRoT-7b', 'ویروس COVID-19 و CoRoT-7b'],
    ['splits a dash between Persian words', 'اینتر- میلان', 'اینتر - میلان'],
    ['keeps an ellipsis as one token', 'و ... و…', 'و ... و …'],
    ['splits digits glued to Persian letters', 'ماده۳ قانون', 'ماده ۳ قانون'],
    ['keeps an emoji with its skin tone', 'عالی👍🏽!', 'عالی 👍🏽 !'],
  ])('%s: %s', (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it.each([
    ['کتابش', 'کتاب+ش'],
    ['پدرم', 'پدر+م'],
    ['تیمشان', 'تیم+شان'],
    ['فرزندانش', 'فرزندان+ش'],
    ['اندوخته‌هایشان', 'اندوخته‌های+شان'],
    ['زندگی‌شان', 'زندگی‌+شان'],
    ['شماست', 'شما+ست'],
    ['امیدوارم', 'امیدوار+م'],
    ['معتقدند', 'معتقد+ند'],
  ])('splits the multiword token %s → %s', (word, expected) => {
    expect(render(word)).toBe(expected);
  });

  it.each([['آرامش'], ['ارزش'], ['بالش'], ['کنم'], ['رفت'], ['دوستان'], ['مردمان'], ['گرفته‌اند'], ['لیست'], ['خانه‌ای']])(
    'keeps %s whole',
    (word) => {
      expect(render(word)).toBe(word);
    },
  );

  it.each([['کتابش را'], ['کارهایش'], ['خانواده‌اش'], ['مرا']])('makes the words of %s concatenate to the surface token', (text) => {
    const s = segment(text);
    const first = s.words.filter((w) => w.surface === 0);
    expect(first.map((w) => text.slice(w.start, w.end)).join('')).toBe(text.split(' ')[0]);
  });
});

describe('segment: any input', () => {
  it('keeps offsets in range, monotonic, non-empty and non-overlapping, and never throws', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        checkInvariants(text, segment(text));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('gives the same output for the same input twice', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        expect(segment(text)).toEqual(segment(text));
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it.each([[''], [' \n\t '], ['\u200c\u200c'], ['\ud83d'], ['\u0000\u0007'], ['...'], ['«»']])('handles %j', (text) => {
    const s = segment(text);
    checkInvariants(text, s);
  });

  it.each([
    ['ab.', 20_000],
    ['a.', 20_000],
    ['x@', 20_000],
    ['a_b.c-', 10_000],
    ['«', 100_000],
    ['.', 300_000],
  ])('handles %j repeated %i times (long address-like runs)', (piece, times) => {
    const text = piece.repeat(times);
    checkInvariants(text, segment(text));
  });

  it('handles one 100k-word sentence without punctuation', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? 'کتابش' : i % 3 === 1 ? 'خبر' : 'می‌رود')).join(' ');
    const s = segment(text);
    expect(s.sentences).toHaveLength(1);
    expect(s.words.length).toBe(100_000 + Math.ceil(100_000 / 3));
  });
});

describe('segment: memoised clitic splits', () => {
  it('splits a word the same way wherever it appears and whatever came before: «کتابش»', () => {
    const text = 'کتابش را دید. او کتابش را برد و آرامش داشت.';
    expect(render(text)).toBe('کتاب+ش را دید . | او کتاب+ش را برد و آرامش داشت .');
    expect(render('کتابش')).toBe('کتاب+ش');
  });

  it('keeps one memo per lexicon: with no lexical evidence «کتابش» stays whole, with the shipped lexicon it splits', () => {
    expect(render('کتابش', segment('کتابش'))).toBe('کتاب+ش');
    expect(render('کتابش', segment('کتابش', EMPTY_SEGMENT_LEXICON))).toBe('کتابش');
    expect(render('کتابش', segment('کتابش'))).toBe('کتاب+ش');
  });

  it('gives every text the words it gets on its own, after many other texts filled the memo', () => {
    const texts = fc.sample(messyText, { seed: 7, numRuns: 200 });
    const alone = texts.map((t) => render(t));
    for (const t of fc.sample(messyText, { seed: 8, numRuns: 500 })) segment(t);
    texts.forEach((t, k) => expect(render(t)).toBe(alone[k]));
  });
});

describe('segment: misuse', () => {
  it.each([[null], [42], [undefined]])('throws invalid-argument for %j instead of «کتاب»', (value) => {
    expect(() => segment(value as unknown as string)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('segmentStage', () => {
  it.each([['به گزارش ایسنا، کتابش را خواند. سپس رفت.'], ['']])('fills tokens and sentences of a valid Doc: %s', (text) => {
    const doc = createDoc(text, text, OffsetMap.identity(text.length), []);
    segmentStage().run(doc);
    expect(validateDoc(doc)).toEqual([]);
    const s = segment(text);
    expect(doc.tokens.length).toBe(s.words.length);
    expect(doc.sentences.length).toBe(s.sentences.length);
    const last = doc.sentences[doc.sentences.length - 1];
    if (last) expect(last.tokenEnd).toBe(doc.tokens.length);
  });

  it('keeps the Doc valid on messy text', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const doc = createDoc(text, text, OffsetMap.identity(text.length), []);
        segmentStage().run(doc);
        const problems = validateDoc(doc);
        if (problems.length > 0) throw new Error(`${problems.join('; ')} for ${escapeForReport(text)}`);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('links the words of «کتابش» through the surface column', () => {
    const text = 'کتابش را خواند.';
    const doc = createDoc(text, text, OffsetMap.identity(text.length), []);
    segmentStage().run(doc);
    expect(Array.from(doc.tokens.surface)).toEqual([0, 0, 2, 3, 4]);
  });
});
