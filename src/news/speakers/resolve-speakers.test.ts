import { describe, expect, it } from 'vitest';
import type { Entity, MentionGroup } from '../../doc/layers.js';
import { findAttributions } from '../find-attributions.js';

function speakersOf(text: string): Array<[string, string]> {
  return findAttributions(text).quotes.map((q) => [q.speaker?.name ?? '', q.speaker?.via ?? '']);
}

describe('resolveSpeakers without NER (lexical cues only)', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a name, and a later surname to the full name', 'ولادیمیر پوتین گفت: ما آماده‌ایم. پوتین افزود: جنگ تمام می‌شود.',
      [['ولادیمیر پوتین', 'name'], ['ولادیمیر پوتین', 'name']]],
    ['a pronoun «وی» to the last speaker', 'بشار اسد در دیدار با پوتین گفت: سوریه ایستاده است. وی افزود: ما پیروز می‌شویم.',
      [['بشار اسد', 'name'], ['بشار اسد', 'pronoun']]],
    ['a pronoun «او» to the subject of a sentence without a quote', 'به گزارش ایرنا، مسعود پزشکیان صبح امروز وارد باکو شد. او گفت: همسایگان اولویت ما هستند.',
      [['مسعود پزشکیان', 'pronoun']]],
    ['a dropped subject to the last speaker', 'عراقچی گفت: ما عجله نداریم. در ادامه افزود: مذاکره ادامه دارد.',
      [['عراقچی', 'name'], ['عراقچی', 'pronoun']]],
    ['a role to the name an apposition gave it (name، role،)', 'ولادیمیر پوتین، رئیس‌جمهوری روسیه، گفت: ما آماده‌ایم. رئیس‌جمهوری روسیه افزود: جنگ تمام می‌شود.',
      [['ولادیمیر پوتین', 'name'], ['ولادیمیر پوتین', 'role']]],
    ['a role with its name in apposition (role، name،)', 'سخنگوی دولت، فاطمه مهاجرانی، گفت: ساعت کاری کم می‌شود.',
      [['فاطمه مهاجرانی', 'name']]],
    ['a shorter role to a fuller apposition', 'ریکاردو ساپینتو، سرمربی تیم فوتبال استقلال، گفت: آماده‌ایم. سرمربی استقلال افزود: می‌بریم.',
      [['ریکاردو ساپینتو', 'name'], ['ریکاردو ساپینتو', 'role']]],
    ['«این مقام آمریکایی» to the last person', 'جیک سالیوان گفت: تنش نمی‌خواهیم. این مقام آمریکایی افزود: دیپلماسی باز است.',
      [['جیک سالیوان', 'name'], ['جیک سالیوان', 'role']]],
    ['an organisation', 'ریاست جمهوری سوریه در بیانیه‌ای اعلام کرد: اسد به مسکو رفت.',
      [['ریاست جمهوری سوریه', 'organization']]],
    ['a role never named', 'سخنگوی وزارت امور خارجه در نشست خبری گفت: ایران معامله نمی‌کند.',
      [['سخنگوی وزارت امور خارجه', 'role']]],
    ['an unnamed official', 'یک مقام ارشد اوپک گفت: تصمیم هفته آینده گرفته می‌شود.',
      [['یک مقام ارشد اوپک', 'role']]],
    ['a name without its title', 'سردار حسین نعمتی گفت: قاچاقچیان دستگیر شدند.',
      [['حسین نعمتی', 'name']]],
    ['a role with a name in apposition whose first name is «امیر»', 'سرمربی تیم ملی، امیر قلعه‌نویی، نیز گفت: بازیکنان ما فوق‌العاده بودند.',
      [['امیر قلعه‌نویی', 'name']]],
    ['a pronoun to a role that was the subject of a sentence without a quote', 'مدیرعامل این سازمان از افزایش مستمری خبر داد. وی گفت: احکام جدید اجرا می‌شود.',
      [['مدیرعامل این سازمان', 'pronoun']]],
    ['a subject before an object with «این ... را»', 'سخنگوی ستاد انتخابات این خبر را تایید کرد و گفت: تصمیم با شورا است.',
      [['سخنگوی ستاد انتخابات', 'role']]],
    ['a role with a place, then its name in apposition (role در place، name،)', 'سفیر ایران در مسکو، کاظم جلالی، گفت: روابط دو کشور راهبردی است.',
      [['کاظم جلالی', 'name']]],
    ['a role whose «در» phrase is an adverbial, with no apposition', 'سخنگوی دولت در نشست خبری گفت: ساعت کاری کم می‌شود.',
      [['سخنگوی دولت', 'role']]],
    ['a pronoun followed by an adverb («او پیش‌تر»)', 'علی ربیعی گفت: تورم کاهش می‌یابد. او پیش‌تر نیز گفته بود که دولت بدهی ندارد.',
      [['علی ربیعی', 'name'], ['علی ربیعی', 'pronoun']]],
  ])('%s: «%s»', (_kind, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    ['من نیز آهی کشیدم و گفتم: خوشا به حال او.', 'من'],
    ['تأکید می‌کنیم که در این مناطق ارتشی وجود ندارد.', 'ما'],
    ['پوتین گفت: آماده‌ایم. به او گفتم: ما هم آماده‌ایم.', 'من'],
  ])('gives a first-person cue the writer, never the last person: «%s» → %s', (text, name) => {
    const quotes = findAttributions(text).quotes;
    expect(quotes[quotes.length - 1]!.speaker).toMatchObject({ name, via: 'pronoun', group: -1 });
  });

  it('leaves «وی» unresolved, with a message, when no person came before', () => {
    const result = findAttributions('وی گفت: ما آماده‌ایم.');
    expect(result.quotes[0]?.speaker?.via).toBe('unresolved');
    expect(result.messages.map((m) => m.ruleId)).toEqual(['news/speaker-unresolved']);
  });

  it('adds news/speaker-unresolved for a speaker with no entity group', () => {
    const result = findAttributions('پوتین گفت: ما آماده‌ایم.');
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'news/speaker-unresolved', severity: 'info', start: 0, end: 5 })]);
  });
});

