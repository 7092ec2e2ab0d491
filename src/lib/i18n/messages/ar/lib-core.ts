// Arabic: text written below the UI — connections (validation, links, parameters). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore: Translations = {
  // connections: the form's validation
  'Give the connection a name': 'أعطِ الاتصال اسمًا',
  'A connection named "{name}" already exists': 'يوجد اتصال باسم "{name}" بالفعل',
  'This server is already added as "{name}"': 'هذا الخادم مضاف بالفعل باسم "{name}"',
  'First-token timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'يجب أن تكون مهلة الرمز الأول عددًا من الثواني من 0 إلى {max} (0 = بلا حد)',
  'Idle timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'يجب أن تكون مهلة الخمول عددًا من الثواني من 0 إلى {max} (0 = بلا حد)',
  'Embeddings timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'يجب أن تكون مهلة التضمينات عددًا من الثواني من 0 إلى {max} (0 = بلا حد)',
  'Speech to text timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'يجب أن تكون مهلة تحويل الكلام إلى نص عددًا من الثواني من 0 إلى {max} (0 = بلا حد)',
  'Text to speech timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'يجب أن تكون مهلة تحويل النص إلى كلام عددًا من الثواني من 0 إلى {max} (0 = بلا حد)',
  'Extra parameters are not valid JSON ({error})': 'المعلمات الإضافية ليست JSON صالحًا ({error})',
  'Extra parameters must be a JSON object, e.g. {example}': 'يجب أن تكون المعلمات الإضافية كائن JSON، مثلًا {example}',
  'Enter the server address, e.g. {example}': 'أدخل عنوان الخادم، مثلًا {example}',
  '"{address}" is not a valid URL': '"{address}" ليس عنوان URL صالحًا',
  'Only {http} and {https} addresses work here, not {scheme}': 'تعمل هنا عناوين {http} و{https} فقط، وليس {scheme}',
  'The address has no host name': 'لا يحتوي العنوان على اسم مضيف',
  '"{host}" is not a usable host name: use letters, digits, dots, hyphens and underscores, or an IP address':
    '"{host}" ليس اسم مضيف صالحًا للاستخدام: استخدم الحروف والأرقام والنقاط والشرطات والشرطات السفلية، أو عنوان IP',
  'Remove the user name or password from the address: put an API key in the API key field instead':
    'احذف اسم المستخدم أو كلمة المرور من العنوان: ضع مفتاح API في حقل مفتاح API بدلًا من ذلك',
  'Remove the query ({query}) and fragment ({fragment}) from the address: put an API key in the API key field instead':
    'احذف الاستعلام ({query}) والجزء ({fragment}) من العنوان: ضع مفتاح API في حقل مفتاح API بدلًا من ذلك',
  'The host name mixes Latin with Cyrillic or Greek letters, so it can imitate another name; the browser reaches it as {host}.':
    'يخلط اسم المضيف بين حروف لاتينية وحروف كيريلية أو يونانية، لذا قد ينتحل اسمًا آخر؛ يصل إليه المتصفح باسم {host}.',
  'The host name has letters outside plain ASCII and can imitate another name; the browser reaches it as {host}.':
    'يحتوي اسم المضيف على حروف خارج ASCII العادي وقد ينتحل اسمًا آخر؛ يصل إليه المتصفح باسم {host}.',
  // connections: links
  'The link names a server kind this app does not know: {kind}.': 'يذكر الرابط نوع خادم لا يعرفه هذا التطبيق: {kind}.',
  'The link names an API mode this app does not know: {mode}.': 'يذكر الرابط وضع API لا يعرفه هذا التطبيق: {mode}.',
  'The link gives no server address ({param}).': 'لا يعطي الرابط عنوان خادم ({param}).',
  'The link’s server address must start with {http} or {https}.':
    'يجب أن يبدأ عنوان الخادم في الرابط بـ {http} أو {https}.',
  'The link’s server address is refused: {reason}.': 'رُفض عنوان الخادم في الرابط: {reason}.',
  'The link’s name is longer than {max} characters.': 'الاسم في الرابط أطول من {max} حرفًا.',
  'This link’s API key or password was ignored: keys are never taken from links.':
    'تم تجاهل مفتاح API أو كلمة المرور في هذا الرابط: لا تؤخذ المفاتيح من الروابط أبدًا.',
  'This link was refused, and nothing was stored. {reason}': 'رُفض هذا الرابط، ولم يُحفظ أي شيء. {reason}',
  'The link is longer than {size} KB, so it was not read.': 'الرابط أطول من {size} كيلوبايت، لذا لم تتم قراءته.',
  'The link is not valid percent-encoding.': 'الرابط ليس ترميزًا مئويًا صالحًا.',
  'The link has a parameter this app does not know: {param}.': 'يحتوي الرابط على معلمة لا يعرفها هذا التطبيق: {param}.',
  'The link gives {param} more than once.': 'يعطي الرابط {param} أكثر من مرة.',
  "The link's {param} is longer than {max} characters.": 'المعلمة {param} في الرابط أطول من {max} حرفًا.',
  "The link's {param} holds control characters.": 'تحتوي المعلمة {param} في الرابط على أحرف تحكم.',
  // connections: parameters and presets
  Temperature: 'درجة الحرارة',
  'Top P': 'Top P',
  'Top K': 'Top K',
  'Min P': 'Min P',
  'Repeat penalty': 'عقوبة التكرار',
  'Presence penalty': 'عقوبة الحضور',
  'Frequency penalty': 'عقوبة التردد',
  'Max tokens': 'الحد الأقصى للرموز',
  Seed: 'البذرة',
  'Not part of the OpenAI API; llama.cpp, vLLM, LM Studio and others accept it, a server that does not may ignore or refuse it.':
    'ليست جزءًا من OpenAI API؛ يقبلها llama.cpp وvLLM وLM Studio وغيرها، وقد يتجاهلها أو يرفضها خادم لا يدعمها.',
  'The OpenAI API has no such parameter, so it is not sent.': 'لا تحتوي OpenAI API على هذه المعلمة، لذا لا تُرسل.',
  '{label}: at most {max} (one per line)': '{label}: {max} على الأكثر (واحد في كل سطر)',
  '{label} must be a number': 'يجب أن تكون قيمة {label} رقمًا',
  '{label} must be a whole number': 'يجب أن تكون قيمة {label} عددًا صحيحًا',
  '{label} must be between {min} and {max}': 'يجب أن تكون قيمة {label} بين {min} و{max}',
  'From this chat': 'من هذه المحادثة',
  'No limit set: the server decides': 'لم يُعيَّن حد: الخادم يقرر',
  'From connection {name}: {value}': 'من الاتصال {name}: {value}',
  'From the connection: {value}': 'من الاتصال: {value}',
  'Server default ({server}: {value})': 'الافتراضي للخادم ({server}: {value})',
  "Server default (the server's own)": 'الافتراضي للخادم (الخاص به)',
  'Give the preset a name': 'أعطِ الإعداد المسبق اسمًا',
  'Keep the name under {max} characters': 'اجعل الاسم أقل من {max} حرفًا',
  'A preset named "{name}" already exists': 'يوجد إعداد مسبق باسم "{name}" بالفعل',
  Other: 'أخرى',
  'OpenAI-compatible': 'متوافق مع OpenAI',
};
