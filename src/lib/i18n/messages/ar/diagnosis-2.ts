// Arabic: diagnosis texts (CORS and Ollama fixes). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis2: Translations = {
  'Check from a terminal: look for an {header} line in the answer': 'تحقق من طرفية: ابحث عن سطر {header} في الرد',
  'Allow {origin} on the server (CORS)': 'اسمح بـ {origin} على الخادم (CORS)',
  'The server answered, but not with permission for this page to read it. It must send "{header}" (or "*") and answer OPTIONS preflights allowing the Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a proxy in front that adds these headers.':
    'أجاب الخادم، لكن دون إذن لهذه الصفحة بقراءة الرد. يجب أن يرسل "{header}" (أو "*") وأن يجيب الطلبات التمهيدية OPTIONS سامحًا بترويستي Authorization وContent-Type. ابحث عن إعداد CORS أو "allowed origins"، أو ضع أمامه وكيلًا يضيف هذه الترويسات.',
  'Ollama already allows this origin: check what is answering': 'يسمح Ollama بهذا الأصل مسبقًا: تحقق مما يجيب',
  'Ollama allows {origin} without configuration, so the refusal probably comes from something else at {host}: a reverse proxy, another program on that port, or a browser extension.':
    'يسمح Ollama بـ {origin} دون إعداد، لذا يأتي الرفض غالبًا من شيء آخر على {host}: وكيل عكسي، أو برنامج آخر على ذلك المنفذ، أو إضافة للمتصفح.',
  'Enable CORS in LM Studio': 'فعّل CORS في LM Studio',
  'Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:':
    'تبويب Developer ← Server Settings ← فعّل "Enable CORS"، ثم أعد تشغيل الخادم. من طرفية:',
  'Restart the server with CORS on': 'أعد تشغيل الخادم مع تفعيل CORS',
  'Allow {origin} in {server}': 'اسمح بـ {origin} في {server}',
  'llama-server allows every origin by default, but only localhost when {tools}, {agent} or MCP servers are configured. Start it with {flag} (or {variable}):':
    'يسمح llama-server افتراضيًا بكل الأصول، لكن بـ localhost فقط عند إعداد {tools} أو {agent} أو خوادم MCP. شغّله مع {flag} (أو {variable}):',
  'Add to your llama-server command': 'أضف إلى أمر llama-server لديك',
  'vLLM allows every origin unless {option} narrows it. Start it with:':
    'يسمح vLLM بكل الأصول ما لم يقيّده {option}. شغّله باستخدام:',
  'vLLM takes a JSON list': 'يأخذ vLLM قائمة JSON',
  'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key before adding CORS headers, so also check the key.':
    'فعّل CORS مع أصلك. عند ضبط مفاتيح API قد يجيب LocalAI الطلبات التي بلا مفتاح صالح قبل إضافة ترويسات CORS، لذا تحقق من المفتاح أيضًا.',
  'Start LocalAI with': 'شغّل LocalAI بـ',
  'Allow {origin} in the LiteLLM proxy': 'اسمح بـ {origin} في وكيل LiteLLM',
  'Set the allowed origins and restart the proxy:': 'اضبط الأصول المسموح بها وأعد تشغيل الوكيل:',
  'Start LiteLLM with': 'شغّل LiteLLM بـ',
  'Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add {origin} (comma-separated; * allows all).':
    'لا يرسل Osaurus ترويسات CORS حتى تضيف أصولًا: Settings ← Allowed Origins ← أضف {origin} (مفصولة بفواصل؛ * تسمح بالكل).',
  "Check Jan's Local API Server settings": 'تحقق من إعدادات Local API Server في Jan',
  'Settings → Local API Server: turn on CORS, and add {host} to Trusted Hosts. Jan also needs an API key set there and in this connection.':
    'Settings ← Local API Server: فعّل CORS، وأضف {host} إلى Trusted Hosts. يحتاج Jan أيضًا إلى مفتاح API مضبوط هناك وفي هذا الاتصال.',
  'Use localhost, or start text-generation-webui with {flag}':
    'استخدم localhost، أو شغّل text-generation-webui مع {flag}',
  'text-generation-webui allows every origin, but without {flag} it rejects any host name other than {hosts} ({error}, which the browser hides). Use {url}, or restart it with {flag}.':
    'يسمح text-generation-webui بكل الأصول، لكنه دون {flag} يرفض أي اسم مضيف غير {hosts} ({error}، ويخفيه المتصفح). استخدم {url}، أو أعد تشغيله مع {flag}.',
  'KoboldCpp allows every origin: the cause is probably elsewhere':
    'يسمح KoboldCpp بكل الأصول: السبب غالبًا في مكان آخر',
  'KoboldCpp sends "{header}" on every answer. Check that this URL really reaches KoboldCpp (not a proxy or another program on that port), and that no browser extension blocks the request.':
    'يرسل KoboldCpp "{header}" مع كل رد. تحقق من أن هذا العنوان يصل فعلًا إلى KoboldCpp (وليس إلى وكيل أو برنامج آخر على ذلك المنفذ)، وأن لا إضافة للمتصفح تحظر الطلب.',
  '{server} allows browser calls: check the URL and extensions':
    'يسمح {server} بالاستدعاءات من المتصفح: تحقق من العنوان والإضافات',
  '{server} sends CORS headers on its normal answers, but some error answers (for example a wrong path) come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.':
    'يرسل {server} ترويسات CORS مع ردوده العادية، لكن بعض ردود الخطأ (مثل مسار خاطئ) تأتي بدونها. تحقق من عنوان URL الأساسي، ومن أن لا إضافة أو VPN أو وكيل شركة يحظر الطلب. للمزودين الذين يرفضون استدعاءات المتصفح كليًا، ضع وكيلًا مثل LiteLLM بينهما.',
  'Or go through a proxy that allows browsers': 'أو مرّ عبر وكيل يسمح للمتصفحات',
  'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.':
    'إن لم يكن للخادم إعداد CORS، فشغّل أمامه وكيلًا مثل LiteLLM واربط Switchboard بالوكيل.',
  'Remove the API key if this server does not need one': 'احذف مفتاح API إن لم يكن هذا الخادم يحتاجه',
  'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.':
    'إرسال مفتاح API يضيف ترويسة Authorization التي تحتاج إلى طلب تمهيدي. إن لم يكن للخادم مفتاح مضبوط، فامسح المفتاح في هذا الاتصال.',
  'Allow the request headers {headers} for {origin}': 'اسمح بترويسات الطلب {headers} لـ {origin}',
  'llama-server narrows the allowed headers with {option}; include these:':
    'يقيّد llama-server الترويسات المسموح بها بـ {option}؛ أدرج هذه:',
  'vLLM narrows the allowed headers and methods with {headers} / {methods}:':
    'يقيّد vLLM الترويسات والطرق المسموح بها بـ {headers} / {methods}:',
  'vLLM takes JSON lists': 'يأخذ vLLM قوائم JSON',
  'Set {headers} and {methods}, then restart the proxy:': 'اضبط {headers} و{methods}، ثم أعد تشغيل الوكيل:',
  'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.':
    'يقبل Ollama ترويستي Authorization وContent-Type في الطلبات التمهيدية، لذا يرفض وكيلٌ أمامه غالبًا طلب OPTIONS؛ اسمح بمرور OPTIONS.',
  'The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "{header}".':
    'يجب أن يجيب الخادم (أو وكيل أمامه) طلب OPTIONS بحالة 2xx، دون إعادة توجيه، ومع "{header}".',
  'Avoid redirects': 'تجنّب إعادة التوجيه',
  'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.':
    'يفشل دائمًا الطلب التمهيدي الذي يتلقى إعادة توجيه (http ← https، أو إضافة شرطة مائلة أخيرة أو حذفها). استخدم العنوان النهائي الدقيق كعنوان URL أساسي.',
  'Allow {origin} in Ollama ({variable})': 'اسمح بـ {origin} في Ollama ({variable})',
  "Ollama only answers pages whose origin is on its list. Set {variable} to {origin} and restart Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to Ollama's defaults ({defaults}); to keep other origins you already set, list them all, separated by commas.":
    'لا يجيب Ollama إلا الصفحات التي أصلها في قائمته. اضبط {variable} على {origin} وأعد تشغيل Ollama. انسخ الأصل بدقة: المخطط والمضيف والمنفذ، دون شرطة مائلة أخيرة. تُضاف إدخالاتك إلى القيم الافتراضية لـ Ollama ({defaults})؛ وللإبقاء على أصول أخرى ضبطتها سابقًا، اذكرها كلها مفصولة بفواصل.',
  'macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)':
    'تطبيق macOS: اضبط المتغير، ثم أغلق Ollama وأعد فتحه (يبقى حتى إعادة التشغيل)',
  'macOS app: restart Ollama': 'تطبيق macOS: أعد تشغيل Ollama',
  'Linux (systemd): add an override and restart (same as {command})':
    'Linux (systemd): أضف تجاوزًا وأعد التشغيل (مثل {command})',
  'Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu':
    'Windows: أغلق Ollama من علبة النظام، وشغّل هذا، ثم شغّل Ollama من قائمة ابدأ',
  'Docker: recreate the container with the variable': 'Docker: أعد إنشاء الحاوية مع المتغير',
  'Started by hand: stop it, then': 'عند التشغيل يدويًا: أوقفه، ثم',
  'Use localhost or an IP address instead of {host}': 'استخدم localhost أو عنوان IP بدل {host}',
  "When Ollama listens on {address} it refuses requests whose Host is a custom name like {host} (a guard against DNS rebinding). Use {url} or the machine's IP address, or make Ollama listen on all interfaces ({variable}), where this check does not apply.":
    'عندما يستمع Ollama على {address} فإنه يرفض الطلبات التي يكون Host فيها اسمًا مخصصًا مثل {host} (حماية من DNS rebinding). استخدم {url} أو عنوان IP للجهاز، أو اجعل Ollama يستمع على كل الواجهات ({variable})، حيث لا ينطبق هذا الفحص.',
};
