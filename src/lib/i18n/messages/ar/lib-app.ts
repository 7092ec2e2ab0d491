// Arabic: text written below the UI (storage alerts, imports and restores, speech, statuses), part 1 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp: Translations = {
  '{name} could not be read.': 'تعذّرت قراءة {name}.',
  '{count} messages': 'الرسائل: {count}',
  '{count} comparisons updated from a newer copy.': 'تم تحديث المقارنات من نسخة أحدث: {count}.',
  '{count} connections': 'الاتصالات: {count}',
  '{count} new chats': 'المحادثات الجديدة: {count}',
  'Restored {connections} (with API keys) and {chats}.': 'تمت استعادة {connections} (مع مفاتيح API) و{chats}.',
  'Restored {connections} (without API keys) and {chats}.': 'تمت استعادة {connections} (بدون مفاتيح API) و{chats}.',
  'Restored {connections} (without API keys: stored keys were kept) and {chats}.':
    'تمت استعادة {connections} (بدون مفاتيح API: تم الاحتفاظ بالمفاتيح المخزّنة) و{chats}.',
  'Left unchanged because the file differs: {messages} and the title or settings of {count} chats.':
    'تُرك دون تغيير لأن الملف مختلف: {messages}، وعنوان أو إعدادات المحادثات ({count}).',
  'Left unchanged because the file differs: {messages}.': 'تُرك دون تغيير لأن الملف مختلف: {messages}.',
  'Left unchanged because the file differs: the title or settings of {count} chats.':
    'تُرك دون تغيير لأن الملف مختلف: عنوان أو إعدادات المحادثات ({count}).',
  '{count} chats already here: {messages} added.': 'محادثات موجودة هنا بالفعل ({count}): أُضيفت {messages}.',
  'The key of {name} was not kept: its address changed to {origin}.':
    'لم يُحتفظ بمفتاح {name}: تغيّر عنوانه إلى {origin}.',
  'This file could not be read. Nothing was changed.': 'تعذّرت قراءة هذا الملف. لم يتغيّر شيء.',
  'Restoring failed and was undone: {problem} Nothing was changed.':
    'فشلت الاستعادة وتم التراجع عنها: {problem} لم يتغيّر شيء.',
  'That file is not JSON.': 'هذا الملف ليس JSON.',
  'That file is not a Switchboard comparison.': 'هذا الملف ليس مقارنة من Switchboard.',
  'That comparison file cannot be read: {problem}': 'تتعذّر قراءة ملف المقارنة هذا: {problem}',
  'Imported the comparison “{title}”.': 'تم استيراد المقارنة «{title}».',
  '{name} was added, but it did not answer yet ({problem}). Settings can test it.':
    'أُضيف {name}، لكنه لم يستجب بعد ({problem}). يمكن اختباره من الإعدادات.',
  'No enabled server offers the link’s model {model}; pick another below.':
    'لا يوجد خادم مفعّل يقدّم نموذج الرابط {model}؛ اختر نموذجًا آخر أدناه.',
  'No enabled server offers the link’s model {model} on {server}; pick another below.':
    'لا يوجد خادم مفعّل يقدّم نموذج الرابط {model} على {server}؛ اختر نموذجًا آخر أدناه.',
  'Set at least one parameter for this chat first': 'عيّن معاملًا واحدًا على الأقل لهذه المحادثة أولًا',
  'This browser refused to store the preset': 'رفض هذا المتصفح حفظ الإعداد المسبق',
  "The browser's voice failed ({error}).": 'فشل صوت المتصفح ({error}).',
  'There is no text to read aloud here.': 'لا يوجد هنا نص للقراءة بصوت عالٍ.',
  'This browser has no voice of its own; add a speech connection.':
    'لا يملك هذا المتصفح صوتًا خاصًا به؛ أضف اتصالًا للكلام.',
  'The browser': 'المتصفح',
  "{server} refused the speech request (HTTP {status}): {said}. Check the connection's API key.":
    'رفض {server} طلب الكلام (HTTP {status}): {said}. تحقّق من مفتاح API للاتصال.',
  "{server} refused the speech request (HTTP {status}). Check the connection's API key.":
    'رفض {server} طلب الكلام (HTTP {status}). تحقّق من مفتاح API للاتصال.',
  '{server} has no such speech endpoint or model (HTTP 404): {said}.':
    'لا يملك {server} نقطة الكلام هذه أو هذا النموذج (HTTP 404): {said}.',
  '{server} has no such speech endpoint or model (HTTP 404).':
    'لا يملك {server} نقطة الكلام هذه أو هذا النموذج (HTTP 404).',
  '{server} could not make speech (HTTP {status}): {said}.': 'تعذّر على {server} إنشاء الكلام (HTTP {status}): {said}.',
  '{server} could not make speech (HTTP {status}).': 'تعذّر على {server} إنشاء الكلام (HTTP {status}).',
  'The browser blocked playback: click Read aloud again.': 'حظر المتصفح التشغيل: انقر «القراءة بصوت عالٍ» مرة أخرى.',
  'This browser cannot play the audio {server} sent; try another format.':
    'لا يستطيع هذا المتصفح تشغيل الصوت الذي أرسله {server}؛ جرّب تنسيقًا آخر.',
  'Reading aloud failed: {error}': 'فشلت القراءة بصوت عالٍ: {error}',
  '{server} needs an API key to make speech.': 'يحتاج {server} إلى مفتاح API لإنشاء الكلام.',
  'Could not reach {server} for speech: it is not running, or it does not allow requests from this page (CORS).':
    'تعذّر الوصول إلى {server} للكلام: إنه لا يعمل، أو لا يسمح بالطلبات من هذه الصفحة (CORS).',
  '{server} took too long to make speech.': 'استغرق {server} وقتًا طويلًا لإنشاء الكلام.',
  '{server} sent something that is not audio.': 'أرسل {server} شيئًا ليس صوتًا.',
  'Reading aloud was stopped.': 'تم إيقاف القراءة بصوت عالٍ.',
  'The server said: “{said}”': 'قال الخادم: «{said}»',
  'The server refused the audio format (HTTP {status}).{said} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).':
    'رفض الخادم تنسيق الصوت (HTTP {status}).{said} جرّب ملفًا بتنسيق يقبله (WAV أو MP3 هما الأكثر قبولًا).',
  'The audio is too large for the server (HTTP 413).{said} Record a shorter clip, or raise the server’s upload limit.':
    'الصوت كبير جدًا على الخادم (HTTP 413).{said} سجّل مقطعًا أقصر، أو ارفع حدّ الرفع في الخادم.',
  'The server has no speech-to-text endpoint at this address (HTTP {status}): this connection may not serve transcription, or the model is unknown.{said}':
    'لا يملك الخادم نقطة لتحويل الكلام إلى نص على هذا العنوان (HTTP {status}): ربما لا يقدّم هذا الاتصال التفريغ النصي، أو النموذج غير معروف.{said}',
  'The server refused the API key (HTTP {status}). Check the key in Settings.':
    'رفض الخادم مفتاح API (HTTP {status}). تحقّق من المفتاح في الإعدادات.',
  'The server did not finish the transcription in time.': 'لم يُنهِ الخادم التفريغ النصي في الوقت المحدد.',
  'The transcription request did not reach the server (network error or blocked by CORS).':
    'لم يصل طلب التفريغ النصي إلى الخادم (خطأ في الشبكة أو حظره CORS).',
  'The server’s reply held no transcription.': 'لم يتضمّن ردّ الخادم أي تفريغ نصي.',
  'The server refused the transcription (HTTP {status}).{said}': 'رفض الخادم التفريغ النصي (HTTP {status}).{said}',
  'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.':
    'رُفض إذن الميكروفون. اسمح بالميكروفون لهذا الموقع في المتصفح (الرمز بجانب العنوان)، ثم اضغط «تسجيل صوتي» مرة أخرى.',
  'No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.':
    'لم يُعثر على ميكروفون. وصّل واحدًا (أو اختر واحدًا من إعدادات الصوت في نظامك)، ثم حاول مرة أخرى.',
  'The microphone could not be started: another program may be using it.':
    'تعذّر تشغيل الميكروفون: ربما يستخدمه برنامج آخر.',
  'This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).':
    'لا يستطيع هذا المتصفح تسجيل الصوت في هذه الصفحة (يحتاج التسجيل إلى https أو localhost وإلى MediaRecorder).',
  'The recording could not be made or sent.': 'تعذّر إنشاء التسجيل أو إرساله.',
  '{count} migration copies, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).':
    'نسخ الترحيل: {count}، {size}: سجلات كما كانت قبل أن يعيد تحديثٌ كتابتها (حذف محادثة أو اتصال يحذف نسخه).',
  'Failed: unexpected error': 'فشل: خطأ غير متوقع',
  'Unreachable · {count} models typed by hand': 'يتعذّر الوصول · نماذج مكتوبة يدويًا: {count}',
  'Model list failed: {cause} · {count} models typed by hand':
    'فشلت قائمة النماذج: {cause} · نماذج مكتوبة يدويًا: {count}',
  'Online · {count} models': 'متصل · النماذج: {count}',
  'this server needs an API key': 'يحتاج هذا الخادم إلى مفتاح API',
  'the server redirects elsewhere (not followed, to keep the API key safe)':
    'يعيد الخادم التوجيه إلى مكان آخر (لم يُتبع، حفاظًا على مفتاح API)',
  'the address is not a full {http} or {https} URL (nothing was sent)':
    'العنوان ليس عنوان URL كاملًا يبدأ بـ {http} أو {https} (لم يُرسل شيء)',
  'no answer in time': 'لا إجابة في الوقت المحدد',
  cancelled: 'أُلغي',
  'could not connect (server down, or blocked by the browser)': 'تعذّر الاتصال (الخادم متوقف، أو حظره المتصفح)',
  'unexpected answer (wrong mode or URL?)': 'إجابة غير متوقعة (وضع أو عنوان URL خاطئ؟)',
  'HTTP error': 'خطأ HTTP',
  'The server reported an error in the middle of the answer': 'أبلغ الخادم عن خطأ في منتصف الإجابة',
  '{problem}. The text received so far is kept.': '{problem}. يُحتفظ بالنص المستلم حتى الآن.',
  '{count} embedding models': 'نماذج التضمين: {count}',
  '{count} transcription models': 'نماذج التفريغ النصي: {count}',
  '{count} speech models': 'نماذج الكلام: {count}',
  chat: 'محادثة',
  'embedding (not for chat)': 'تضمين (ليس للمحادثة)',
  'speech to text (not for chat)': 'كلام إلى نص (ليس للمحادثة)',
};
