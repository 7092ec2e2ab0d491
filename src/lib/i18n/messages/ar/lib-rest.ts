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
  '{at} is not an object.': '{at} ليس كائنًا.',
  '{at} has no {field}.': '{at} ليس له {field}.',
  '{field} is empty.': '{field} فارغ.',
  '{field} must be one of {values}.': 'يجب أن يكون {field} أحد القيم: {values}.',
  '{field} must be an {http} or {https} address without a user name or password (nor a query or fragment).':
    'يجب أن يكون {field} عنوان {http} أو {https} بلا اسم مستخدم أو كلمة مرور (ولا استعلام أو جزء).',
  '{field} must be true or false.': 'يجب أن يكون {field} إما true أو false.',
  '{at} needs {created} and {updated} times (numbers).': 'يحتاج {at} إلى الوقتين {created} و{updated} (أرقام).',
  '{field} must be a list of text.': 'يجب أن يكون {field} قائمة نصوص.',
  '{field} must be text.': 'يجب أن يكون {field} نصًا.',
  '{field} must be a whole number.': 'يجب أن يكون {field} عددًا صحيحًا.',
  '{at} was saved by a newer Switchboard (schema {version}); update Switchboard to restore it.':
    'حُفظ {at} بإصدار أحدث من Switchboard (المخطط {version})؛ حدّث Switchboard لاستعادته.',
  '{field} must be an object of messages.': 'يجب أن يكون {field} كائنًا من الرسائل.',
  '{field} must be a list.': 'يجب أن يكون {field} قائمة.',
  '{at} has neither {nodes} nor {messages}.': 'ليس لدى {at} أيٌّ من {nodes} أو {messages}.',
  '{at} could not be read as a conversation.': 'تعذّرت قراءة {at} كمحادثة.',
  'entry {n}': 'الإدخال {n}',
  '(unnamed)': '(بلا اسم)',
  Precise: 'دقيق',
  Balanced: 'متوازن',
  Creative: 'إبداعي',
  Person: 'شخص',
  'List of steps': 'قائمة خطوات',
  Sentiment: 'المشاعر',
  '{name} is not a GGUF file (its name should end in {extension}).':
    '{name} ليس ملف GGUF (يجب أن ينتهي اسمه بـ {extension}).',
  '{field} must be {value}.': 'يجب أن يكون {field} هو {value}.',
  '{field} must name one of its columns.': 'يجب أن يسمّي {field} أحد أعمدتها.',
  '{field} must be a whole number from 1.': 'يجب أن يكون {field} عددًا صحيحًا بدءًا من 1.',
  '{field} must be an assistant message with an id.': 'يجب أن يكون {field} رسالة من المساعد لها معرّف.',
  '{field} must be a time (number).': 'يجب أن يكون {field} وقتًا (رقمًا).',
  '{at} was saved by a newer Switchboard (schema {version}).':
    'حُفظ {at} بإصدار أحدث من Switchboard (المخطط {version}).',
  '{field} must be a list of 1 to {max} columns.': 'يجب أن يكون {field} قائمة من 1 إلى {max} أعمدة.',
  '{field} must be an object of runs.': 'يجب أن يكون {field} كائنًا من التشغيلات.',
  '{field} must be text or a list of texts.': 'يجب أن يكون {field} نصًا أو قائمة نصوص.',
  '{field} must be a number.': 'يجب أن يكون {field} رقمًا.',
  'its server is no longer in Settings': 'لم يعد خادمه موجودًا في الإعدادات',
  'temperature {value}': 'درجة الحرارة {value}',
  'max tokens {value}': 'الحد الأقصى للرموز {value}',
  'own system prompt': 'موجّه نظام خاص',
  '[part {n} of this message is missing]': '[الجزء {n} من هذه الرسالة مفقود]',
};
