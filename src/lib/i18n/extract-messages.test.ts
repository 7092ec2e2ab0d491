import { describe, expect, it } from 'vitest';
import { extractMessages } from './extract-messages.ts';

describe('extractMessages', () => {
  it('finds literal messages in any quotes, decoding escapes', () => {
    const source = `{t('Chat')} <a aria-label={t("Don't go")}>{t(\`Two\\nlines\`)}</a> t('It\\'s \\u00e9')`;
    expect(extractMessages(source, 'a.svelte').messages.map((m) => m.key)).toEqual([
      'Chat',
      "Don't go",
      'Two\nlines',
      "It's é",
    ]);
  });

  it('files plural forms under their other form, over several lines', () => {
    const source = `i18n.t(\n  { one: '{count} model', other: '{count} models' },\n  { count },\n)`;
    expect(extractMessages(source, 'a.ts').messages).toEqual([
      { key: '{count} models', forms: ['{count} model', '{count} models'] },
    ]);
  });

  it('reports calls the check cannot read, with file and line', () => {
    const source = "const a = 1;\nt(name);\nt(`Hi ${name}`);\nt({ one: 'x' });";
    expect(extractMessages(source, 'b.ts').problems).toEqual([
      'b.ts:2: t() must be given its message as a literal',
      'b.ts:3: a template with ${…} as a message; use {placeholders}',
      "b.ts:4: plural forms must be literal texts with an 'other' form",
    ]);
  });

  it('finds messages marked with msg() in the layers below the UI', () => {
    const source = "return msg('{origin} refused the connection', { origin });";
    expect(extractMessages(source, 'd.ts').messages.map((m) => m.key)).toEqual(['{origin} refused the connection']);
  });

  it('finds messages written with tr() in the layers below the UI', () => {
    const source = "const title = tr('Nothing answers at {url}', { url });";
    expect(extractMessages(source, 'e.ts').messages.map((m) => m.key)).toEqual(['Nothing answers at {url}']);
  });

  it('ignores names that merely end in t, tr or msg', () => {
    expect(extractMessages("split('a'); set('b'); format('c'); errmsg('d'); str('e')", 'c.ts')).toEqual({
      messages: [],
      problems: [],
    });
  });
});
