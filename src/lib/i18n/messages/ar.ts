// Arabic (machine-assisted translation: corrections by native speakers welcome).
import type { Catalog } from '../catalog.ts';

export const catalog: Catalog = {
  'nav.main': 'القائمة الرئيسية',
  'nav.chat': 'الدردشة',
  'nav.settings': 'الإعدادات',
  'nav.home': 'الصفحة الرئيسية لـ Switchboard',
  'nav.shortcuts': 'اختصارات لوحة المفاتيح',
  'settings.loading': 'جارٍ تحميل الإعدادات…',
  'settings.loadFailed': 'تعذّر تحميل الإعدادات: {error}. أعد تحميل الصفحة للمحاولة مرة أخرى.',
};
