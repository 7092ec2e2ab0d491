// Arabic: the last texts chosen below the UI (record checks, browser models, Ollama warnings, presets). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libRest: Translations = {
  'The download ended at {loaded} of {total}.': 'انتهى التنزيل عند {loaded} من {total}.',
  'The download could not start: the host did not answer or does not allow downloads from this page ({cause}).':
    'تعذّر بدء التنزيل: لم يستجب المضيف أو لا يسمح بالتنزيل من هذه الصفحة ({cause}).',
  'The server refused the resume ({status}); delete the download and start again.':
    'رفض الخادم الاستئناف ({status})؛ احذف التنزيل وابدأ من جديد.',
  'The server answered {status}.': 'أجاب الخادم بـ {status}.',
  'The server sent no file.': 'لم يرسل الخادم أي ملف.',
  'The connection broke after {loaded} of {total} ({cause}); {kept} are kept and Resume continues from there.':
    'انقطع الاتصال بعد {loaded} من {total} ({cause})؛ تم الاحتفاظ بـ {kept} ويتابع «استئناف» من هناك.',
  'The connection broke after {loaded} ({cause}); {kept} are kept and Resume continues from there.':
    'انقطع الاتصال بعد {loaded} ({cause})؛ تم الاحتفاظ بـ {kept} ويتابع «استئناف» من هناك.',
  'A downloaded part went missing; start the download again.': 'فُقد جزء تم تنزيله؛ ابدأ التنزيل من جديد.',
  'The file is {size}; a model in this browser must be one file of at most {max}.':
    'حجم الملف {size}؛ يجب أن يكون النموذج في هذا المتصفح ملفًا واحدًا لا يتجاوز {max}.',
  'The file is {size} but this browser has only {left} of storage left for this site.':
    'حجم الملف {size} لكن لم يتبقَّ في هذا المتصفح سوى {left} من مساحة التخزين لهذا الموقع.',
  'The model needs about {size} of memory; this device reports {memory}, so a tab can safely hold {safe}.':
    'يحتاج النموذج إلى نحو {size} من الذاكرة؛ يُبلغ هذا الجهاز عن {memory}، لذا يمكن لعلامة تبويب أن تحمل بأمان {safe}.',
  'This tab ran out of memory for the model. Close other tabs or choose a smaller model; the chat is kept.':
    'نفدت ذاكرة علامة التبويب هذه للنموذج. أغلق علامات تبويب أخرى أو اختر نموذجًا أصغر؛ المحادثة محفوظة.',
  'The model in this browser failed: {reason}': 'فشل النموذج في هذا المتصفح: {reason}',
  "The engine's worker stopped: {reason}": 'توقف عامل (worker) المحرك: {reason}',
  "{key} is not supported by Ollama's {path} and was not sent": '{key} غير مدعوم في {path} لدى Ollama ولم يُرسَل',
  'Ollama takes only inline ({kinds}) images; {count} images given by link were not sent':
    'يقبل Ollama الصور المضمّنة ({kinds}) فقط؛ لم تُرسَل الصور المعطاة كرابط ({count})',
};
