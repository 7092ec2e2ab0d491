// A translated message whose placeholders are shown as markup (a <code> address, a <strong> name): the
// template is split into its text and its placeholders, so the sentence stays whole in every language.
export type MessagePart = { text: string; name?: undefined } | { name: string; text?: undefined };

export function messageParts(template: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ name: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
