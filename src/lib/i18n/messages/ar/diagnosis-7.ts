// Arabic: diagnosis texts (answers that are no answer, requests beyond chat, images, install guides).
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis7: Translations = {
  // fixes/answers.ts
  'Point the connection at the API, not the web page': 'وجّه الاتصال إلى واجهة API لا إلى صفحة الويب',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).":
    'أعاد {url} صفحة ويب. استخدم عنوان URL الأساسي لواجهة API، وهو ينتهي عادةً بـ {path} (واجهة API لـ {server} تكون عادةً على المنفذ {port}).',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path}.":
    'أعاد {url} صفحة ويب. استخدم عنوان URL الأساسي لواجهة API، وهو ينتهي عادةً بـ {path}.',
  'Switch this connection to {mode} mode': 'حوّل هذا الاتصال إلى وضع {mode}',
  'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.':
    'أجاب الخادم بصيغة Ollama الأصلية. استخدم الوضع "{mode}" مع عنوان URL الأساسي {url}، أو أبقِ وضع {other} مع {v1url}.',
  'The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.':
    'أجاب الخادم بصيغة OpenAI. استخدم الوضع "{mode}" مع عنوان URL الأساسي {url}.',
  'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.':
    'يقول الخادم على {origin} إنه Ollama. عدّل الاتصال: الوضع "{mode}"، وعنوان URL الأساسي {origin}. تعمل واجهة Ollama الأصلية مع كل إصدارات Ollama.',
  'Or keep {mode} mode with base URL {url}': 'أو أبقِ وضع {mode} مع عنوان URL الأساسي {url}',
  'Ollama serves its OpenAI-compatible API under {path}, not at this path.':
    'يقدّم Ollama واجهته المتوافقة مع OpenAI تحت {path}، لا على هذا المسار.',
  'Or update Ollama to keep {mode} mode': 'أو حدّث Ollama لتُبقي وضع {mode}',
  'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:':
    'يجيب Ollama هذا بـ 404 على {url}: إصدارات Ollama القديمة ليس فيها واجهة متوافقة مع OpenAI (أو ليست كاملة)، وبعض الوكلاء لا يمرّرون إلا مسارات {prefix}. تحقّق من إصداره:',
  "Ollama's version": 'إصدار Ollama',
  'Check the API mode and base URL': 'تحقّق من وضع API وعنوان URL الأساسي',
  'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.':
    'أجاب الخادم بصيغة غير متوقعة. تأكّد من أن الوضع (OpenAI أو Ollama الأصلي) يطابق الخادم وأن عنوان URL الأساسي يشير إلى واجهته.',
  '{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.':
    'توقّف {server} عن الإرسال في منتصف الإجابة. ربما هو مُثقل أو نفدت ذاكرته؛ راجع سجلّه وأعد المحاولة.',
  'The server stopped sending': 'توقّف الخادم عن الإرسال',
  'Retry: the first request may load the model': 'أعد المحاولة: قد يكون الطلب الأول يحمّل النموذج',
  '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.':
    'قد يكون {server} يحمّل النموذج، وقد يستغرق ذلك أكثر من المهلة. أعد المحاولة بعد اكتمال التحميل.',
  'Check the network path': 'تحقّق من مسار الشبكة',
  'A firewall that silently drops packets also looks like this. Run "{action}" to check.':
    'جدار الحماية الذي يُسقط الحزم بصمت يبدو هكذا أيضًا. شغّل "{action}" للتحقق.',
  'Retry; check the server and any proxy': 'أعد المحاولة؛ وتحقّق من الخادم وأي وكيل',
  'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).':
    'كانت الإجابة قد بدأت، فالمشكلة ليست CORS ولا عنوان URL خاطئًا: انقطع الاتصال بـ {server} في منتصف البث (تعطّل الخادم أو إعادة تشغيله، أو مهلة الوكيل، أو تغيّر الشبكة).',
  'Download a model': 'نزّل نموذجًا',
  'Ollama has no models yet.': 'لا توجد نماذج في Ollama بعد.',
  'For example': 'مثلًا',
  'Load a model on the server, or type its id': 'حمّل نموذجًا على الخادم، أو اكتب معرّفه',
  '{server} listed no models. Load one on the server, or add model ids by hand in the connection.':
    'لم يسرد {server} أي نماذج. حمّل نموذجًا على الخادم، أو أضف معرّفات النماذج يدويًا في الاتصال.',
};
