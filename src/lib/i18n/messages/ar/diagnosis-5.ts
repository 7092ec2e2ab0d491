// Arabic: diagnosis texts (guessing the server kind). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis5: Translations = {
  '{url} answered "{text}", which is what {server} does': 'أجاب {url} بـ "{text}"، وهذا ما يفعله {server}',
  '{url} answered with a version number, which is what {server} does': 'أجاب {url} برقم إصدار، وهذا ما يفعله {server}',
  '{url} sent "{header}", which is what {server} does': 'أرسل {url} "{header}"، وهذا ما يفعله {server}',
  "{url} answered KoboldCpp's unknown-endpoint text, which is what {server} does":
    'أجاب {url} بنص KoboldCpp لنقطة نهاية غير معروفة، وهذا ما يفعله {server}',
  '{url} lists models owned by "{owner}", which is what {server} does':
    'يسرد {url} نماذج يملكها "{owner}"، وهذا ما يفعله {server}',
  '{url} returned both an Ollama and an OpenAI model list, which is what {server} does':
    'أعاد {url} قائمة نماذج بصيغتي Ollama وOpenAI معًا، وهذا ما يفعله {server}',
  '{url} lists models with canonical slugs, which is what {server} does':
    'يسرد {url} نماذج بمعرّفات قانونية (canonical slugs)، وهذا ما يفعله {server}',
  "{host} is OpenAI's API host": '{host} هو مضيف واجهة OpenAI البرمجية',
  "{host} is OpenRouter's host": '{host} هو مضيف OpenRouter',
  "Port {port} is {server}'s default port": 'المنفذ {port} هو المنفذ الافتراضي لـ {server}',
};
