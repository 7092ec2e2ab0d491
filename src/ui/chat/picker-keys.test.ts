import { describe, expect, it } from 'vitest';
import { pickerKey, type KeyLike } from './picker-keys.ts';

const k = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...mods,
});

describe('pickerKey', () => {
  it('opens a closed picker with arrows, Enter, Space, or a typed character that starts the filter', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Enter', ' '])
      expect(pickerKey(false, k(key))).toEqual({ do: 'open', typed: '' });
    expect(pickerKey(false, k('m'))).toEqual({ do: 'open', typed: 'm' });
    expect(pickerKey(false, k('7'))).toEqual({ do: 'open', typed: '7' });
  });

  it('leaves other keys and shortcuts alone while closed', () => {
    for (const key of ['Tab', 'Escape', 'Shift', 'Home']) expect(pickerKey(false, k(key))).toEqual({ do: 'nothing' });
    expect(pickerKey(false, k('c', { ctrlKey: true }))).toEqual({ do: 'nothing' });
    expect(pickerKey(false, k('v', { metaKey: true }))).toEqual({ do: 'nothing' });
  });

  it('while open: Escape and Alt+ArrowUp close, Enter chooses, arrows and pages move, the rest edits the filter', () => {
    expect(pickerKey(true, k('Escape'))).toEqual({ do: 'close' });
    expect(pickerKey(true, k('ArrowUp', { altKey: true }))).toEqual({ do: 'close' });
    expect(pickerKey(true, k('Enter'))).toEqual({ do: 'choose' });
    for (const key of ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'] as const)
      expect(pickerKey(true, k(key))).toEqual({ do: 'move', key });
    for (const key of ['a', ' ', 'Backspace', 'Home', 'End', 'Tab'])
      expect(pickerKey(true, k(key))).toEqual({ do: 'nothing' });
  });

  it('ignores keys that compose text (IME)', () => {
    expect(pickerKey(false, k('Enter', { isComposing: true }))).toEqual({ do: 'nothing' });
    expect(pickerKey(true, k('Enter', { isComposing: true }))).toEqual({ do: 'nothing' });
  });
});
