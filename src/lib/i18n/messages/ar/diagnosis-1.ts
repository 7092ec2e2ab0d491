// Arabic: diagnosis texts (network failures, evidence, server defaults). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis1: Translations = {
  'Chromium-based (Chrome, Edge, Brave, Opera)': 'مبني على Chromium (Chrome وEdge وBrave وOpera)',
  'not recognised': 'غير معروف',
  'Page origin {origin} is a public site, served over {protocol} (a secure context)':
    'أصل الصفحة {origin} موقع عام، يُقدَّم عبر {protocol} (سياق آمن)',
  'Page origin {origin} is on this computer, served over {protocol} (a secure context)':
    'أصل الصفحة {origin} على هذا الحاسوب، يُقدَّم عبر {protocol} (سياق آمن)',
  'Page origin {origin} is on a private network, served over {protocol} (a secure context)':
    'أصل الصفحة {origin} على شبكة خاصة، يُقدَّم عبر {protocol} (سياق آمن)',
  'Page origin {origin} is a public site, served over {protocol} (not a secure context)':
    'أصل الصفحة {origin} موقع عام، يُقدَّم عبر {protocol} (ليس سياقًا آمنًا)',
  'Page origin {origin} is on this computer, served over {protocol} (not a secure context)':
    'أصل الصفحة {origin} على هذا الحاسوب، يُقدَّم عبر {protocol} (ليس سياقًا آمنًا)',
  'Page origin {origin} is on a private network, served over {protocol} (not a secure context)':
    'أصل الصفحة {origin} على شبكة خاصة، يُقدَّم عبر {protocol} (ليس سياقًا آمنًا)',
  'Browser engine is {browser} and asks permission for local network access':
    'محرك المتصفح {browser} ويطلب إذن الوصول إلى الشبكة المحلية',
  'Browser engine is {browser} and has no local network access permission':
    'محرك المتصفح {browser} وليس لديه إذن للوصول إلى الشبكة المحلية',
  'Server {origin} is on this computer (loopback), over {protocol}':
    'الخادم {origin} على هذا الحاسوب (loopback)، عبر {protocol}',
  'Server {origin} is a private network address, over {protocol}': 'الخادم {origin} عنوان شبكة خاصة، عبر {protocol}',
  'Server {origin} is a public address or a host name, over {protocol}':
    'الخادم {origin} عنوان عام أو اسم مضيف، عبر {protocol}',
  'No-CORS probe of {url} got an answer in {ms} ms': 'تلقى فحص no-cors لـ {url} ردًا خلال {ms} ms',
  'No-CORS probe of {url} got no answer within {ms} ms': 'لم يتلقَّ فحص no-cors لـ {url} أي رد خلال {ms} ms',
  'No-CORS probe of {url} failed after {ms} ms without an answer': 'فشل فحص no-cors لـ {url} بعد {ms} ms دون أي رد',
  'Simple CORS GET of {url} was readable (HTTP {status}), so this origin is allowed':
    'كان طلب CORS GET البسيط لـ {url} مقروءًا (HTTP {status})، إذن هذا الأصل مسموح به',
  'Simple CORS GET of {url} got no answer within {ms} ms': 'لم يتلقَّ طلب CORS GET البسيط لـ {url} أي رد خلال {ms} ms',
  'Simple CORS GET of {url} (no Authorization, no Content-Type) was blocked by the browser':
    'حظر المتصفح طلب CORS GET البسيط لـ {url} (دون Authorization ودون Content-Type)',
  'Request to {url} with headers {headers} passed the preflight (HTTP {status})':
    'اجتاز الطلب إلى {url} مع الترويسات {headers} الطلب التمهيدي (HTTP {status})',
  'Request to {url} with headers {headers} was blocked: the preflight was rejected':
    'حُظر الطلب إلى {url} مع الترويسات {headers}: رُفض الطلب التمهيدي',
  'Request to {url} passed the preflight (HTTP {status})': 'اجتاز الطلب إلى {url} الطلب التمهيدي (HTTP {status})',
  'Request to {url} was blocked: the preflight was rejected': 'حُظر الطلب إلى {url}: رُفض الطلب التمهيدي',
  'The answer from {url} started, then stopped arriving before the time limit':
    'بدأ الرد من {url} ثم توقف عن الوصول قبل انتهاء المهلة',
  '{method} {url} got no answer before the time limit': 'لم يتلقَّ {method} {url} أي رد قبل انتهاء المهلة',
  'The server stopped sending': 'توقف الخادم عن الإرسال',
  'The server took too long to answer': 'استغرق الخادم وقتًا طويلًا للرد',
  '{guess} (a guess from the port alone)': '{guess} (تخمين من المنفذ وحده)',
  '"{url}" is not a usable http(s) URL': '"{url}" ليس عنوان URL صالحًا من نوع http(s)',
  'The request to {url} was cancelled': 'أُلغي الطلب إلى {url}',
  'No problem found': 'لم يُعثر على أي مشكلة',
  '{method} {url} failed before any answer could be read': 'فشل {method} {url} قبل أن يمكن قراءة أي رد',
  'The browser reported: {message} (the wording differs per browser and is not used)':
    'أبلغ المتصفح: {message} (تختلف الصياغة بين المتصفحات ولا تُستخدم)',
  'https to a local address or IP usually means a self-signed certificate, which the browser rejects silently':
    'يعني https إلى عنوان محلي أو IP غالبًا شهادة موقّعة ذاتيًا، يرفضها المتصفح بصمت',
  'The certificate of {host} is probably not trusted': 'شهادة {host} غالبًا غير موثوقة',
  'Nothing answered at {host}': 'لم يُجب أي شيء على {host}',
  'The connection dropped in the middle of the answer': 'انقطع الاتصال في منتصف الرد',
  'The status and headers had arrived before the failure': 'وصلت الحالة والترويسات قبل الفشل',
  'The browser could not complete the request to {host}': 'تعذّر على المتصفح إكمال الطلب إلى {host}',
  'No probes were run, so the cause is not yet known': 'لم تُجرَ أي فحوص، لذا السبب غير معروف بعد',
  'Run "Test connection"': 'شغّل "اختبار الاتصال"',
  'It checks step by step whether the server answers, allows this page, and accepts our headers.':
    'يتحقق خطوة بخطوة مما إذا كان الخادم يجيب، ويسمح بهذه الصفحة، ويقبل ترويساتنا.',
  'That probe got through, so local network access did not block it: the browser does not treat {host} as a public site':
    'نجح ذلك الفحص، إذن لم يحظره الوصول إلى الشبكة المحلية: المتصفح لا يعامل {host} كموقع عام',
  'Local network access permission is still "prompt": a dismissed prompt also blocks the request':
    'ما زال إذن الوصول إلى الشبكة المحلية "prompt": الطلب المرفوض بإغلاقه يحظر الطلب أيضًا',
  'Servers that leave CORS headers off error answers (e.g. 401 or 404) also land here':
    'الخوادم التي تحذف ترويسات CORS من ردود الخطأ (مثل 401 أو 404) تنتهي هنا أيضًا',
  'The server does not allow requests from {origin}': 'لا يسمح الخادم بالطلبات من {origin}',
  '{server} does not allow requests from {origin}': 'لا يسمح {server} بالطلبات من {origin}',
  'The server allows this page, but rejects the preflight for our request headers':
    'يسمح الخادم بهذه الصفحة، لكنه يرفض الطلب التمهيدي لترويسات طلبنا',
  '{host} answers and allows this page': '{host} يجيب ويسمح بهذه الصفحة',
  'The probes got through, but the request failed': 'نجحت الفحوص، لكن الطلب فشل',
  'Every probe reached the server, so CORS and reachability look fine':
    'وصل كل فحص إلى الخادم، لذا يبدو CORS وإمكانية الوصول سليمين',
  'The failure may have been temporary (server restart, network change).':
    'ربما كان الفشل مؤقتًا (إعادة تشغيل الخادم، تغيّر الشبكة).',
  'Check extensions and proxies': 'تحقق من الإضافات والوكلاء',
  'An ad blocker, privacy extension or company proxy can block or cut requests, or a proxy may reject large bodies without CORS headers.':
    'قد يحظر مانع إعلانات أو إضافة خصوصية أو وكيل الشركة الطلبات أو يقطعها، وقد يرفض وكيلٌ الأجسام الكبيرة دون ترويسات CORS.',
  'Set {variable} and restart Ollama.': 'اضبط {variable} وأعد تشغيل Ollama.',
  'Developer tab → Server Settings → turn on "Serve on Local Network".':
    'تبويب Developer ← Server Settings ← فعّل "Serve on Local Network".',
  'Start llama-server with {flag}.': 'شغّل llama-server مع {flag}.',
  'vLLM listens on every interface unless {option} narrows it; start it with {flag}.':
    'يستمع vLLM على كل الواجهات ما لم يقيّده {option}؛ شغّله مع {flag}.',
  'LocalAI listens on every interface by default ({port}); in Docker, publish the port with {flag}.':
    'يستمع LocalAI افتراضيًا على كل الواجهات ({port})؛ في Docker انشر المنفذ باستخدام {flag}.',
  'Jan → Settings → Local API Server → set Server Host to {address}.':
    'Jan ← Settings ← Local API Server ← اضبط Server Host على {address}.',
  'KoboldCpp listens on every interface unless {option} narrows it; drop {option} or use {flag}.':
    'يستمع KoboldCpp على كل الواجهات ما لم يقيّده {option}؛ احذف {option} أو استخدم {flag}.',
  'Start text-generation-webui with {flag} (or {other}).': 'شغّل text-generation-webui مع {flag} (أو {other}).',
  'LiteLLM listens on {address} by default; check that {option} does not narrow it.':
    'يستمع LiteLLM افتراضيًا على {address}؛ تحقق من أن {option} لا يقيّده.',
  '{server} listens on {address} by default; in Docker, publish the port with {flag}.':
    'يستمع {server} افتراضيًا على {address}؛ في Docker انشر المنفذ باستخدام {flag}.',
  'the server': 'الخادم',
  'Open the Osaurus app and start its server': 'افتح تطبيق Osaurus وشغّل خادمه',
  'Check that {server} is running': 'تحقق من أن {server} قيد التشغيل',
  'Nothing answered at {origin}. Start it with: {command}. Then try again.':
    'لم يُجب أي شيء على {origin}. شغّله باستخدام: {command}. ثم حاول مجددًا.',
  'Nothing answered at {origin}. Then try again.': 'لم يُجب أي شيء على {origin}. شغّل الخادم ثم حاول مجددًا.',
  'Check from a terminal on this computer': 'تحقق من طرفية على هذا الحاسوب',
  'Check the port ({server} uses {port} by default)': 'تحقق من المنفذ ({server} يستخدم {port} افتراضيًا)',
  "This URL uses port {port}; {server}'s default is {default}, unless you changed it.":
    'يستخدم هذا العنوان المنفذ {port}؛ والمنفذ الافتراضي لـ {server} هو {default} ما لم تغيّره.',
  'Make the server listen on the network, and open the firewall': 'اجعل الخادم يستمع على الشبكة، وافتح الجدار الناري',
  'Many servers listen only on {address} by default, which other machines cannot reach. {advice} Then allow port {port} through the firewall of the machine running it. In Docker, publish the port ({flag}).':
    'تستمع خوادم كثيرة افتراضيًا على {address} فقط، ولا تصل إليه الأجهزة الأخرى. {advice} ثم اسمح بالمنفذ {port} في الجدار الناري للجهاز الذي يشغّله. في Docker انشر المنفذ ({flag}).',
  'Start it with {flag} (or its equivalent).': 'شغّله مع {flag} (أو ما يعادله).',
  'Ollama, started by hand': 'Ollama، عند تشغيله يدويًا',
  'Is the server on this computer?': 'هل الخادم على هذا الحاسوب؟',
  "{host} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.":
    'يعني {host} دائمًا الحاسوب الذي يعمل عليه هذا المتصفح. إن كان الخادم يعمل في مكان آخر فاستخدم عنوان ذلك الجهاز.',
  'Open the server in a tab and accept its certificate': 'افتح الخادم في تبويب واقبل شهادته',
  'Open {url} in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.':
    'افتح {url} في تبويب جديد، واقبل تحذير الشهادة، ثم عد وأعد المحاولة. سيثق المتصفح بها طوال هذه الجلسة.',
  'Or give the server a trusted certificate': 'أو امنح الخادم شهادة موثوقة',
  '{tool} creates certificates your browsers trust on this computer:':
    'ينشئ {tool} شهادات تثق بها متصفحاتك على هذا الحاسوب:',
  'Create a local CA and a certificate': 'أنشئ مرجع شهادات محليًا وشهادة',
  'Or use plain http on this computer': 'أو استخدم http العادي على هذا الحاسوب',
  'If the server runs on this computer, {url} needs no certificate (except from an https page in Safari).':
    'إن كان الخادم يعمل على هذا الحاسوب فلا يحتاج {url} إلى شهادة (إلا من صفحة https في Safari).',
  'Allow local network access when the browser asks': 'اسمح بالوصول إلى الشبكة المحلية عندما يسأل المتصفح',
  'This browser lets https pages call private addresses like {host} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.':
    'يسمح هذا المتصفح لصفحات https باستدعاء عناوين خاصة مثل {host} عبر http بعد أن تسمح بالوصول إلى الشبكة المحلية. اختر "السماح" في المطالبة، أو إعدادات الموقع ← الوصول إلى الشبكة المحلية ← السماح، ثم أعد التحميل.',
  'If the server is on this computer, use {url}': 'إن كان الخادم على هذا الحاسوب فاستخدم {url}',
  'Browsers allow https pages to call {localhost} and {loopback}, but not other http addresses. Change the base URL to {url}.':
    'تسمح المتصفحات لصفحات https باستدعاء {localhost} و{loopback}، لكن لا تسمح بعناوين http الأخرى. غيّر عنوان URL الأساسي إلى {url}.',
  "Use the server's private IP address instead of its name": 'استخدم عنوان IP الخاص بالخادم بدل اسمه',
  'Chrome lets https pages call private IP addresses (e.g. {example}) over http after you allow local network access, but not names like {host}.':
    'يسمح Chrome لصفحات https باستدعاء عناوين IP خاصة (مثل {example}) عبر http بعد السماح بالوصول إلى الشبكة المحلية، لكن لا يسمح بأسماء مثل {host}.',
  'Serve the model over https': 'قدّم النموذج عبر https',
  'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.':
    'ضع وكيلًا عكسيًا بشهادة موثوقة أمام الخادم (ينشئ Caddy واحدة لـ localhost تلقائيًا)، واستخدم عنوان https:// الخاص به.',
  'Caddy reverse proxy': 'وكيل Caddy العكسي',
  'Or open this app over http': 'أو افتح هذا التطبيق عبر http',
  'Mixed-content rules apply only because this page ({origin}) is https. A copy of Switchboard served over http, or from {url}, can call http servers.':
    'تنطبق قواعد المحتوى المختلط فقط لأن هذه الصفحة ({origin}) تعمل عبر https. نسخة من Switchboard تُقدَّم عبر http، أو من {url}، يمكنها استدعاء خوادم http.',
  'Open Switchboard over https': 'افتح Switchboard عبر https',
  'Chrome only lets secure pages reach your computer or local network. This page ({origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.':
    'لا يسمح Chrome إلا للصفحات الآمنة بالوصول إلى حاسوبك أو شبكتك المحلية. هذه الصفحة ({origin}) تعمل عبر http عادي، لذا يُسقط Chrome هذه الطلبات دون سؤال. افتح إصدار https من هذا التطبيق.',
  'Or run Switchboard locally': 'أو شغّل Switchboard محليًا',
  'A copy served from {url} counts as secure and is not public, so it can reach local servers.':
    'تُعد النسخة المقدَّمة من {url} آمنة وغير عامة، لذا يمكنها الوصول إلى الخوادم المحلية.',
  'Allow local network access for this site': 'اسمح لهذا الموقع بالوصول إلى الشبكة المحلية',
  '{origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.':
    'رُفض وصول {origin} إلى شبكتك المحلية. انقر أيقونة إعدادات الموقع يسار شريط العنوان ← الوصول إلى الشبكة المحلية ← السماح، ثم أعد تحميل الصفحة.',
  'Choose "Allow" when the browser asks': 'اختر "السماح" عندما يسأل المتصفح',
  'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.':
    'يعرض الطلب الأول إلى خادم محلي مطالبة بالسماح لهذا الموقع بالاتصال بالأجهزة على شبكتك المحلية. اسمح بذلك وإلا فشل الطلب.',
  "Use {url} (or the machine's IP) instead": 'استخدم {url} (أو عنوان IP للجهاز) بدلًا من ذلك',
  '{host} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.':
    'يعني {host} "كل الواجهات" عندما يستمع الخادم؛ فهو ليس عنوانًا للاتصال، والمتصفحات تحظره أو تعامله معاملة خاصة. إن كان الخادم على هذا الحاسوب فاستخدم localhost، وإلا فعنوان IP الخاص به.',
  'Remove the user name and password from the URL': 'احذف اسم المستخدم وكلمة المرور من عنوان URL',
  'Browsers refuse URLs with {example}. Put a key in the API key field instead.':
    'ترفض المتصفحات عناوين URL التي تحتوي {example}. ضع مفتاحًا في حقل مفتاح API بدلًا من ذلك.',
  'Add {scheme} in front': 'أضف {scheme} في البداية',
  'Try {url}. A server URL starts with {http} or {https}.': 'جرّب {url}. يبدأ عنوان URL للخادم بـ {http} أو {https}.',
  'Enter a full {http} or {https} URL': 'أدخل عنوان URL كاملًا يبدأ بـ {http} أو {https}',
  'For example {first} (Ollama) or {second} (LM Studio).': 'مثلًا {first} (Ollama) أو {second} (LM Studio).',
};
