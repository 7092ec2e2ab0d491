import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from './format-message.ts';

describe('formatMessage', () => {
  it('fills placeholders and writes numbers the language’s way', () => {
    expect(formatMessage('{count} tokens from {server}', { count: 12345, server: 'Ollama' }, 'en')).toBe(
      '12,345 tokens from Ollama',
    );
    expect(formatMessage('{count} Tokens', { count: 12345 }, 'de')).toBe('12.345 Tokens');
  });

  it("picks the plural category of the language: Arabic's six, Japanese's one", () => {
    const ar = {
      zero: 'لا نماذج',
      one: 'نموذج واحد',
      two: 'نموذجان',
      few: '{count} نماذج',
      many: '{count} نموذجًا',
      other: '{count} نموذج',
    };
    expect(formatMessage(ar, { count: 0 }, 'ar')).toBe('لا نماذج');
    expect(formatMessage(ar, { count: 2 }, 'ar')).toBe('نموذجان');
    const arabic = new Intl.NumberFormat('ar'); // Latin or Arabic-Indic digits, as this ICU writes them
    expect(formatMessage(ar, { count: 3 }, 'ar')).toBe(`${arabic.format(3)} نماذج`);
    expect(formatMessage(ar, { count: 11 }, 'ar')).toBe(`${arabic.format(11)} نموذجًا`);
    expect(formatMessage({ other: '{count} 個のモデル' }, { count: 1 }, 'ja')).toBe('1 個のモデル');
    expect(formatMessage({ one: '{count} model', other: '{count} models' }, { count: 1 }, 'en')).toBe('1 model');
  });

  it('keeps an unknown placeholder visible and never evaluates a value', () => {
    expect(formatMessage('Hello {name}', {}, 'en')).toBe('Hello {name}');
    expect(formatMessage('Hi {name}', { name: '{count}' }, 'en')).toBe('Hi {count}');
  });

  it('lists the placeholders of every form', () => {
    expect([...placeholdersOf({ one: '{count} on {server}', other: '{count}' })].sort()).toEqual(['count', 'server']);
  });
});
