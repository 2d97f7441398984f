// The recognizer on real Persian news sentences, through analyze() and as a pure function on words.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { validateDoc } from '../doc/validate-doc.js';
import { recognizeBio, recognizeEntities } from './recognize-entities.js';

function entitiesOf(text: string): Array<[string, string]> {
  const doc = analyze(text, { until: 'link-mentions' });
  expect(validateDoc(doc)).toEqual([]);
  return doc.entities.map((e) => [e.label, doc.text.slice(e.start, e.end)]);
}

describe('recognizeEntities through analyze()', () => {
  it.each([
    ['ولادیمیر پوتین، رئیس‌جمهوری روسیه، روز دوشنبه ۱۵ خرداد ۱۴۰۲ در مسکو گفت که آماده مذاکره است.', [['PER', 'ولادیمیر پوتین'], ['LOC', 'مسکو']]],
    ['به گزارش خبرگزاری مهر، وزیر امور خارجه ایران امروز وارد ژنو شد.', [['ORG', 'خبرگزاری مهر'], ['LOC', 'ژنو']]],
    ['سازمان ملل متحد اعلام کرد که ۳ میلیون دلار به یمن کمک می‌کند.', [['ORG', 'سازمان ملل متحد'], ['MONEY', '۳ میلیون دلار'], ['LOC', 'یمن']]],
    ['نرخ تورم در تهران به ۳۵ درصد رسید.', [['LOC', 'تهران'], ['PERCENT', '۳۵ درصد']]],
  ])('finds the entities of «%s»', (text, expected) => {
    const found = entitiesOf(text);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it.each([
    ['روز دوشنبه ۱۵ خرداد ۱۴۰۲ جلسه برگزار شد.', 'DATE', '2023-06-05'],
    ['قیمت آن دو میلیون و پانصد هزار تومان است.', 'MONEY', '2500000 IRT'],
    ['رشد اقتصادی ۳٫۵ درصد بود.', 'PERCENT', '3.5'],
  ])('attaches the rule value to the entity in «%s»', (text, label, value) => {
    const doc = analyze(text, { until: 'ner' });
    expect(doc.entities.find((e) => e.label === label)?.value).toBe(value);
  });

  it.each([['ولادیمیر پوتین در مسکو گفت. پوتین افزود که آقای پوتین آماده است.']])('links the mentions of one person in «%s»', (text) => {
    const doc = analyze(text, { until: 'link-mentions' });
    const people = doc.entities.filter((e) => e.label === 'PER');
    expect(people.length).toBeGreaterThanOrEqual(2);
    const group = doc.mentionGroups[people[0]!.group]!;
    expect(group.canonical).toBe('ولادیمیر پوتین');
    expect(new Set(people.map((p) => p.group)).size).toBe(1);
  });
});

describe('recognizeBio', () => {
  it.each([
    [['به', 'گزارش', 'خبرگزاری', 'ایسنا', '،'], ['O', 'O', 'B-ORG', 'I-ORG', 'O']],
    [['۱۵', 'درصد'], ['B-PERCENT', 'I-PERCENT']],
  ])('tags the words %j', (words, tags) => {
    expect(recognizeBio(words)).toEqual(tags);
  });

  it.each([[['ولادیمیر', 'پوتین', 'در', 'مسکو']]])('keeps only the requested labels: %j with labels [LOC]', (words) => {
    expect(recognizeEntities(words, { labels: ['LOC'] }).every((e) => e.label === 'LOC')).toBe(true);
  });

  it.each([[[]], [['']], [['\u200c']]])('returns no entity for %j', (words) => {
    expect(recognizeEntities(words)).toEqual([]);
  });
});
