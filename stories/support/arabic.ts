import type { PithStringsInput } from '../../src/shared/strings.js';

/**
 * Arabic texts for the right-to-left stories, as an Arabic site would give them through the
 * `strings` property. Written for the stories; a real site would have its own translator check
 * them.
 */
export const arabicStrings: PithStringsInput = {
  loading: 'جارٍ تحميل الأوراق…',
  empty: 'لا توجد أوراق في هذه القائمة بعد.',
  loadError: 'تعذّر تحميل القائمة.',
  retry: 'إعادة المحاولة',
  loadMore: 'تحميل المزيد',
  loadingMore: 'جارٍ التحميل…',
  score: 'التقييم',
  theorems: (count) => `${count} مبرهنات`,
  fullImage: 'الصورة كاملة',
  cite: 'اقتباس',
  by: 'تأليف',
  authorSeparator: '، ',
  more: (count) => `+${count} آخرين`,
  moreLabel: (count) => `و${count} مؤلفين آخرين`,
  unknownMore: (count) => `+${count} آخرين`,
  unknownMoreLabel: (count) => `و${count} مؤلفين آخرين`,
  fewer: 'عرض أقل',
  fewerLabel: 'عرض أقل من قائمة المؤلفين',
  showAbstract: 'عرض الملخص',
  hideAbstract: 'إخفاء الملخص',
};
