/**
 * The phrases that open a link of a reporting chain, as compact folded keys («به گزارش» → «بهگزارش»),
 * so «به‌گزارش» and «به گزارش» meet. Order matters only in that the longest match wins.
 */
import type { SourceKind } from '../../doc/labels.js';

export const SOURCE_MARKERS: ReadonlyMap<string, SourceKind> = new Map<string, SourceKind>([
  ['بهگزارش', 'report'],
  ['بنابرگزارش', 'report'],
  ['بهگزارشخبرنگار', 'reporter'],
  ['بنابرگزارشخبرنگار', 'reporter'],
  ['بهنقلاز', 'citation'],
  ['بهنوشته', 'citation'],
  ['بهگفته', 'according-to'],
  ['بنابهگفته', 'according-to'],
  ['بنابرگفته', 'according-to'],
]);

/** Prefixes of the marker keys, to stop a scan early. */
export const SOURCE_MARKER_PREFIXES: ReadonlySet<string> = new Set(
  [...SOURCE_MARKERS.keys()].flatMap((k) => Array.from({ length: k.length }, (_, i) => k.slice(0, i + 1))),
);

/**
 * Words that name a newsroom desk or a reporter's beat, dropped from the front of a reporter link's
 * name: «خبرنگار سیاسی خبرگزاری تسنیم» → «خبرگزاری تسنیم».
 */
export const DESK_WORDS: ReadonlySet<string> = new Set([
  'گروه', 'سرویس', 'حوزه', 'بخش', 'سیاسی', 'اقتصادی', 'اجتماعی', 'فرهنگی', 'ورزشی', 'بینالملل', 'بینالمللی',
  'پارلمانی', 'اعزامی', 'دفاعی', 'علمی', 'دانشگاهی', 'خارجی', 'استانی', 'شهری', 'حقوقی', 'قضایی', 'سلامت',
  'فناوری', 'هنری', 'ادبی', 'جامعه', 'محیطزیست', 'انرژی', 'نفت', 'ارشد', 'ویژه', 'مقیم', 'دفتر',
]);

/** Heads of names that run over two or more words («خبرگزاری فارس», «روزنامه کیهان»). */
export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'خبرگزاری', 'روزنامه', 'شبکه', 'پایگاه', 'سایت', 'وبسایت', 'هفتهنامه', 'ماهنامه', 'خبرنگار', 'رادیو', 'تلویزیون', 'مجله', 'منابع', 'منبع',
]);
