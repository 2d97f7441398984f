/**
 * Word classes the speaker rules read, as folded keys (no ZWNJ, ی/ک folded, آ → ا): pronouns, role
 * nouns, organisation heads, quantifiers, and the words that end a subject noun phrase (prepositions,
 * time words, particles). Hand-written from Persian news usage; keep each list sorted by meaning, not A-Z.
 */
import { foldKey } from '../scan/fold-key.js';

function keys(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/).map((w) => foldKey(w)));
}

/** Third-person pronouns that stand for a speaker («او», «وی», «آنها»). */
export const PRONOUNS = keys('او وی ایشان آنها آن‌ها آنان');

/** Demonstratives that make a role noun anaphoric («این مقام آمریکایی»). */
export const DEMONSTRATIVES = keys('این آن همین همان');

/** Quantifiers before a role noun («یک مقام ارشد», «برخی کارشناسان»): the speaker is unnamed. */
export const QUANTIFIERS = keys('یک دو سه چند برخی بعضی شماری تعدادی یکی');

/** Heads of role nouns: titles of office and occupations. */
export const ROLE_HEADS = keys(`
  رئیس رئیس‌جمهور رئیس‌جمهوری رئیسه سخنگو سخنگوی وزیر وزیران معاون معاونان نماینده نمایندگان دبیر دبیرکل
  مدیر مدیرعامل مدیرکل مدیران فرمانده فرماندهی سفیر کاردار نخست‌وزیر صدراعظم عضو اعضای مشاور سرپرست
  استاندار فرماندار شهردار بخشدار دادستان قاضی رهبر رهبران مقام مقامات مسئول مسئولان مسئولین کارشناس
  کارشناسان اقتصاددان تحلیلگر تحلیلگران سرمربی مربی کاپیتان دروازه‌بان بازیکن پادشاه ولیعهد
  ژنرال وکیل پزشک استاد رؤسای روسای دیپلمات دیپلمات‌های منابع منبع مقام‌های مشاوران ریاست‌جمهوری
  همتای نایب‌رئیس قائم‌مقام جانشین ناظر بازرس فعال فعالان دبیرخانه سرکنسول کنسول وزیرخارجه
`);

/** Heads of organisation names («وزارت», «کاخ سفید», «کرملین»). */
export const ORG_HEADS = keys(`
  وزارت وزارتخانه سازمان ریاست دفتر کاخ کرملین دولت خبرگزاری شورای شورا مجلس ارتش سپاه پلیس دادگاه
  دادستانی بانک شرکت حزب کمیته ستاد اتحادیه ناتو پنتاگون سفارت کنسولگری دانشگاه بنیاد انجمن نهاد قوه
  فرمانداری استانداری شهرداری اداره مرکز پارلمان کنگره سنا جنبش ائتلاف اوپک یونیسف یونسکو صندوق دیوان
  هیئت هیات کمیسیون فدراسیون باشگاه گروه نیروی نیروهای اتاق بیت جبهه تیم دبیرخانه کابینه قرارگاه
  روزنامه روزنامهٔ شبکه پایگاه سایت هفته‌نامه ماهنامه رادیو تلویزیون خبرگزاری‌های
`);

/**
 * Words that end a subject noun phrase: prepositions, time words, particles, conjunction-like adverbs.
 * «جمعه» is left out: «امام جمعهٔ بیرجند» is a role, and «روز جمعه» already stops at «روز».
 */
export const SUBJECT_STOPS = keys(`
  در با به از برای تا طی ضمن پس پیش بعد قبل هنگام درباره دربارهٔ علیه بر بدون روی زیر میان بین نزد جز
  روز امروز دیروز فردا امشب دیشب صبح ظهر عصر شب شامگاه بامداد ساعت هفته اوایل اواخر اواسط
  شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه
  نیز هم همچنین هنوز اما ولی که را نه فقط تنها سپس اخیرا اخیراً اکنون بار دوباره باز همواره
  خطاب ضمنا چنین چنان همچنان گفت افزود
  وقتی هنگامی زمانی اگر چون چنانچه درحالیکه
`);

/** Discourse openers skipped before a subject («در ادامه», «همچنین», «از سوی دیگر»), as word-key lists. */
export const LEADING_PHRASES: ReadonlyArray<readonly string[]> = [
  'در ادامه', 'در پایان', 'در همین حال', 'در همین زمینه', 'در این باره', 'در این زمینه', 'از سوی دیگر', 'از طرف دیگر',
  'در عین حال', 'وقتی که', 'هنگامی که', 'زمانی که', 'همچنین', 'سپس', 'اما', 'ولی', 'و', 'نیز', 'همچنان', 'پیش از این', 'پیشتر', 'در واکنش', 'از این رو', 'بنابراین',
].map((p) => p.split(' ').map((w) => foldKey(w)));

/** Words that can open a fronted object before a post-posed speaker («این را پوتین گفت»). */
export const FRONTED_OBJECT = keys('این آن همین این‌ها جمله سخنان مطلب حرف‌ها سخن مطالب را');

/** Titles before a personal name («دکتر», «آیت‌الله»): the phrase is a name, not a role. */
export const TITLES = keys('دکتر مهندس آیت‌الله حجت‌الاسلام حجت‌الاسلام‌والمسلمین آقای خانم سردار سرلشکر سرتیپ دریادار ژنرال');

export type MentionKind = 'pronoun' | 'anaphoric-role' | 'quantified-role' | 'role' | 'organization' | 'name';

/** What a subject noun phrase is, from its first words: «وی» → pronoun, «این مقام آمریکایی» → anaphoric-role. */
export function classifyMention(wordKeys: readonly string[]): MentionKind {
  const first = wordKeys[0] ?? '';
  if (wordKeys.length === 1 && PRONOUNS.has(first)) return 'pronoun';
  if (DEMONSTRATIVES.has(first) && wordKeys.length >= 2) return 'anaphoric-role';
  if (QUANTIFIERS.has(first) && (wordKeys.length >= 2 || first === 'یکی' || first === 'برخی' || first === 'بعضی')) return 'quantified-role';
  if (TITLES.has(first)) return 'name';
  if (ROLE_HEADS.has(first)) return 'role';
  if (ORG_HEADS.has(first)) return 'organization';
  return 'name';
}
