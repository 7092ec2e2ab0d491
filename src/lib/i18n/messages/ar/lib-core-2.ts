// Arabic: text written below the UI — providers and conversation (errors, failures, descriptions). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore2: Translations = {
  // conversation: the chat's output settings
  'The schema is not valid JSON: {error}': 'المخطط ليس JSON صالحًا: {error}',
  'The tool definitions are not valid JSON: {error}': 'تعريفات الأدوات ليست JSON صالحًا: {error}',
  'The schema must be a JSON object, such as {example}.': 'يجب أن يكون المخطط كائن JSON، مثل {example}.',
  '{field} must be one of {types} (found {found}).': 'يجب أن تكون {field} واحدة من {types} (الموجود: {found}).',
  '{field} must be an object.': 'يجب أن تكون {field} كائنًا.',
  '{field} must be a list of names.': 'يجب أن تكون {field} قائمة أسماء.',
  'Paste or write a JSON schema, or pick an example.': 'الصق مخطط JSON أو اكتبه، أو اختر مثالًا.',
  '{field} may hold only letters, digits, {underscore} and {hyphen} (at most {max}).':
    'لا يجوز أن تحتوي {field} إلا على حروف وأرقام و{underscore} و{hyphen} ({max} على الأكثر).',
  'Tool definitions must be a JSON list: {example}.': 'يجب أن تكون تعريفات الأدوات قائمة JSON: {example}.',
  'Tool {n} needs {field}.': 'تحتاج الأداة {n} إلى {field}.',
  'Tool {n} needs a {field} object.': 'تحتاج الأداة {n} إلى كائن {field}.',
  'Tool {n}: {field} must be letters, digits, {underscore} or {hyphen} (at most {max}).':
    'الأداة {n}: يجب أن تتكون {field} من حروف وأرقام و{underscore} أو {hyphen} ({max} على الأكثر).',
  'Tool {n}: the name {name} is used twice.': 'الأداة {n}: الاسم {name} مستخدم مرتين.',
  'Tool {n}: {field} must be text.': 'الأداة {n}: يجب أن تكون {field} نصًا.',
  'Tool {n}: {field} must be a JSON schema object.': 'الأداة {n}: يجب أن تكون {field} كائن مخطط JSON.',
  // providers: this browser's engine and models
  'This browser offers a WebGPU adapter, so the model runs on the GPU.':
    'يوفر هذا المتصفح محوّل WebGPU، لذا يعمل النموذج على وحدة GPU.',
  'No WebGPU; the page is cross-origin isolated, so WebAssembly runs on {count} threads.':
    'لا يوجد WebGPU؛ الصفحة معزولة عن المصادر الأخرى، لذا يعمل WebAssembly على {count} خيوط.',
  'No WebGPU, and the page is not cross-origin isolated (its host does not send the {headers} headers), so threads are unavailable: WebAssembly runs on one thread.':
    'لا يوجد WebGPU، والصفحة غير معزولة عن المصادر الأخرى (لا يرسل مضيفها ترويسات {headers})، لذا لا تتوفر الخيوط: يعمل WebAssembly على خيط واحد.',
  'No WebGPU, and this device has too few cores for threads to help: WebAssembly runs on one thread.':
    'لا يوجد WebGPU، وهذا الجهاز به أنوية أقل من أن تفيد معها الخيوط: يعمل WebAssembly على خيط واحد.',
  'WebAssembly, several threads': 'WebAssembly، عدة خيوط',
  'WebAssembly, one thread': 'WebAssembly، خيط واحد',
  'Tiny and fast: short answers and simple rewrites, on any laptop.':
    'صغير جدًا وسريع: إجابات قصيرة وإعادة صياغة بسيطة، على أي حاسوب محمول.',
  'Small all-rounder for quick questions and summaries.': 'نموذج صغير متعدد الاستخدامات للأسئلة السريعة والملخصات.',
  'Multilingual, follows instructions well for its size; some code.':
    'متعدد اللغات، يتبع التعليمات جيدًا بالنسبة لحجمه؛ وبعض البرمجة.',
  'The most capable here: better reasoning and writing, slower on the CPU.':
    'الأقدر هنا: استدلال وكتابة أفضل، وأبطأ على المعالج.',
  // providers: errors
  '{status} (the server sent an HTML page, not an API error)': '{status} (أرسل الخادم صفحة HTML، وليس خطأ API)',
  '{status} (empty body)': '{status} (محتوى فارغ)',
  'The server reported an error without a message': 'أبلغ الخادم عن خطأ دون رسالة',
  'The request got no response': 'لم يتلقَّ الطلب أي رد',
  'The connection broke while the reply was streaming': 'انقطع الاتصال أثناء بث الرد',
  'The request was cancelled': 'أُلغي الطلب',
  'No response within {duration}': 'لا رد خلال {duration}',
  'This connection needs an API key; add one in its settings': 'يحتاج هذا الاتصال إلى مفتاح API؛ أضِف واحدًا في إعداداته',
  'No data from {host} for {duration}; the stream was stopped. The text received so far is kept.':
    'لا بيانات من {host} منذ {duration}؛ أُوقف البث. يُحتفظ بالنص المستلم حتى الآن.',
  'No data from {host} for {duration} while waiting for the first token; the request was stopped.':
    'لا بيانات من {host} منذ {duration} أثناء انتظار الرمز الأول؛ أُوقف الطلب.',
  'The server sent a line longer than {size} without a line break; the stream was stopped. The text received so far is kept.':
    'أرسل الخادم سطرًا أطول من {size} دون فاصل أسطر؛ أُوقف البث. يُحتفظ بالنص المستلم حتى الآن.',
  "The server's reply is larger than {size}; reading it was stopped.": 'رد الخادم أكبر من {size}؛ أُوقفت قراءته.',
  'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.':
    'ردّ الخادم بصفحة ويب (HTML) وليس ببث محادثة. ربما يشير عنوان URL الأساسي إلى واجهة ويب أو صفحة تسجيل دخول أو وكيل بدلًا من API.',
  'The server sent an empty reply ({status} with no content).': 'أرسل الخادم ردًا فارغًا ({status} دون محتوى).',
  'the server': 'الخادم',
  'The embeddings reply is not a JSON object.': 'رد التضمينات ليس كائن JSON.',
  'The reply has no {field} list.': 'لا يحتوي الرد على قائمة {field}.',
  'The reply has no {field} list of embeddings.': 'لا يحتوي الرد على قائمة {field} للتضمينات.',
  'The reply holds {vectors} vectors for {count} texts.': 'يحتوي الرد على {vectors} متجهات لـ {count} نصوص.',
  'An embedding in the reply is not a list of numbers.': 'أحد التضمينات في الرد ليس قائمة أرقام.',
  'The vectors in the reply differ in length.': 'تختلف أطوال المتجهات في الرد.',
  'The model list was not JSON': 'لم تكن قائمة النماذج JSON',
  'The server sent a line that is not JSON; the stream was stopped. The text received so far is kept.':
    'أرسل الخادم سطرًا ليس JSON؛ أُوقف البث. يُحتفظ بالنص المستلم حتى الآن.',
  'The reply was not a stream of JSON lines': 'لم يكن الرد بثًا من أسطر JSON',
  'This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server':
    'تبدو هذه قائمة نماذج بأسلوب OpenAI؛ استخدم الوضع المتوافق مع OpenAI لهذا الخادم',
  'The reply is not an Ollama model list (no {field} array)': 'الرد ليس قائمة نماذج Ollama (لا توجد مصفوفة {field})',
  'The reply was not JSON': 'لم يكن الرد JSON',
  'The reply was not a JSON object': 'لم يكن الرد كائن JSON',
  'The reply is not an {endpoint} result (no {field})': 'الرد ليس نتيجة {endpoint} (لا يوجد {field})',
  'This looks like an Ollama model list ({endpoint}); use the Ollama mode for this server':
    'تبدو هذه قائمة نماذج Ollama ({endpoint})؛ استخدم وضع Ollama لهذا الخادم',
  'The reply is not an OpenAI-style model list (no {field} array)':
    'الرد ليس قائمة نماذج بأسلوب OpenAI (لا توجد مصفوفة {field})',
  'The reply is not a chat completion (no {field})': 'الرد ليس إكمال محادثة (لا يوجد {field})',
  'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.':
    'أرسل الخادم حدثًا ليس JSON؛ أُوقف البث. يُحتفظ بالنص المستلم حتى الآن.',
  'The server sent an event that is not JSON': 'أرسل الخادم حدثًا ليس JSON',
  'The reply was not an event stream': 'لم يكن الرد بث أحداث',
  "The server URL is not a full {http} or {https} address; the request was not sent. Edit the connection's base URL":
    'عنوان URL للخادم ليس عنوان {http} أو {https} كاملًا؛ لم يُرسل الطلب. عدّل عنوان URL الأساسي للاتصال',
  "Only {http} and {https} server URLs work; the request was not sent. Edit the connection's base URL":
    'تعمل عناوين URL للخادم بـ {http} و{https} فقط؛ لم يُرسل الطلب. عدّل عنوان URL الأساسي للاتصال',
  'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field':
    'يحتوي عنوان URL للخادم على اسم مستخدم أو كلمة مرور؛ لم يُرسل الطلب. احذفهما من عنوان URL الأساسي واستخدم حقل مفتاح API',
  'The server answered with a redirect ({status} to {location}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'ردّ الخادم بإعادة توجيه ({status} إلى {location})؛ لم تُتبع، لذا لم يذهب مفتاح API إلى أي مكان آخر. اضبط عنوان URL الأساسي على العنوان الذي يعيد الخادم التوجيه إليه',
  'The server answered with a redirect ({status}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'ردّ الخادم بإعادة توجيه ({status})؛ لم تُتبع، لذا لم يذهب مفتاح API إلى أي مكان آخر. اضبط عنوان URL الأساسي على العنوان الذي يعيد الخادم التوجيه إليه',
  'The server answered with a redirect to {location}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'ردّ الخادم بإعادة توجيه إلى {location}؛ لم تُتبع، لذا لم يذهب مفتاح API إلى أي مكان آخر. اضبط عنوان URL الأساسي على العنوان الذي يعيد الخادم التوجيه إليه',
  'The server answered with a redirect; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'ردّ الخادم بإعادة توجيه؛ لم تُتبع، لذا لم يذهب مفتاح API إلى أي مكان آخر. اضبط عنوان URL الأساسي على العنوان الذي يعيد الخادم التوجيه إليه',
  'The reply is not a transcription (no {field})': 'الرد ليس تفريغًا نصيًا (لا يوجد {field})',
};
