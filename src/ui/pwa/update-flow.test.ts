import { describe, expect, it } from 'vitest';
import { nextUpdateStep, type UpdateEvent, type UpdatePhase } from './update-flow.ts';

function run(events: UpdateEvent[], from: UpdatePhase = 'none'): { phase: UpdatePhase; applied: number } {
  let phase = from;
  let applied = 0;
  for (const event of events) {
    const step = nextUpdateStep(phase, event);
    phase = step.phase;
    if (step.apply) applied++;
  }
  return { phase, applied };
}

describe('update flow', () => {
  it('shows the notice once a new version waits, and nothing happens until Reload', () => {
    expect(run([{ type: 'available' }, { type: 'streaming', streaming: false }])).toEqual({
      phase: 'available',
      applied: 0,
    });
  });

  it('reloads at once when no answer streams', () => {
    expect(run([{ type: 'available' }, { type: 'reload', streaming: false }])).toEqual({
      phase: 'reloading',
      applied: 1,
    });
  });

  it('waits for a streaming answer, then reloads once it ends', () => {
    const waiting = run([{ type: 'available' }, { type: 'reload', streaming: true }]);
    expect(waiting).toEqual({ phase: 'after-answer', applied: 0 });
    expect(run([{ type: 'streaming', streaming: true }], waiting.phase)).toEqual({ phase: 'after-answer', applied: 0 });
    expect(run([{ type: 'streaming', streaming: false }], waiting.phase)).toEqual({ phase: 'reloading', applied: 1 });
  });

  it('applies only once, whatever follows', () => {
    const events: UpdateEvent[] = [
      { type: 'available' },
      { type: 'reload', streaming: false },
      { type: 'reload', streaming: false },
      { type: 'available' },
      { type: 'streaming', streaming: false },
    ];
    expect(run(events)).toEqual({ phase: 'reloading', applied: 1 });
  });

  it('ignores Reload and stream ends before any new version', () => {
    expect(
      run([
        { type: 'reload', streaming: false },
        { type: 'streaming', streaming: false },
      ]),
    ).toEqual({
      phase: 'none',
      applied: 0,
    });
  });
});
