// Arabic: the embeddings workbench. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const embeddings: Translations = {
  'Run the texts first.': 'شغّل النصوص أولًا.',
  'The query could not be embedded.': 'تعذّر تضمين الاستعلام.',
  'Texts, one per line': 'النصوص، واحد في كل سطر',
  'Load a file': 'تحميل ملف',
  '{count} texts': 'النصوص: {count}',
  'Embedding model': 'نموذج التضمين',
  'Another model on {server}…': 'نموذج آخر على {server}…',
  'Dimensions (optional)': 'الأبعاد (اختياري)',
  'Texts per request': 'النصوص في كل طلب',
  'No enabled connection: add one in Settings.': 'لا يوجد اتصال مفعّل: أضف واحدًا في الإعدادات.',
  Run: 'تشغيل',
  'Embedding progress': 'تقدّم التضمين',
  '{done} of {total} texts': '{done} من {total} نصًا',
  'Cancelled: {done} of {total} texts were embedded before you cancelled; the results below are for those.':
    'أُلغي: ضُمِّن {done} من {total} نصًا قبل أن تلغي؛ والنتائج أدناه لتلك النصوص.',
  'The server said: {message}': 'قال الخادم: {message}',
  '{count} texts were embedded before the failure.': 'ضُمِّن {count} نصًا قبل الفشل.',
  'Diagnosis: {title}': 'التشخيص: {title}',
  Dimensions: 'الأبعاد',
  'Texts embedded': 'النصوص المضمَّنة',
  'Time per batch (median)': 'الوقت لكل دفعة (الوسيط)',
  '{time} over {count} batches': '{time} على {count} دفعة',
  'Export JSON': 'تصدير JSON',
  'Export CSV': 'تصدير CSV',
  'Nearest to a query': 'الأقرب إلى استعلام',
  'Query text': 'نص الاستعلام',
  'Searching…': 'جارٍ البحث…',
  'Find nearest': 'البحث عن الأقرب',
  'Nearest texts': 'النصوص الأقرب',
  'Cosine similarity': 'تشابه جيب التمام',
  'Heatmap of the cosine similarity of {count} texts': 'خريطة حرارية لتشابه جيب التمام بين {count} نصًا',
  'Row and column i stand for text i (the first {count} of {total} texts); dark blue is 0 or less, bright yellow is 1 (the same text).':
    'يمثّل الصف والعمود i النص i (أول {count} من {total} نصًا)؛ الأزرق الداكن يعني 0 أو أقل، والأصفر الساطع يعني 1 (النص نفسه).',
  'Row and column i stand for text i; dark blue is 0 or less, bright yellow is 1 (the same text).':
    'يمثّل الصف والعمود i النص i؛ الأزرق الداكن يعني 0 أو أقل، والأصفر الساطع يعني 1 (النص نفسه).',
  'Most similar: “{a}” and “{b}” ({score}). Least similar: “{c}” and “{d}” ({lowest}).':
    'الأكثر تشابهًا: «{a}» و«{b}» ({score}). الأقل تشابهًا: «{c}» و«{d}» ({lowest}).',
  'Cosine similarity of each pair': 'تشابه جيب التمام لكل زوج',
};
