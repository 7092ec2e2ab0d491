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
  // fixes/capabilities.ts, classify-capability.ts, capability-texts.ts
  'Speaches (faster-whisper), LocalAI or vLLM with a Whisper model':
    'Speaches (faster-whisper)، أو LocalAI، أو vLLM مع نموذج Whisper',
  'Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI': 'Speaches (Piper أو Kokoro)، أو Kokoro-FastAPI، أو LocalAI',
  'Ollama, LM Studio, llama.cpp started with {flag}, vLLM with an embedding model, or LocalAI':
    'Ollama، أو LM Studio، أو llama.cpp مشغّلًا بـ {flag}، أو vLLM مع نموذج تضمين، أو LocalAI',
  'Run Speaches (speech to text and text to speech) on port {port}':
    'شغّل Speaches (تحويل الكلام إلى نص والنص إلى كلام) على المنفذ {port}',
  'Run Kokoro-FastAPI (text to speech) on port {port}': 'شغّل Kokoro-FastAPI (تحويل النص إلى كلام) على المنفذ {port}',
  'Or pull an embedding model into Ollama': 'أو نزّل نموذج تضمين إلى Ollama',
  'Install a model for embeddings in LocalAI': 'ثبّت نموذجًا للتضمين في LocalAI',
  'Install a model for text to speech in LocalAI': 'ثبّت نموذجًا لتحويل النص إلى كلام في LocalAI',
  'Install a model for speech to text in LocalAI': 'ثبّت نموذجًا لتحويل الكلام إلى نص في LocalAI',
  'Start llama-server with {flag}': 'شغّل llama-server مع {flag}',
  'llama-server answers {path} only when started with {flag} (and an embedding model works best).':
    'لا يجيب llama-server على {path} إلا إذا شُغّل مع {flag} (ويعمل نموذج التضمين أفضل).',
  'Start it with': 'شغّله بالأمر',
  'Update Ollama': 'حدّث Ollama',
  'Ollama before {version} has no {path} (nor {other}). Update it, then pull an embedding model.':
    'لا يوجد في Ollama قبل {version} المسار {path} (ولا {other}). حدّثه، ثم نزّل نموذج تضمين.',
  Then: 'ثم',
  'Serve an embedding model with vLLM': 'قدّم نموذج تضمين عبر vLLM',
  'Serve a Whisper model with vLLM': 'قدّم نموذج Whisper عبر vLLM',
  'vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.':
    'يقدّم vLLM نقطة النهاية هذه فقط لنموذج يؤدي هذا العمل؛ وكل vLLM يقدّم نموذجًا واحدًا، فشغّل نسخة ثانية على منفذ آخر وأضفها اتصالًا مستقلًا.',
  'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).':
    'لدى LocalAI نقطة النهاية هذه، لكنه يجيب بـ 404 حتى يُثبَّت نموذج له واجهة خلفية مناسبة (من معرضه).',
  'Check the base URL ends in {path}': 'تحقّق من أن عنوان URL الأساسي ينتهي بـ {path}',
  '{server} serves this under {path} (e.g. {url}).': 'يقدّم {server} هذا تحت {path} (مثلًا {url}).',
  'Use a server that does embeddings': 'استخدم خادمًا يدعم التضمين',
  'Use a server that does text to speech': 'استخدم خادمًا يدعم تحويل النص إلى كلام',
  'Use a server that does speech to text': 'استخدم خادمًا يدعم تحويل الكلام إلى نص',
  '{server} has no {path}. Servers that have it: {servers}. Run one beside your chat server and add it as its own connection ({where}; its kind sets what it does).':
    'لا يوجد لدى {server} المسار {path}. خوادم لديها هذا المسار: {servers}. شغّل أحدها بجانب خادم الدردشة وأضفه اتصالًا مستقلًا ({where}؛ نوعه يحدد ما يفعله).',
  'This server': 'هذا الخادم',
  'Pick an embedding model': 'اختر نموذج تضمين',
  "Choose a model that does embeddings. {where} shows each model's kind; a chat model cannot do this work.":
    'اختر نموذجًا يدعم التضمين. تعرض {where} نوع كل نموذج؛ ولا يستطيع نموذج الدردشة أداء هذا العمل.',
  'Pick a text-to-speech model': 'اختر نموذجًا لتحويل النص إلى كلام',
  "Choose a model that does text to speech. {where} shows each model's kind; a chat model cannot do this work.":
    'اختر نموذجًا يحوّل النص إلى كلام. تعرض {where} نوع كل نموذج؛ ولا يستطيع نموذج الدردشة أداء هذا العمل.',
  'Pick a speech-to-text (Whisper) model': 'اختر نموذجًا لتحويل الكلام إلى نص (Whisper)',
  "Choose a model that does speech to text. {where} shows each model's kind; a chat model cannot do this work.":
    'اختر نموذجًا يحوّل الكلام إلى نص. تعرض {where} نوع كل نموذج؛ ولا يستطيع نموذج الدردشة أداء هذا العمل.',
  'Record a shorter piece, or send a smaller file': 'سجّل مقطعًا أقصر، أو أرسل ملفًا أصغر',
  'Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.':
    'قسّم التسجيلات الطويلة، أو حوّل الصوت إلى صيغة مضغوطة (Opus أو MP3) قبل الإرسال.',
  "Raise the server's upload limit": 'ارفع حدّ الرفع في الخادم',
  'Servers behind a reverse proxy (nginx: {option}) refuse large uploads before the server sees them; raise the limit there or on the server.':
    'الخوادم خلف وكيل عكسي (nginx: {option}) ترفض الملفات الكبيرة قبل أن يراها الخادم؛ ارفع الحدّ هناك أو في الخادم.',
  '{method} {url} answered HTTP {status}': 'أجاب {method} {url} بـ HTTP {status}',
  'The answer carried no error message': 'لم تحمل الإجابة أي رسالة خطأ',
  'This server has embeddings turned off': 'التضمين معطّل في هذا الخادم',
  "The upload's {header} ({type}) needs no preflight, but {names} does (it carries the API key)":
    'لا يحتاج {header} الخاص بالرفع ({type}) إلى فحص مسبق، لكن {names} يحتاج إليه (فهو يحمل مفتاح API)',
  "The upload's {header} ({type}) needs no preflight, but {names} does":
    'لا يحتاج {header} الخاص بالرفع ({type}) إلى فحص مسبق، لكن {names} يحتاج إليه',
  "The server rejects the preflight for the upload's {names} header":
    'يرفض الخادم الفحص المسبق لترويسة {names} الخاصة بالرفع',
  'The upload carried only headers that need no preflight ({type}), so the answer itself lacks permission for this page':
    'لم يحمل الرفع إلا ترويسات لا تحتاج إلى فحص مسبق ({type})، لذا فالإجابة نفسها تفتقر إلى الإذن لهذه الصفحة',
  'This request needs a preflight ({method}) for its {names} headers': {
    zero: 'يحتاج هذا الطلب إلى فحص مسبق ({method}) لترويساته {names}',
    one: 'يحتاج هذا الطلب إلى فحص مسبق ({method}) لترويسته {names}',
    two: 'يحتاج هذا الطلب إلى فحص مسبق ({method}) لترويستيه {names}',
    few: 'يحتاج هذا الطلب إلى فحص مسبق ({method}) لترويساته {names}',
    many: 'يحتاج هذا الطلب إلى فحص مسبق ({method}) لترويساته {names}',
    other: 'يحتاج هذا الطلب إلى فحص مسبق ({method}) لترويساته {names}',
  },
  'Check that the server has {path}': 'تحقّق من أن لدى الخادم {path}',
  'A server without {path} may answer 404 without CORS headers, which the browser reports the same way. {advice}':
    'قد يجيب خادم ليس لديه {path} بـ 404 دون ترويسات CORS، ويبلّغ المتصفح عن ذلك بالطريقة نفسها. {advice}',
  'This model does no embeddings; pick an embedding model': 'هذا النموذج لا يدعم التضمين؛ اختر نموذج تضمين',
  '{model} is a chat model; pick an embedding model': '{model} نموذج دردشة؛ اختر نموذج تضمين',
  '{model} is a speech-to-text model; pick an embedding model': '{model} نموذج لتحويل الكلام إلى نص؛ اختر نموذج تضمين',
  '{model} is a text-to-speech model; pick an embedding model': '{model} نموذج لتحويل النص إلى كلام؛ اختر نموذج تضمين',
  '{model} does no embeddings here; pick an embedding model': '{model} لا يقدّم التضمين هنا؛ اختر نموذج تضمين',
  'This model does no text to speech; pick a text-to-speech model':
    'هذا النموذج لا يحوّل النص إلى كلام؛ اختر نموذجًا لتحويل النص إلى كلام',
  '{model} is a chat model; pick a text-to-speech model': '{model} نموذج دردشة؛ اختر نموذجًا لتحويل النص إلى كلام',
  '{model} is a speech-to-text model; pick a text-to-speech model':
    '{model} نموذج لتحويل الكلام إلى نص؛ اختر نموذجًا لتحويل النص إلى كلام',
  '{model} is an embedding model; pick a text-to-speech model': '{model} نموذج تضمين؛ اختر نموذجًا لتحويل النص إلى كلام',
  '{model} does no text to speech here; pick a text-to-speech model':
    '{model} لا يحوّل النص إلى كلام هنا؛ اختر نموذجًا لتحويل النص إلى كلام',
  'This model does no speech to text; pick a speech-to-text model':
    'هذا النموذج لا يحوّل الكلام إلى نص؛ اختر نموذجًا لتحويل الكلام إلى نص',
  '{model} is a chat model; pick a speech-to-text model': '{model} نموذج دردشة؛ اختر نموذجًا لتحويل الكلام إلى نص',
  '{model} is a text-to-speech model; pick a speech-to-text model':
    '{model} نموذج لتحويل النص إلى كلام؛ اختر نموذجًا لتحويل الكلام إلى نص',
  '{model} is an embedding model; pick a speech-to-text model': '{model} نموذج تضمين؛ اختر نموذجًا لتحويل الكلام إلى نص',
  '{model} does no speech to text here; pick a speech-to-text model':
    '{model} لا يحوّل الكلام إلى نص هنا؛ اختر نموذجًا لتحويل الكلام إلى نص',
  '{server} does not do embeddings (no {path})': '{server} لا يدعم التضمين (لا يوجد {path})',
  '{server} does not do text to speech (no {path})': '{server} لا يدعم تحويل النص إلى كلام (لا يوجد {path})',
  '{server} does not do speech to text (no {path})': '{server} لا يدعم تحويل الكلام إلى نص (لا يوجد {path})',
  'Servers that do embeddings answer at {path}': 'الخوادم التي تدعم التضمين تجيب على {path}',
  'Servers that do text to speech answer at {path}': 'الخوادم التي تحوّل النص إلى كلام تجيب على {path}',
  'Servers that do speech to text answer at {path}': 'الخوادم التي تحوّل الكلام إلى نص تجيب على {path}',
  'The file is {size}; the server takes at most {limit}': 'حجم الملف {size}؛ ويقبل الخادم {limit} على الأكثر',
  'The file is {size}; the server takes at most {limit}: record shorter or raise its limit':
    'حجم الملف {size}؛ ويقبل الخادم {limit} على الأكثر: سجّل مقطعًا أقصر أو ارفع حدّه',
  'The file is {size}': 'حجم الملف {size}',
  'The file is {size}: record shorter or raise its limit': 'حجم الملف {size}: سجّل مقطعًا أقصر أو ارفع حدّ الخادم',
  'The file is too large for the server; the server takes at most {limit}':
    'الملف كبير جدًا على الخادم؛ ويقبل الخادم {limit} على الأكثر',
  'The file is too large for the server; the server takes at most {limit}: record shorter or raise its limit':
    'الملف كبير جدًا على الخادم؛ ويقبل الخادم {limit} على الأكثر: سجّل مقطعًا أقصر أو ارفع حدّه',
  'The file is too large for the server': 'الملف كبير جدًا على الخادم',
  'The file is too large for the server: record shorter or raise its limit':
    'الملف كبير جدًا على الخادم: سجّل مقطعًا أقصر أو ارفع حدّ الخادم',
  // fixes/vision.ts, classify-vision.ts
  'Download a vision model into Ollama': 'نزّل نموذج رؤية إلى Ollama',
  'Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.':
    'نماذج مثل gemma3 وqwen2.5vl وllava تقبل الصور. نزّل أحدها، ثم اختره لهذه الدردشة.',
  'Download a vision model': 'نزّل نموذج رؤية',
  'Start llama-server with the vision projector': 'شغّل llama-server مع مُسقِط الرؤية',
  'llama-server reads images only when the model comes with its multimodal projector: add {option} (or load the model with {hf}, which fetches it).':
    'لا يقرأ llama-server الصور إلا إذا جاء النموذج مع مُسقِطه متعدد الوسائط: أضف {option} (أو حمّل النموذج بـ {hf}، فهو يجلبه).',
  'Serve a multimodal model': 'قدّم نموذجًا متعدد الوسائط',
  'vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).':
    'لا يقبل vLLM الصور إلا مع نموذج مصمَّم لها (مثل نموذج Qwen2.5-VL أو Gemma 3).',
  'Load a vision model in LM Studio': 'حمّل نموذج رؤية في LM Studio',
  'Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).':
    'النماذج الموسومة "Vision" في LM Studio تقبل الصور (مثل Gemma 3 أو Qwen2.5-VL).',
  '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      zero: '"{model}" لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      one: '"{model}" لا يقبل الصور. يسرد هذا الخادم أيضًا {models} ونموذجًا آخر يقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      two: '"{model}" لا يقبل الصور. يسرد هذا الخادم أيضًا {models} ونموذجين آخرين يقبلانها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      few: '"{model}" لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      many: '"{model}" لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      other:
        '"{model}" لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
    },
  'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      zero: 'هذا النموذج لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      one: 'هذا النموذج لا يقبل الصور. يسرد هذا الخادم أيضًا {models} ونموذجًا آخر يقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      two: 'هذا النموذج لا يقبل الصور. يسرد هذا الخادم أيضًا {models} ونموذجين آخرين يقبلانها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      few: 'هذا النموذج لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      many: 'هذا النموذج لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
      other:
        'هذا النموذج لا يقبل الصور. يسرد هذا الخادم أيضًا {models} و{count} غيرها تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
    },
  '"{model}" does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    '"{model}" لا يقبل الصور. يسرد هذا الخادم أيضًا {models}، وهي تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
  'This model does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    'هذا النموذج لا يقبل الصور. يسرد هذا الخادم أيضًا {models}، وهي تقبلها: اختر أحدها في منتقي النماذج وأعد الإرسال.',
  'Use "{model}" or another model that can see': 'استخدم "{model}" أو نموذجًا آخر يرى الصور',
  'Use a model that can see images': 'استخدم نموذجًا يرى الصور',
  '"{model}" does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    '"{model}" لا يقبل الصور، ولا يسرد {server} أي نموذج معروف بقبولها. حمّل نموذج رؤية (غالبًا ما تحوي الأسماء vision أو VL أو llava)، ثم اختره.',
  'This model does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    'هذا النموذج لا يقبل الصور، ولا يسرد {server} أي نموذج معروف بقبولها. حمّل نموذج رؤية (غالبًا ما تحوي الأسماء vision أو VL أو llava)، ثم اختره.',
  'Or send the message without the image': 'أو أرسل الرسالة دون الصورة',
  '"{model}" can still answer the text: edit the message and remove the image.':
    'ما زال "{model}" يستطيع الإجابة عن النص: عدّل الرسالة واحذف الصورة.',
  'This model can still answer the text: edit the message and remove the image.':
    'ما زال هذا النموذج يستطيع الإجابة عن النص: عدّل الرسالة واحذف الصورة.',
  'The model cannot see images: {model}': 'النموذج لا يرى الصور: {model}',
  'The model cannot see images': 'النموذج لا يرى الصور',
  'The request carried an image, and the error is about image input': 'حمل الطلب صورة، والخطأ يتعلق بإدخال الصور',
  'The server also lists models that take images: {models}': 'يسرد الخادم أيضًا نماذج تقبل الصور: {models}',
  'No other model on this server is known to take images (checked {count} listed models besides "{model}")': {
    zero: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب "{model}")',
    one: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص نموذج مسرود واحد إلى جانب "{model}")',
    two: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص نموذجان مسرودان إلى جانب "{model}")',
    few: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب "{model}")',
    many: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب "{model}")',
    other: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب "{model}")',
  },
  'No other model on this server is known to take images (checked {count} listed models besides the model)': {
    zero: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب النموذج)',
    one: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص نموذج مسرود واحد إلى جانب النموذج)',
    two: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص نموذجان مسرودان إلى جانب النموذج)',
    few: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب النموذج)',
    many: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب النموذج)',
    other: 'لا يُعرف أن نموذجًا آخر على هذا الخادم يقبل الصور (فُحص {count} من النماذج المسرودة إلى جانب النموذج)',
  },
  // install-guides.ts
  'Install {server}': 'ثبّت {server}',
  'macOS: download the app from {site}, or with Homebrew': 'macOS: نزّل التطبيق من {site}، أو عبر Homebrew',
  'Linux: the official install script': 'Linux: سكربت التثبيت الرسمي',
  'Windows: the installer from {site}, or with winget': 'Windows: المثبّت من {site}، أو عبر winget',
  'Download a small model': 'نزّل نموذجًا صغيرًا',
  'The app starts the server itself; without the app, run "{command}" in another terminal first.':
    'يشغّل التطبيق الخادم بنفسه؛ ودون التطبيق، شغّل "{command}" في طرفية أخرى أولًا.',
  'A small model (about {size} GB)': 'نموذج صغير (نحو {size} GB)',
  'Allow this page ({origin})': 'اسمح لهذه الصفحة ({origin})',
  'Nothing to do: Ollama allows pages on {localhost} and {loopback} by default.':
    'لا شيء لفعله: يسمح Ollama افتراضيًا بالصفحات على {localhost} و{loopback}.',
  'Set {variable} to {origin} exactly (no trailing slash), then restart Ollama.':
    'اضبط {variable} على {origin} تمامًا (دون شرطة مائلة في النهاية)، ثم أعد تشغيل Ollama.',
  'Started by hand instead: stop it, then': 'إن شغّلته يدويًا بدلًا من ذلك: أوقفه، ثم',
  'Download it from {site} (macOS, Windows, Linux), open it and download a model from its Discover tab.':
    'نزّله من {site} (macOS وWindows وLinux)، وافتحه ونزّل نموذجًا من تبويب Discover.',
  'Start the server and allow this page ({origin})': 'شغّل الخادم واسمح لهذه الصفحة ({origin})',
  'Developer tab → Server Settings → turn on "Enable CORS", then start the server; without it the browser keeps its answers from this page. From a terminal:':
    'تبويب Developer ← Server Settings ← فعّل "Enable CORS"، ثم شغّل الخادم؛ دون ذلك يحجب المتصفح إجاباته عن هذه الصفحة. من الطرفية:',
  'Start the server with CORS on': 'شغّل الخادم مع تفعيل CORS',
  'macOS: with Homebrew': 'macOS: عبر Homebrew',
  'Linux: with Homebrew, or a release build from its GitHub page':
    'Linux: عبر Homebrew، أو إصدار جاهز من صفحته على GitHub',
  'Windows: with winget': 'Windows: عبر winget',
  'Start llama-server with a small model, allowing this page ({origin})':
    'شغّل llama-server بنموذج صغير مع السماح لهذه الصفحة ({origin})',
  'It downloads the model on first start. llama-server answers every page by default; {option} keeps this page allowed when tools or agents are turned on.':
    'ينزّل النموذج عند أول تشغيل. يجيب llama-server كل الصفحات افتراضيًا؛ ويُبقي {option} هذه الصفحة مسموحًا بها عند تفعيل الأدوات أو الوكلاء.',
  'Start the server on port {port}': 'شغّل الخادم على المنفذ {port}',
  // checklist-steps.ts, checklist.ts
  '"{title}" does not apply: {fact}, so the browser does not treat this page as public':
    '"{title}" لا ينطبق: {fact}، لذا لا يعامل المتصفح هذه الصفحة على أنها عامة',
  '{url} listed no models': 'لم يسرد {url} أي نماذج',
  '{server} has no models to offer': 'ليس لدى {server} نماذج ليقدّمها',
  'a non-error value': 'قيمة ليست خطأ',
  'no diagnosis given': 'لم يُقدَّم تشخيص',
};
