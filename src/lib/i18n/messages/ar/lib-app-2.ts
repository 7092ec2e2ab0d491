// Arabic: text written below the UI (storage alerts, imports and restores, speech, statuses), part 2 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp2: Translations = {
  'text to speech (not for chat)': 'نص إلى كلام (ليس للمحادثة)',
  'Copy code': 'نسخ الشيفرة',
  'The text could not be read as JSON': 'تعذّرت قراءة النص بصيغة JSON',
  '(top level)': '(المستوى الأعلى)',
  '(schema)': '(المخطط)',
  'The value does not match the schema.': 'القيمة لا تطابق المخطط.',
  'This is not allowed here.': 'هذا غير مسموح هنا.',
  '[Part {number} of this answer could not be read.]': '[تعذّرت قراءة الجزء {number} من هذه الإجابة.]',
  'The browser has no room left to save your chats (storage quota exceeded).':
    'لم تعد لدى المتصفح مساحة لحفظ محادثاتك (تم تجاوز حصة التخزين).',
  'Download this chat now, then free space: delete old chats, export and remove large ones, or clear other sites’ data. Switchboard keeps retrying and saves as soon as there is room.':
    'نزّل هذه المحادثة الآن، ثم حرّر مساحة: احذف المحادثات القديمة، أو صدّر الكبيرة منها واحذفها، أو امسح بيانات المواقع الأخرى. يواصل Switchboard المحاولة ويحفظ فور توفّر المساحة.',
  'This chat was saved by a newer version of Switchboard, so this version does not overwrite it.':
    'حُفظت هذه المحادثة بإصدار أحدث من Switchboard، لذا لا يكتب هذا الإصدار فوقها.',
  'Reload the page to get the newer version, or download this chat to keep what is on screen.':
    'أعد تحميل الصفحة للحصول على الإصدار الأحدث، أو نزّل هذه المحادثة للاحتفاظ بما على الشاشة.',
  'Another Switchboard tab is holding the database open with a different version, so saving is blocked.':
    'علامة تبويب أخرى لـ Switchboard تُبقي قاعدة البيانات مفتوحة بإصدار مختلف، لذا الحفظ محظور.',
  'Close or reload the other Switchboard tabs. Download this chat if you want to be safe; saving retries on its own.':
    'أغلق علامات تبويب Switchboard الأخرى أو أعد تحميلها. نزّل هذه المحادثة إن أردت الأمان؛ يُعاد الحفظ تلقائيًا.',
  'This browser does not let Switchboard save anything (storage is off, e.g. a private window or blocked site data).':
    'لا يسمح هذا المتصفح لـ Switchboard بحفظ أي شيء (التخزين معطّل، مثل نافذة خاصة أو بيانات مواقع محظورة).',
  'Your chat works but lives only in this tab: download it before closing. To keep chats, allow site data for this page or use a normal window.':
    'محادثتك تعمل لكنها موجودة في علامة التبويب هذه فقط: نزّلها قبل الإغلاق. للاحتفاظ بالمحادثات، اسمح ببيانات الموقع لهذه الصفحة أو استخدم نافذة عادية.',
  'Saving your chat failed.': 'فشل حفظ محادثتك.',
  'Download this chat to keep it. Switchboard keeps retrying.':
    'نزّل هذه المحادثة للاحتفاظ بها. يواصل Switchboard المحاولة.',
  'Using {used} of {quota} (under {percent})': 'المستخدم {used} من {quota} (أقل من {percent})',
  'Using {used} of {quota} ({percent})': 'المستخدم {used} من {quota} ({percent})',
  'This file is nested too deeply to be a Switchboard chat export. Nothing was imported.':
    'هذا الملف متداخل بعمق كبير فلا يمكن أن يكون تصديرًا لمحادثات Switchboard. لم يُستورد شيء.',
  'This file is not JSON, so it cannot be a Switchboard chat export.':
    'هذا الملف ليس JSON، لذا لا يمكن أن يكون تصديرًا لمحادثات Switchboard.',
  'This is not a Switchboard chat export (expected {field}).': 'هذا ليس تصديرًا لمحادثات Switchboard (المتوقع {field}).',
  'This export has no valid {field}.': 'لا يحتوي هذا التصدير على {field} صالح.',
  'This export is version {version}, made by a newer Switchboard; this one reads version {supported}. Update Switchboard to import it.':
    'هذا التصدير من الإصدار {version}، أنشأه Switchboard أحدث؛ وهذا يقرأ الإصدار {supported}. حدّث Switchboard لاستيراده.',
  'This export has no {field} list.': 'لا يحتوي هذا التصدير على قائمة {field}.',
  'None of the conversations in this export could be read: {reasons}.':
    'تعذّرت قراءة أي من المحادثات في هذا التصدير: {reasons}.',
  "This backup's {field} is not a list.": 'الحقل {field} في هذه النسخة الاحتياطية ليس قائمة.',
  '{entry} has the same id as an earlier comparison.': '{entry} له المعرّف نفسه لمقارنة سابقة.',
  'This file is nested too deeply to be a Switchboard connections file. Nothing was imported.':
    'هذا الملف متداخل بعمق كبير فلا يمكن أن يكون ملف اتصالات Switchboard. لم يُستورد شيء.',
  'This file is not JSON.': 'هذا الملف ليس JSON.',
  'This is not a Switchboard connections file (expected {field}).':
    'هذا ليس ملف اتصالات Switchboard (المتوقع {field}).',
  'This file comes from a newer Switchboard; update the app to import it.':
    'هذا الملف من Switchboard أحدث؛ حدّث التطبيق لاستيراده.',
  '{field} is not an address Switchboard can use.': '{field} ليس عنوانًا يمكن لـ Switchboard استخدامه.',
  'This image is not a PNG, JPEG, WebP, GIF or BMP image.': 'هذه الصورة ليست صورة PNG أو JPEG أو WebP أو GIF أو BMP.',
  '{name} is not a PNG, JPEG, WebP, GIF or BMP image.': '{name} ليست صورة PNG أو JPEG أو WebP أو GIF أو BMP.',
  '{count} MB': '{count} ميغابايت',
  'This image is over {limit}; pick a smaller image.': 'هذه الصورة أكبر من {limit}؛ اختر صورة أصغر.',
  '{name} is over {limit}; pick a smaller image.': '{name} أكبر من {limit}؛ اختر صورة أصغر.',
  'This image could not be read as an image.': 'تعذّرت قراءة هذه الصورة كصورة.',
  '{name} could not be read as an image.': 'تعذّرت قراءة {name} كصورة.',
  'This image could not be resized (no canvas).': 'تعذّر تصغير هذه الصورة (لا يوجد canvas).',
  '{name} could not be resized (no canvas).': 'تعذّر تصغير {name} (لا يوجد canvas).',
  'This image could not be resized.': 'تعذّر تصغير هذه الصورة.',
  '{name} could not be resized.': 'تعذّر تصغير {name}.',
  'This file is empty, so it is not a Switchboard backup. Nothing was changed.':
    'هذا الملف فارغ، لذا فهو ليس نسخة احتياطية من Switchboard. لم يتغيّر شيء.',
  'This file is {size}; backups over {limit} are not restored. Nothing was changed.':
    'حجم هذا الملف {size}؛ لا تُستعاد النسخ الاحتياطية التي تتجاوز {limit}. لم يتغيّر شيء.',
  '{entry} has an API key, but the file says it includes none ({field}).':
    '{entry} فيه مفتاح API، لكن الملف يقول إنه لا يتضمّن أيًّا منها ({field}).',
  'Two connections share the id {id}.': 'اتصالان يشتركان في المعرّف {id}.',
  'Two conversations share the id {id}.': 'محادثتان تشتركان في المعرّف {id}.',
  'This file is not JSON, so it is not a Switchboard backup. Nothing was changed.':
    'هذا الملف ليس JSON، لذا فهو ليس نسخة احتياطية من Switchboard. لم يتغيّر شيء.',
  '{problem} Nothing was changed.': '{problem} لم يتغيّر شيء.',
  'This file is not a Switchboard backup (expected a JSON object).':
    'هذا الملف ليس نسخة احتياطية من Switchboard (المتوقع كائن JSON).',
  'This is a chats export, not a full backup: import it with “Import” in the chat list.':
    'هذا تصدير محادثات وليس نسخة احتياطية كاملة: استورده عبر «استيراد» في قائمة المحادثات.',
  'This is a connections export, not a full backup: use “Import connections”.':
    'هذا تصدير اتصالات وليس نسخة احتياطية كاملة: استخدم «استيراد الاتصالات».',
  'This is not a Switchboard backup (expected {field}).': 'هذه ليست نسخة احتياطية من Switchboard (المتوقع {field}).',
  'This backup has no valid {field}.': 'لا تحتوي هذه النسخة الاحتياطية على {field} صالح.',
  'This backup is version {version}, made by a newer Switchboard; this one restores version {supported}. Update Switchboard to restore it.':
    'هذه النسخة الاحتياطية من الإصدار {version}، أنشأها Switchboard أحدث؛ وهذا يستعيد الإصدار {supported}. حدّث Switchboard لاستعادتها.',
  'This backup has no {field} time.': 'لا تحتوي هذه النسخة الاحتياطية على وقت {field}.',
  'This backup does not say whether it includes API keys ({field}).':
    'لا تذكر هذه النسخة الاحتياطية ما إذا كانت تتضمّن مفاتيح API ({field}).',
  'This backup has no {field} list.': 'لا تحتوي هذه النسخة الاحتياطية على قائمة {field}.',
  '{reasons}; and {count} more': '{reasons}؛ وغيرها: {count}',
  '{count} were already here': 'موجودة هنا بالفعل: {count}',
  '{count} were not valid ({reasons})': 'غير صالحة: {count} ({reasons})',
  'The file holds no chats.': 'لا يحتوي الملف على محادثات.',
  'The file holds no connections.': 'لا يحتوي الملف على اتصالات.',
  'The file holds no comparisons.': 'لا يحتوي الملف على مقارنات.',
  'Imported {count} chats.': 'تم استيراد المحادثات: {count}.',
  'Imported {count} connections.': 'تم استيراد الاتصالات: {count}.',
  'Imported {count} comparisons.': 'تم استيراد المقارنات: {count}.',
  'Imported {imported} of {count} chats: {details}.': 'تم استيراد {imported} من {count} محادثات: {details}.',
  'Imported {imported} of {count} connections: {details}.': 'تم استيراد {imported} من {count} اتصالات: {details}.',
  'Imported {imported} of {count} comparisons: {details}.': 'تم استيراد {imported} من {count} مقارنات: {details}.',
  '0 imported: {details}.': 'لم يُستورد شيء: {details}.',
  '{name}: PDFs cannot be attached yet; copy its text into the message instead.':
    '{name}: لا يمكن إرفاق ملفات PDF بعد؛ انسخ نصها إلى الرسالة بدلًا من ذلك.',
  '{name}: only images and text files (such as {examples} or source code) can be attached.':
    '{name}: يمكن إرفاق الصور والملفات النصية فقط (مثل {examples} أو الشيفرة المصدرية).',
  '{name} is {size} KB; text files up to {limit} KB can be attached.':
    'حجم {name} هو {size} كيلوبايت؛ يمكن إرفاق الملفات النصية حتى {limit} كيلوبايت.',
};
