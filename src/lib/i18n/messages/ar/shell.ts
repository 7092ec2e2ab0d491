// Arabic: the app shell (top bar, page loading). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const shell: Translations = {
  'Switchboard home': 'الصفحة الرئيسية لـ Switchboard',
  Main: 'القائمة الرئيسية',
  Chat: 'الدردشة',
  Compare: 'المقارنة',
  Settings: 'الإعدادات',
  Embeddings: 'التضمينات',
  'Keyboard shortcuts': 'اختصارات لوحة المفاتيح',
  'Loading Settings…': 'جارٍ تحميل الإعدادات…',
  'Loading Embeddings…': 'جارٍ تحميل التضمينات…',
  'Loading Compare…': 'جارٍ تحميل المقارنة…',
  'Settings could not be loaded: {error}. Reload the page to try again.':
    'تعذّر تحميل الإعدادات: {error}. أعد تحميل الصفحة للمحاولة مرة أخرى.',
  'The embeddings page could not be loaded: {error}. Reload the page to try again.':
    'تعذّر تحميل صفحة التضمينات: {error}. أعد تحميل الصفحة للمحاولة مرة أخرى.',
  'Compare could not be loaded: {error}. Reload the page to try again.':
    'تعذّر تحميل المقارنة: {error}. أعد تحميل الصفحة للمحاولة مرة أخرى.',
};
