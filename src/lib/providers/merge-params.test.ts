import { describe, expect, it } from 'vitest';
import { mergeParams, wantsStream } from './merge-params.ts';

describe('mergeParams', () => {
  it('chat params win over connection params; undefined does not override; extras pass through', () => {
    expect(
      mergeParams({ temperature: 0.1, top_p: 0.9, custom: 'a' }, { temperature: 0.7, top_p: undefined, seed: 3 }),
    ).toEqual({
      temperature: 0.7,
      top_p: 0.9,
      custom: 'a',
      seed: 3,
    });
  });

  it('handles missing sides and keeps falsy-but-defined values', () => {
    expect(mergeParams(undefined, undefined)).toEqual({});
    expect(mergeParams({ temperature: 1 }, { temperature: 0, stream: false, stop: '' })).toEqual({
      temperature: 0,
      stream: false,
      stop: '',
    });
  });

  it('streams unless stream is exactly false', () => {
    expect(wantsStream({})).toBe(true);
    expect(wantsStream({ stream: true })).toBe(true);
    expect(wantsStream({ stream: false })).toBe(false);
  });
});
