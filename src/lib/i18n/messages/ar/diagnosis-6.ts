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
};
