// Within-document linking on hand-built entities: names, surnames, titles, organisation short forms, roles.
import { describe, expect, it } from 'vitest';
import type { EntityLabel } from '../doc/labels.js';
import type { Entity } from '../doc/layers.js';
import { linkMentions, type LinkInput } from './link-mentions.js';

/** Words split at spaces; entities given as [label, token start, token end]. */
function input(text: string, marks: Array<[EntityLabel, number, number]>): LinkInput {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const entities: Entity[] = marks.map(([label, a, b]) => ({
    start: starts[a]!, end: ends[b - 1]!, tokenStart: a, tokenEnd: b, label, group: -1,
  }));
  return { text, tokens: { length: starts.length, start: Int32Array.from(starts), end: Int32Array.from(ends) }, entities };
}

describe('linkMentions', () => {
  it.each([
    ['ولادیمیر پوتین گفت . پوتین افزود', [['PER', 0, 2], ['PER', 4, 5]], 'ولادیمیر پوتین'],
    ['پوتین گفت . ولادیمیر پوتین افزود', [['PER', 0, 1], ['PER', 3, 5]], 'ولادیمیر پوتین'],
    ['ولادیمیر پوتین گفت . آقای پوتین افزود', [['PER', 0, 2], ['PER', 4, 6]], 'ولادیمیر پوتین'],
    ['سازمان ملل متحد گفت . سازمان ملل افزود', [['ORG', 0, 3], ['ORG', 5, 7]], 'سازمان ملل متحد'],
    ['خبرگزاری ایسنا نوشت . ایسنا افزود', [['ORG', 0, 2], ['ORG', 4, 5]], 'خبرگزاری ایسنا'],
  ] as Array<[string, Array<[EntityLabel, number, number]>, string]>)('links the mentions in «%s»', (text, marks, canonical) => {
    const r = linkMentions(input(text, marks));
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.canonical).toBe(canonical);
    expect(r.groups[0]!.mentions).toEqual([0, 1]);
    expect(r.entityGroups).toEqual([0, 0]);
  });

  it.each([
    ['علی رئیسی گفت . ابراهیم رئیسی افزود . رئیسی رفت', [['PER', 0, 2], ['PER', 3, 5], ['PER', 6, 7]]],
    ['تهران گفت . پوتین رفت', [['LOC', 0, 1], ['PER', 2, 3]]],
    ['ایران گفت . ایران رفت', [['LOC', 0, 1], ['ORG', 2, 3]]],
  ] as Array<[string, Array<[EntityLabel, number, number]>]>)('keeps apart what may be different referents in «%s»', (text, marks) => {
    const r = linkMentions(input(text, marks));
    expect(r.groups).toHaveLength(marks.length);
    expect(r.entityGroups).toEqual(marks.map((_, k) => k));
  });

  it.each([
    ['ولادیمیر پوتین ، رئیس‌جمهوری روسیه ، گفت . رئیس‌جمهوری روسیه افزود', [['PER', 0, 2], ['LOC', 4, 5], ['LOC', 9, 10]], ['رئیس‌جمهوری روسیه', 'رئیس‌جمهوری روسیه']],
    ['سخنگوی وزارت خارجه ناصر کنعانی گفت . سخنگوی وزارت خارجه افزود', [['ORG', 1, 3], ['PER', 3, 5], ['ORG', 8, 10]], ['سخنگوی وزارت خارجه', 'سخنگوی وزارت خارجه']],
  ] as Array<[string, Array<[EntityLabel, number, number]>, string[]]>)('binds the role in «%s» as an alias of the person', (text, marks, aliases) => {
    const r = linkMentions(input(text, marks));
    const person = r.groups.find((g) => g.label === 'PER')!;
    expect(person.aliases?.map((a) => text.slice(a.start, a.end))).toEqual(aliases);
  });

  it.each([
    ['علی لاریجانی ، رئیس مجلس ، گفت . محمد قالیباف ، رئیس مجلس ، افزود', [['PER', 0, 2], ['ORG', 4, 5], ['PER', 8, 10], ['ORG', 12, 13]]],
  ] as Array<[string, Array<[EntityLabel, number, number]>]>)('drops a role bound to two people in «%s»', (text, marks) => {
    const r = linkMentions(input(text, marks));
    expect(r.groups.every((g) => g.aliases === undefined)).toBe(true);
  });

  it.each([
    ['امروز و امروز ۳۵ درصد', [['DATE', 0, 1], ['DATE', 2, 3], ['PERCENT', 3, 5]]],
  ] as Array<[string, Array<[EntityLabel, number, number]>]>)('gives dates and numbers groups of their own: «%s»', (text, marks) => {
    const r = linkMentions(input(text, marks));
    expect(r.entityGroups).toEqual([0, 1, 2]);
  });
});
