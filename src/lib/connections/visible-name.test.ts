import { describe, expect, it } from 'vitest';
import { visibleId, visibleName } from './visible-name.ts';

describe('visibleName', () => {
  it('leaves ordinary names alone, including non-Latin scripts and spaces', () => {
    for (const name of [
      'llama3.2:1b',
      'qwen2.5-coder:7b-instruct-q4_K_M',
      'Mistral Large',
      'نموذج',
      '模型 一',
      'über/model',
    ]) {
      expect(visibleName(name)).toBe(name);
    }
  });

  it('marks bidi overrides, embeddings, isolates and marks', () => {
    expect(visibleName('gpt-4o\u202Elper')).toBe('gpt-4o⟨U+202E⟩lper');
    expect(visibleName('a\u202Ab\u202Bc\u202Cd\u202De')).toBe('a⟨U+202A⟩b⟨U+202B⟩c⟨U+202C⟩d⟨U+202D⟩e');
    expect(visibleName('x\u2066y\u2067z\u2068w\u2069')).toBe('x⟨U+2066⟩y⟨U+2067⟩z⟨U+2068⟩w⟨U+2069⟩');
    expect(visibleName('\u200Ftest\u200E\u061C')).toBe('⟨U+200F⟩test⟨U+200E⟩⟨U+061C⟩');
  });

  it('marks zero-width and blank-looking characters, so look-alike ids differ on screen', () => {
    expect(visibleName('test\u200B-model')).toBe('test⟨U+200B⟩-model');
    expect(visibleName('\uFEFFtest\u200C\u200D\u2060\u00AD')).toBe('⟨U+FEFF⟩test⟨U+200C⟩⟨U+200D⟩⟨U+2060⟩⟨U+00AD⟩');
    expect(visibleName('a\u3164b\u2800c')).toBe('a⟨U+3164⟩b⟨U+2800⟩c');
    expect(visibleName('tag\u{E0041}')).toBe('tag⟨U+E0041⟩');
  });

  it('marks control characters and line breaks', () => {
    expect(visibleName('two\nlines\r\u0007\u2028\u2029')).toBe('two⟨U+000A⟩lines⟨U+000D⟩⟨U+0007⟩⟨U+2028⟩⟨U+2029⟩');
  });
});

describe('visibleName: runs', () => {
  it('shows a run of one invisible character as one counted marker', () => {
    expect(visibleName(`a${'\u200B'.repeat(300)}b`)).toBe('a⟨U+200B ×300⟩b');
    expect(visibleName('a\u200B\u200Bb\u200Bc')).toBe('a⟨U+200B ×2⟩b⟨U+200B⟩c');
  });
});

describe('visibleId', () => {
  it('leaves ordinary ids alone', () => {
    for (const id of ['llama3.2:1b', 'Mistral Large', 'qwen/Qwen2.5 7B', '模型']) expect(visibleId(id)).toBe(id);
  });

  it('shows every space that HTML would hide or that only looks like a space, runs counted', () => {
    expect(visibleId(`gpt-4o${'\u3000'.repeat(300)}`)).toBe('gpt-4o⟨U+3000 ×300⟩');
    expect(visibleId('gpt-4o\u00A0')).toBe('gpt-4o⟨U+00A0⟩');
    expect(visibleId('a\u2003b\u202Fc')).toBe('a⟨U+2003⟩b⟨U+202F⟩c');
    expect(visibleId(`gpt-4o${' '.repeat(400)}x`)).toBe('gpt-4o⟨U+0020 ×400⟩x');
    expect(visibleId(' gpt-4o ')).toBe('⟨U+0020⟩gpt-4o⟨U+0020⟩');
    expect(visibleId('my  model')).toBe('my⟨U+0020 ×2⟩model');
  });

  it('marks what visibleName marks', () => {
    expect(visibleId('gpt-4o\u202Elper')).toBe('gpt-4o⟨U+202E⟩lper');
  });
});
