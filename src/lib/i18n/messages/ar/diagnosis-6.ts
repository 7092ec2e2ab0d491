// Arabic: diagnosis texts (HTTP errors, answers in the wrong format, and their fixes). Machine-assisted:
// corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis6: Translations = {
  '{method} {url} answered HTTP {status}': 'أجاب {method} {url} بـ HTTP {status}',
  '{method} {url} was not sent: this connection has no API key and the server needs one':
    'لم يُرسَل {method} {url}: لا يملك هذا الاتصال مفتاح API والخادم يحتاج إلى مفتاح',
  'This connection needs an API key': 'يحتاج هذا الاتصال إلى مفتاح API',
  '{method} {url} was not sent: it is not a full {http} or {https} address without a user name or password':
    'لم يُرسَل {method} {url}: ليس عنوان {http} أو {https} كاملًا بلا اسم مستخدم أو كلمة مرور',
  'This is not a valid server URL': 'هذا ليس عنوان URL صالحًا لخادم',
  '{method} {url} was answered with a redirect to another address':
    'جاء الرد على {method} {url} بإعادة توجيه إلى عنوان آخر',
  'The request carried an API key, so the redirect was not followed: nothing was sent to the other address':
    'كان الطلب يحمل مفتاح API، لذا لم تُتَّبع إعادة التوجيه: لم يُرسَل شيء إلى العنوان الآخر',
  'The server redirects this request elsewhere': 'يعيد الخادم توجيه هذا الطلب إلى مكان آخر',
  '{method} {url} answered HTTP {status}, then reported an error in the middle of the answer':
    'أجاب {method} {url} بـ HTTP {status}، ثم أبلغ عن خطأ في منتصف الإجابة',
  '{method} {url} answered HTTP {status}, then reported an error in its body':
    'أجاب {method} {url} بـ HTTP {status}، ثم أبلغ عن خطأ في متنه',
  'The server said: "{message}"': 'قال الخادم: «{message}»',
  'The answer carried no error message': 'لم تحمل الإجابة أي رسالة خطأ',
  'The request carried an API key': 'كان الطلب يحمل مفتاح API',
  'The request carried no API key': 'لم يكن الطلب يحمل مفتاح API',
  'The server wants a valid API key': 'يطلب الخادم مفتاح API صالحًا',
  'The server refused access (403)': 'رفض الخادم الوصول (403)',
  'The account is out of credit or quota': 'نفد رصيد الحساب أو حصته',
  'Too many requests: the server is rate limiting': 'طلبات كثيرة جدًا: الخادم يحدّ من معدل الطلبات',
  'The server has no model "{model}"': 'لا يملك الخادم نموذجًا باسم «{model}»',
  'The server does not know this model': 'لا يعرف الخادم هذا النموذج',
  'The request URL contains {path}': 'يحتوي عنوان URL للطلب على {path}',
  'The 404 answer is an HTML page': 'إجابة 404 صفحة HTML',
  'The URL has {path} twice': 'يحتوي عنوان URL على {path} مرتين',
  'Nothing at this path on the server (HTTP {status})': 'لا شيء في هذا المسار على الخادم (HTTP {status})',
  'The server rejected the host name in the URL': 'رفض الخادم اسم المضيف في عنوان URL',
  'The model is still loading': 'لا يزال النموذج قيد التحميل',
  'The request is too large for the server': 'الطلب أكبر من أن يقبله الخادم',
  'The server rejected the request': 'رفض الخادم الطلب',
  'The server reported an error': 'أبلغ الخادم عن خطأ',
  "Read the server's message": 'اقرأ رسالة الخادم',
  "The message above says what went wrong. Check the server's log, then retry.":
    'توضح الرسالة أعلاه ما الخطأ. راجع سجل الخادم، ثم أعد المحاولة.',
  "It gave no details. Check the server's log, then retry.": 'لم يقدّم أي تفاصيل. راجع سجل الخادم، ثم أعد المحاولة.',
  'The server failed (HTTP {status})': 'فشل الخادم (HTTP {status})',
  'The server answered HTTP {status}': 'أجاب الخادم بـ HTTP {status}',
  'This status is unusual for an LLM API; the message above says more.':
    'هذه الحالة غير معتادة لواجهة API لنموذج لغوي؛ الرسالة أعلاه توضح المزيد.',
  'This server is {server}: use {server} mode': 'هذا الخادم هو {server}: استخدم وضع {server}',
  '{method} {url} answered HTTP {status}, but not in the expected format':
    'أجاب {method} {url} بـ HTTP {status}، لكن ليس بالصيغة المتوقعة',
  '{method} {url} answered, but not in the expected format': 'أجاب {method} {url}، لكن ليس بالصيغة المتوقعة',
  'The answer is an HTML page': 'الإجابة صفحة HTML',
  'This URL is a web page, not the API': 'عنوان URL هذا صفحة ويب، وليس واجهة API',
  'The body is an {server} model list ({shape})': 'المتن قائمة نماذج {server} ({shape})',
  "The body is in {server}'s native format": 'المتن بالصيغة الأصلية لـ {server}',
  'The server speaks the {server} API, but this connection uses {mode} mode':
    'يتحدث الخادم بواجهة {server} API، لكن هذا الاتصال يستخدم وضع {mode}',
  "The body is in {server}'s format": 'المتن بصيغة {server}',
  'The body was empty': 'كان المتن فارغًا',
  'The body looks like {shape}': 'يبدو المتن مثل {shape}',
  'The server answered in an unexpected format': 'أجاب الخادم بصيغة غير متوقعة',
  '{server} requires an API key: set one in {place} and enter the same key here.':
    'يتطلب {server} مفتاح API: عيّن مفتاحًا في {place} وأدخل المفتاح نفسه هنا.',
  '{server} checks keys only when started with {option}; enter that key here.':
    'لا يتحقق {server} من المفاتيح إلا إذا شُغّل مع {option}؛ أدخل ذلك المفتاح هنا.',
  '{server} checks keys only when started with {option} (or {variable}); enter that key here.':
    'لا يتحقق {server} من المفاتيح إلا إذا شُغّل مع {option} (أو {variable})؛ أدخل ذلك المفتاح هنا.',
  '{server} checks keys when {variables} is set; enter one of those keys here.':
    'يتحقق {server} من المفاتيح عند تعيين {variables}؛ أدخل أحد تلك المفاتيح هنا.',
  '{server} checks keys only when "{setting}" is on in the server settings.':
    'لا يتحقق {server} من المفاتيح إلا إذا كان «{setting}» مفعّلًا في إعدادات الخادم.',
  'The {server} proxy expects its master key or a virtual key created from it.':
    'يتوقع وكيل {server} مفتاحه الرئيسي أو مفتاحًا افتراضيًا أُنشئ منه.',
  '{server} checks the key only when started with {option}; enter that password as the key.':
    'لا يتحقق {server} من المفتاح إلا إذا شُغّل مع {option}؛ أدخل كلمة المرور تلك بوصفها المفتاح.',
  'Create a key at {place}, and check the project has access to this model.':
    'أنشئ مفتاحًا في {place}، وتحقق من أن للمشروع صلاحية الوصول إلى هذا النموذج.',
  'Create a key at {place}.': 'أنشئ مفتاحًا في {place}.',
  '{server} checks keys only when started with {option}.': 'لا يتحقق {server} من المفاتيح إلا إذا شُغّل مع {option}.',
  'Check the API key': 'تحقق من مفتاح API',
  'Add an API key': 'أضف مفتاح API',
  'The server refused the key this connection sent (HTTP {status}). Copy it again, without spaces, or create a new one.':
    'رفض الخادم المفتاح الذي أرسله هذا الاتصال (HTTP {status}). انسخه مرة أخرى دون مسافات، أو أنشئ مفتاحًا جديدًا.',
  'The server wants an API key and this connection sends none (HTTP {status}). Enter the key in the connection settings.':
    'يطلب الخادم مفتاح API ولا يرسل هذا الاتصال أي مفتاح (HTTP {status}). أدخل المفتاح في إعدادات الاتصال.',
  '{server} and API keys': '{server} ومفاتيح API',
  "Add this host to {server}'s {setting}": 'أضف هذا المضيف إلى {setting} في {server}',
  'A proxy may be answering for {server}': 'ربما يجيب وكيل نيابةً عن {server}',
  "{server}'s own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.":
    'لا يحمل رمز 403 الخاص بـ {server} (رفض الأصل أو المضيف) ترويسات CORS، فلا يمكن للصفحة قراءته أبدًا. رمز 403 المقروء يأتي من شيء آخر، مثل وكيل عكسي له قواعد وصول خاصة به.',
  'Add credit or raise the limit': 'أضف رصيدًا أو ارفع الحد',
  '{server} says the account is out of credit or quota. Check billing and usage limits in its dashboard.':
    'يفيد {server} بأن رصيد الحساب أو حصته قد نفد. تحقق من الفوترة وحدود الاستخدام في لوحة التحكم الخاصة به.',
  'Pick a model the server lists': 'اختر نموذجًا يُدرجه الخادم',
  'Refresh the model list for this connection and choose one of its models.':
    'حدّث قائمة النماذج لهذا الاتصال واختر أحد نماذجها.',
  'Download {model} into {server}': 'نزّل {model} إلى {server}',
  '{server} has no model called {model}. Download it (names are like {example} or {other}), or pick an installed one.':
    'لا يملك {server} نموذجًا باسم {model}. نزّله (الأسماء مثل {example} أو {other})، أو اختر نموذجًا مثبّتًا.',
  'Download the model': 'نزّل النموذج',
  'List installed models': 'اعرض النماذج المثبّتة',
  'Load {model} in {server}': 'حمّل {model} في {server}',
  'Download it in {server}, or load it from a terminal:': 'نزّله في {server}، أو حمّله من الطرفية:',
  'Load the model': 'حمّل النموذج',
  'Use the name {server} serves': 'استخدم الاسم الذي يقدّمه {server}',
  '{server} serves one model, under {option} if set, else its path. Use exactly that name.':
    'يقدّم {server} نموذجًا واحدًا، باسم {option} إن عُيّن، وإلا فبمساره. استخدم ذلك الاسم بالضبط.',
  'Check access': 'تحقق من صلاحية الوصول',
  'The model id may be misspelled, retired, or not enabled for this key at {host}.':
    'قد يكون معرّف النموذج مكتوبًا خطأً، أو متوقفًا، أو غير مفعّل لهذا المفتاح على {host}.',
  'Remove the doubled {path}': 'احذف {path} المكرر',
  'The request URL contains {doubled}. Set the base URL to {url}.':
    'يحتوي عنوان URL للطلب على {doubled}. اضبط عنوان URL الأساسي على {url}.',
  'Try the base URL {url}': 'جرّب عنوان URL الأساسي {url}',
  "{server}'s native API lives at the server root (e.g. {example}), not under {path}. Try {suggestions}.":
    'تقع واجهة API الأصلية لـ {server} في جذر الخادم (مثل {example})، وليس تحت {path}. جرّب {suggestions}.',
  'OpenAI-compatible servers usually serve the API under {path} (e.g. {example}); a few also answer at the root. Try {suggestions}.':
    'تقدّم الخوادم المتوافقة مع OpenAI الواجهة عادةً تحت {path} (مثل {example})؛ وبعضها يجيب في الجذر أيضًا. جرّب {suggestions}.',
  'Or switch this connection to OpenAI-compatible mode': 'أو بدّل هذا الاتصال إلى الوضع المتوافق مع OpenAI',
  "If {url} is not {server}, its {paths} paths won't exist. Use OpenAI-compatible mode with the server's {path} URL.":
    'إن لم يكن {url} هو {server}، فلن تكون مسارات {paths} موجودة. استخدم الوضع المتوافق مع OpenAI مع عنوان URL {path} للخادم.',
  'Check the address': 'تحقق من العنوان',
  'A 404 means a server answered at {url} but has nothing at that path: check host, port and path prefix.':
    'يعني 404 أن خادمًا أجاب على {url} لكن لا شيء لديه في ذلك المسار: تحقق من المضيف والمنفذ وبادئة المسار.',
  'Pick a model that supports chat': 'اختر نموذجًا يدعم الدردشة',
  'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.':
    'لا يستطيع هذا النموذج تنفيذ المطلوب (مثل استخدام نموذج تضمين للدردشة). اختر نموذجًا آخر.',
  "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.":
    'رفض الخادم الطلب لأنه غير صالح. تحقق من معاملات الاتصال والدردشة (الحد الأقصى للرموز، صيغة الاستجابة، الصور)؛ الرسالة أعلاه تحدد المشكلة.',
  "{server} is limiting how fast requests may come. Retry in a moment, or check your plan's limits.":
    'يحدّ {server} من سرعة ورود الطلبات. أعد المحاولة بعد لحظة، أو تحقق من حدود خطتك.',
  "{server} is limiting how fast requests may come. The server asks to wait {seconds} s. Retry in a moment, or check your plan's limits.":
    'يحدّ {server} من سرعة ورود الطلبات. يطلب الخادم الانتظار {seconds} ث. أعد المحاولة بعد لحظة، أو تحقق من حدود خطتك.',
  "{server} is limiting how fast requests may come. The server asks to wait {retryAfter}. Retry in a moment, or check your plan's limits.":
    'يحدّ {server} من سرعة ورود الطلبات. يطلب الخادم الانتظار: {retryAfter}. أعد المحاولة بعد لحظة، أو تحقق من حدود خطتك.',
  'Wait and retry': 'انتظر وأعد المحاولة',
  'Wait for the model to load, then retry': 'انتظر حتى يُحمَّل النموذج، ثم أعد المحاولة',
  '{server} is still loading the model into memory. This can take a minute for large models.':
    'لا يزال {server} يحمّل النموذج إلى الذاكرة. قد يستغرق ذلك دقيقة للنماذج الكبيرة.',
  'Use {url}': 'استخدم {url}',
  '{server} only accepts the host names {first} and {second} unless started with {option}.':
    'لا يقبل {server} إلا اسمَي المضيف {first} و{second} ما لم يُشغَّل مع {option}.',
  'Or start it with {option}': 'أو شغّله مع {option}',
  'Then it accepts any host name (and listens on the network).': 'عندها يقبل أي اسم مضيف (ويستمع على الشبكة).',
  'Start {server}': 'شغّل {server}',
  'Check the proxy and the server behind it': 'تحقق من الوكيل والخادم الذي خلفه',
  'HTTP {status} comes from a proxy or gateway that could not get an answer from {server} in time. Check that the server behind it is running.':
    'يأتي HTTP {status} من وكيل أو بوابة لم تحصل على إجابة من {server} في الوقت المحدد. تحقق من أن الخادم الذي خلفها يعمل.',
  "Check {server}'s log": 'راجع سجل {server}',
  'The server failed while handling the request (HTTP {status}). Its console or log says why; out-of-memory while loading a model is a common cause.':
    'فشل الخادم أثناء معالجة الطلب (HTTP {status}). توضح وحدة التحكم أو السجل السبب؛ ونفاد الذاكرة أثناء تحميل نموذج سبب شائع.',
  'Use the address the server redirects to': 'استخدم العنوان الذي يعيد الخادم التوجيه إليه',
  "{app} never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. Find where the server points (the {header} line of the command below), then put that address in the connection's base URL. Common causes: {http} redirected to {https}, a missing or extra {path}, a proxy or login page in front of the API.":
    'لا يتبع {app} أبدًا إعادة توجيه مع مفتاح API، حتى لا يُرسَل المفتاح والدردشة إلى عنوان لم تُدخله. اعرف إلى أين يشير الخادم (سطر {header} في مخرجات الأمر أدناه)، ثم ضع ذلك العنوان في عنوان URL الأساسي للاتصال. أسباب شائعة: إعادة توجيه {http} إلى {https}، أو {path} ناقص أو زائد، أو وكيل أو صفحة تسجيل دخول أمام الواجهة.',
  'Show the redirect': 'اعرض إعادة التوجيه',
};
