import { describe, expect, it } from 'vitest';
import { isTextEntry, shortcutFor, type ShortcutKey } from './shortcuts.ts';

const key = (k: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('Ctrl or ⌘ with Shift+O starts a new chat, also while typing', () => {
    expect(shortcutFor(key('O', { ctrlKey: true, shiftKey: true }), true)).toBe('new-chat');
    expect(shortcutFor(key('o', { metaKey: true, shiftKey: true }), false)).toBe('new-chat');
    expect(shortcutFor(key('o', { ctrlKey: true }), false)).toBeUndefined();
  });

  it('Ctrl or ⌘+K searches chats', () => {
    expect(shortcutFor(key('k', { ctrlKey: true }), true)).toBe('search-chats');
    expect(shortcutFor(key('K', { metaKey: true }), false)).toBe('search-chats');
    expect(shortcutFor(key('k', { ctrlKey: true, shiftKey: true }), false)).toBeUndefined();
  });

  it('Shift+Esc focuses the message box anywhere; "/" only outside text fields', () => {
    expect(shortcutFor(key('Escape', { shiftKey: true }), true)).toBe('focus-message');
    expect(shortcutFor(key('/'), false)).toBe('focus-message');
    expect(shortcutFor(key('/'), true)).toBeUndefined();
  });

  it('Esc alone is the escape action, in text fields too', () => {
    expect(shortcutFor(key('Escape'), true)).toBe('escape');
    expect(shortcutFor(key('Escape', { ctrlKey: true }), false)).toBeUndefined();
  });

  it('"?" shows the shortcuts outside text fields', () => {
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toBe('show-shortcuts');
    expect(shortcutFor(key('?', { shiftKey: true }), true)).toBeUndefined();
  });

  it('ignores plain letters, Alt combinations and keys during IME composition', () => {
    expect(shortcutFor(key('a'), false)).toBeUndefined();
    expect(shortcutFor(key('k', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(shortcutFor(key('Escape', { isComposing: true }), true)).toBeUndefined();
  });
});

describe('isTextEntry', () => {
  it('text inputs, textareas, selects and editable content take keys as text', () => {
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true);
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('buttons, checkboxes, links and nothing do not', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry({ tagName: 'A' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
