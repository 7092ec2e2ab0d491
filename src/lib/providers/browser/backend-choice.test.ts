import { describe, expect, it } from 'vitest';
import { chooseBackend } from './backend-choice.ts';

describe('chooseBackend', () => {
  it('prefers WebGPU, then threads when isolated, else one thread, saying why', () => {
    expect(chooseBackend({ webgpu: true, isolated: false, cores: 2 }).kind).toBe('webgpu');
    expect(chooseBackend({ webgpu: false, isolated: true, cores: 8 })).toMatchObject({
      kind: 'wasm-multi-thread',
      reason: expect.stringMatching(/4 threads/),
    });
    expect(chooseBackend({ webgpu: false, isolated: false, cores: 8 })).toMatchObject({
      kind: 'wasm-single-thread',
      reason: expect.stringMatching(/not cross-origin isolated/),
    });
    expect(chooseBackend({ webgpu: false, isolated: true, cores: 2 }).reason).toMatch(/too few cores/);
  });
});
