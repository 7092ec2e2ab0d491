import { describe, expect, it } from 'vitest';
import { fixOrigin } from './fix-origin.ts';

describe('fixOrigin', () => {
  it.each([
    ['http://app.test:4173', 'http://app.test:4173'],
    ['http://app.test:4173/', 'http://app.test:4173'],
    ['https://switchboard.example', 'https://switchboard.example'],
    ['https://switchboard.example:443', 'https://switchboard.example'],
    ['HTTP://LOCALHOST:5173', 'http://localhost:5173'],
    ['tauri://localhost', 'tauri://localhost'],
    ['null', 'null'],
  ])('%s → %s', (origin, expected) => {
    expect(fixOrigin({ origin })).toBe(expected);
  });
});