describe('according-to links with a pronoun', () => {
  it('refer to the person the pronoun stands for: «به گفته او» after «کاظمی تاکید کرد»', () => {
    const text = 'مریم کاظمی تاکید کرد: «ما منتظر نمی‌مانیم.» به گفته او، دولت برنامه تازه‌ای دارد.';
    const result = findAttributions(text);
    expect(result.sources.map((s) => [s.kind, s.name, s.refersTo, text.slice(s.start, s.end)])).toEqual([
      ['according-to', 'او', 'مریم کاظمی', 'به گفته او'],
    ]);
  });

  it('leave a named source without a referent', () => {
    const result = findAttributions('به گفته سخنگوی آتش‌نشانی، این حادثه تلفات نداشت.');
    expect(result.sources.map((s) => [s.name, s.refersTo])).toEqual([['سخنگوی آتش‌نشانی', undefined]]);
  });
});

describe('resolveSpeakers with NER layers', () => {
  // «ولادیمیر پوتین، رئیس‌جمهوری روسیه، گفت: ... وی افزود: ...» with one PER group and the role as its alias.
  const text = 'ولادیمیر پوتین، رئیس‌جمهوری روسیه، گفت: ما آماده‌ایم. وی افزود: جنگ تمام می‌شود. رئیس‌جمهوری روسیه تصریح کرد: پیروزیم.';
  const roleAt = text.lastIndexOf('رئیس‌جمهوری روسیه');
  const entities: Entity[] = [
    { start: 0, end: 14, tokenStart: 0, tokenEnd: 2, label: 'PER', group: 0 },
    { start: text.indexOf('روسیه'), end: text.indexOf('روسیه') + 5, tokenStart: 3, tokenEnd: 4, label: 'LOC', group: 1 },
  ];
  const groups: MentionGroup[] = [
    { id: 0, label: 'PER', canonical: 'ولادیمیر پوتین', mentions: [0], aliases: [{ start: roleAt, end: roleAt + 'رئیس‌جمهوری روسیه'.length }] },
    { id: 1, label: 'LOC', canonical: 'روسیه', mentions: [1] },
  ];

  it('links name, pronoun and role speakers to the PER group 0 «ولادیمیر پوتین»', () => {
    const result = findAttributions(text, { entities, groups });
    expect(result.quotes.map((q) => [q.speaker?.group, q.speaker?.name, q.speaker?.via])).toEqual([
      [0, 'ولادیمیر پوتین', 'name'],
      [0, 'ولادیمیر پوتین', 'pronoun'],
      [0, 'ولادیمیر پوتین', 'role'],
    ]);
    expect(result.messages).toEqual([]);
  });

  // NER finds the place «ایران» opening the company name «ایران خودرو»: the speaker is the company.
  it.each([
    ['ایران خودرو اعلام کرد: عرضه از هفته آینده آغاز می‌شود.', 'ایران', 'ایران خودرو', -1],
    ['ایران اعلام کرد: مذاکرات ادامه دارد.', 'ایران', 'ایران', 0],
  ])('names the organization of «%s» by the whole phrase when a LOC only opens it', (quoteText, place, name, group) => {
    const ner = {
      entities: [{ start: 0, end: place.length, tokenStart: 0, tokenEnd: 1, label: 'LOC' as const, group: 0 }],
      groups: [{ id: 0, label: 'LOC' as const, canonical: place, mentions: [0] }],
    };
    const result = findAttributions(quoteText, ner);
    expect(result.quotes.map((q) => [q.speaker?.name, q.speaker?.via, q.speaker?.group])).toEqual([[name, 'organization', group]]);
  });
});
