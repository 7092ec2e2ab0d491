// Arabic: diagnosis texts (page rules checked before a request). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis3: Translations = {
  'The server URL must start with {http} or {https}': 'يجب أن يبدأ عنوان URL للخادم بـ {http} أو {https}',
  'Browsers refuse URLs that contain a user name or password':
    'ترفض المتصفحات عناوين URL التي تحتوي اسم مستخدم أو كلمة مرور',
  'Local network access permission for this site: {state}': 'إذن الوصول إلى الشبكة المحلية لهذا الموقع: {state}',
  '{host} is where a server listens, not an address to call': '{host} هو حيث يستمع الخادم، وليس عنوانًا للاستدعاء',
  'Safari blocks this https page from calling plain-http {host}':
    'يمنع Safari صفحة https هذه من استدعاء {host} عبر http العادي',
  'Safari treats {url} as mixed content; Chrome and Firefox do not':
    'يعامل Safari {url} كمحتوى مختلط؛ أما Chrome وFirefox فلا',
  'Plain-http {host} may be blocked unless you allow local network access':
    'قد يُحظر {host} عبر http العادي ما لم تسمح بالوصول إلى الشبكة المحلية',
  "This https page can't call plain-http {host}": 'لا تستطيع صفحة https هذه استدعاء {host} عبر http العادي',
  'Browsers block {scheme} requests from https pages unless the target is {localhost} or {loopback}':
    'تحظر المتصفحات طلبات {scheme} من صفحات https ما لم يكن الهدف {localhost} أو {loopback}',
  'Chrome blocks this http page from reaching your computer': 'يمنع Chrome صفحة http هذه من الوصول إلى حاسوبك',
  'Chrome blocks this http page from reaching your local network':
    'يمنع Chrome صفحة http هذه من الوصول إلى شبكتك المحلية',
  'Only secure (https) pages may ask for local network access; others are refused silently':
    'لا يحق إلا للصفحات الآمنة (https) طلب الوصول إلى الشبكة المحلية؛ وتُرفض غيرها بصمت',
  'Local network access is blocked for this site': 'الوصول إلى الشبكة المحلية محظور لهذا الموقع',
  'The browser will ask to allow local network access': 'سيطلب المتصفح السماح بالوصول إلى الشبكة المحلية',
};
