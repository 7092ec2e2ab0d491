import { describe, expect, it } from 'vitest';
import { classifyStorageError, NEWER_VERSION_ERROR, type StorageProblemKind } from './storage-errors.ts';

function named(name: string, message = 'x'): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

describe('classifyStorageError', () => {
  const cases: Array<[string, unknown, StorageProblemKind]> = [
    ['DOMException QuotaExceededError', new DOMException('full', 'QuotaExceededError'), 'quota'],
    [
      'a transaction abort whose cause is the quota',
      { name: 'AbortError', message: 'aborted', error: new DOMException('full', 'QuotaExceededError') },
      'quota',
    ],
    [
      'an AbortError that names the quota',
      new DOMException('Transaction aborted: quota exceeded', 'AbortError'),
      'quota',
    ],
    [
      'private mode: InvalidStateError on open',
      new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      ),
      'unavailable',
    ],
    ['site data blocked: SecurityError', new DOMException('access denied', 'SecurityError'), 'unavailable'],
    ['Chromium UnknownError (disk problem)', new DOMException('Internal error', 'UnknownError'), 'unavailable'],
    ['no indexedDB at all', new ReferenceError('indexedDB is not defined'), 'unavailable'],
    ['indexedDB is null', new TypeError("Cannot read properties of null (reading 'open') indexedDB"), 'unavailable'],
    ['a blocked upgrade', new DOMException('blocked', 'VersionError'), 'blocked'],
    ['our own blocked error', named('BlockedError'), 'blocked'],
    ['a newer record', named(NEWER_VERSION_ERROR, 'saved by a newer version'), 'newer-version'],
    ['a plain Error', new Error('boom'), 'unknown'],
    ['a string', 'boom', 'unknown'],
    ['undefined', undefined, 'unknown'],
    ['an unrelated TypeError', new TypeError('x is not a function'), 'unknown'],
  ];
  it.each(cases)('%s → %s', (_label, error, kind) => {
    expect(classifyStorageError(error).kind).toBe(kind);
  });

  it('every kind says what happened and what to do', () => {
    for (const [, error] of cases) {
      const p = classifyStorageError(error);
      expect(p.what.length).toBeGreaterThan(10);
      expect(p.advice.length).toBeGreaterThan(10);
      expect(p.advice.toLowerCase()).toMatch(/download|close|reload/);
    }
  });

  it('keeps the browser’s name and message as detail', () => {
    expect(classifyStorageError(new DOMException('disk full', 'QuotaExceededError')).detail).toBe(
      'QuotaExceededError: disk full',
    );
    expect(classifyStorageError(undefined).detail).toBe('no details');
  });
});
