/**
 * Calendar vocabulary as word keys (no ZWNJ, Persian letters; see word-key.ts): Jalali, Gregorian and
 * Hijri months, weekdays, relative days and parts of the day, for the date and time rules.
 */

/** Jalali (Solar Hijri) months, 1-based. */
export const JALALI_MONTHS: ReadonlyMap<string, number> = new Map([
  ['فروردین', 1], ['اردیبهشت', 2], ['خرداد', 3], ['تیر', 4], ['مرداد', 5], ['امرداد', 5], ['شهریور', 6],
  ['مهر', 7], ['آبان', 8], ['آذر', 9], ['دی', 10], ['بهمن', 11], ['اسفند', 12],
]);

/** Gregorian months as Persian news spells them (French-based and English-based forms). */
export const GREGORIAN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['ژانویه', 1], ['ژانوی', 1], ['فوریه', 2], ['فبریه', 2], ['مارس', 3], ['آوریل', 4], ['آپریل', 4], ['مه', 5], ['می', 5],
  ['ژوئن', 6], ['ژوین', 6], ['جون', 6], ['ژوئیه', 7], ['ژوییه', 7], ['جولای', 7], ['اوت', 8], ['آگوست', 8], ['اگوست', 8],
  ['سپتامبر', 9], ['اکتبر', 10], ['نوامبر', 11], ['دسامبر', 12],
]);

/** Gregorian month names that are ordinary words too («مه» fog, «می» the verb prefix, «جون» dear): need a number beside them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['مه', 'می', 'جون', 'دی', 'تیر', 'مهر', 'صفر', 'رجب']);

/** Hijri (lunar) months; two-token spellings («ربیع الاول») are joined before lookup. */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = new Map([
  ['محرم', 1], ['صفر', 2], ['ربیعالاول', 3], ['ربیعالثانی', 4], ['ربیعالآخر', 4], ['جمادیالاول', 5], ['جمادیالاولی', 5],
  ['جمادیالثانی', 6], ['جمادیالآخر', 6], ['جمادیالثانیه', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذیالقعده', 11], ['ذیقعده', 11], ['ذیالحجه', 12], ['ذیحجه', 12],
]);

/** First halves of Hijri month names written as two tokens. */
export const HIJRI_FIRST_HALVES: ReadonlySet<string> = new Set(['ربیع', 'جمادی', 'ذی']);

/** Weekdays, one token («سه‌شنبه», «پنجشنبه») or two («سه شنبه»: first half + «شنبه»). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'شنبه', 'یکشنبه', 'دوشنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه',
]);
export const WEEKDAY_FIRST_HALVES: ReadonlySet<string> = new Set(['یک', 'دو', 'سه', 'چهار', 'پنج']);

/** Single words that name a day relative to now. */
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(['امروز', 'دیروز', 'فردا', 'پریروز', 'پسفردا', 'امسال', 'پارسال']);

/** «سال/ماه/هفته/روز» + one of these: «سال گذشته», «هفته آینده». */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set(['سال', 'ماه', 'هفته', 'روز', 'قرن', 'دهه']);
export const PERIOD_QUALIFIERS: ReadonlySet<string> = new Set(['گذشته', 'جاری', 'آینده', 'قبل', 'آتی', 'بعد', 'پیش', 'اخیر']);

/** Parts of the day; with a day («صبح امروز», «عصر دوشنبه») they make a TIME. */
export const DAY_PARTS: ReadonlySet<string> = new Set([
  'صبح', 'ظهر', 'عصر', 'شب', 'بامداد', 'شامگاه', 'غروب', 'نیمهشب', 'صبحگاه', 'سحر', 'پیشازظهر', 'بعدازظهر', 'ظهرامروز',
]);

/** Whole words that are a time by themselves. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['امشب', 'دیشب']);

/** Calendar era words that may follow a year («۱۴۰۲ هجری شمسی», «۲۰۲۳ میلادی»). */
export const ERA_WORDS: ReadonlySet<string> = new Set(['هجری', 'شمسی', 'قمری', 'میلادی', 'خورشیدی', 'ه.ش', 'ه.ق']);
