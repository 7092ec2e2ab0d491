import { describe, expect, it } from 'vitest';
import { isPotentiallyTrustworthyHost, isUnspecifiedAddress } from './trustworthy-host.ts';

describe('isPotentiallyTrustworthyHost', () => {
  it.each([
    ['localhost', true],
    ['foo.localhost', true],
    ['127.0.0.1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['192.168.1.2', false],
    ['nas.local', false],
  ] as const)('%s → %s', (host, expected) => {
    expect(isPotentiallyTrustworthyHost(host)).toBe(expected);
  });
});

describe('isUnspecifiedAddress', () => {
  it('recognises 0.0.0.0 and [::] only', () => {
    expect(isUnspecifiedAddress('0.0.0.0')).toBe(true);
    expect(isUnspecifiedAddress('[::]')).toBe(true);
    expect(isUnspecifiedAddress('127.0.0.1')).toBe(false);
  });
});
