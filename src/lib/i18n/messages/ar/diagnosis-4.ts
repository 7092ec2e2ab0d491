// Arabic: diagnosis texts (the connection test checklist). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis4: Translations = {
  'The URL is well formed': 'عنوان URL سليم البنية',
  'This page may call it (mixed content, local network access)':
    'يمكن لهذه الصفحة استدعاؤه (المحتوى المختلط، الوصول إلى الشبكة المحلية)',
  'The server answers': 'الخادم يجيب',
  'The server allows this page (CORS)': 'الخادم يسمح بهذه الصفحة (CORS)',
  'The server accepts our request headers (preflight)': 'الخادم يقبل ترويسات طلبنا (الطلب التمهيدي)',
  'The model list can be read': 'يمكن قراءة قائمة النماذج',
  'A one-token chat works': 'محادثة برمز واحد تعمل',
  'The step failed unexpectedly ({error})': 'فشلت الخطوة على نحو غير متوقع ({error})',
  'The test could not finish': 'تعذّر إكمال الاختبار',
  'Not run: an earlier step failed': 'لم يُنفَّذ: فشلت خطوة سابقة',
  'Test stopped': 'توقف الاختبار',
  'Stopped before "{step}"': 'توقف قبل "{step}"',
  'Not run: the test was stopped': 'لم يُنفَّذ: أُوقف الاختبار',
  'The connection works': 'الاتصال يعمل',
  'Warning: {warning}': 'تحذير: {warning}',
  '{url} is a valid http(s) URL': '{url} عنوان URL صالح من نوع http(s)',
  'No mixed-content or local-network rule blocks this request':
    'لا تحظر أي قاعدة للمحتوى المختلط أو الشبكة المحلية هذا الطلب',
  'No valid URL': 'لا يوجد عنوان URL صالح',
  'No model-list function was given': 'لم تُقدَّم دالة لقائمة النماذج',
  'The server listed {count} models: {names}': {
    zero: 'أدرج الخادم {count} نموذج: {names}',
    one: 'أدرج الخادم نموذجًا واحدًا ({count}): {names}',
    two: 'أدرج الخادم نموذجين ({count}): {names}',
    few: 'أدرج الخادم {count} نماذج: {names}',
    many: 'أدرج الخادم {count} نموذجًا: {names}',
    other: 'أدرج الخادم {count} نموذج: {names}',
  },
  'Chat test not requested': 'لم يُطلب اختبار المحادثة',
  'No model to try': 'لا يوجد نموذج للتجربة',
  'A one-token chat with {model} got an answer': 'تلقت محادثة برمز واحد مع {model} ردًا',
};
