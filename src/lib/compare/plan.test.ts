import { describe, expect, it } from 'vitest';
import { createComparison } from './comparison.ts';
import { planLanes, requestForColumn } from './plan.ts';

describe('planLanes', () => {
  it('columns side by side, runs of a column one after another', () => {
    expect(planLanes('columns', ['a', 'b'], 2)).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
  });
  it('all at once: one lane per run', () => {
    expect(planLanes('all', ['a', 'b'], 2)).toEqual([['a'], ['a'], ['b'], ['b']]);
  });
  it('one at a time, taking the models in turn', () => {
    expect(planLanes('serial', ['a', 'b'], 2)).toEqual([['a', 'b', 'a', 'b']]);
  });
});

describe('requestForColumn', () => {
  it("uses the column's system prompt and parameters over the comparison's", () => {
    const column = { id: 'a', connection_id: 'c', connection_name: 'C', model_id: 'm', system_prompt: 'Be brief' };
    const c = createComparison('x', 1, {
      prompt: 'Hi',
      columns: [column],
      system_prompt: 'Be kind',
      params: { temperature: 0.5 },
    });
    expect(requestForColumn(c, { ...column, params: { temperature: 0 } })).toEqual({
      model: 'm',
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Hi' },
      ],
      params: { temperature: 0 },
    });
  });
  it('a column without overrides asks with the comparison’s settings; an empty system prompt inherits', () => {
    const column = { id: 'a', connection_id: 'c', connection_name: 'C', model_id: 'm', system_prompt: '' };
    const c = createComparison('x', 1, { prompt: 'Hi', columns: [column], system_prompt: 'Be kind' });
    expect(requestForColumn(c, column)).toEqual({
      model: 'm',
      messages: [
        { role: 'system', content: 'Be kind' },
        { role: 'user', content: 'Hi' },
      ],
    });
  });
});
