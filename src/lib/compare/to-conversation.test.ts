import { describe, expect, it } from 'vitest';
import { activePath, siblings } from '../conversation/branches.ts';
import { addRun, createComparison, withRunEvents } from './comparison.ts';
import { comparisonToConversation } from './to-conversation.ts';

const columns = [
  { id: 'a', connection_id: 'c1', connection_name: 'One', model_id: 'm1' },
  { id: 'b', connection_id: 'c2', connection_name: 'Two', model_id: 'm2' },
];

describe('comparisonToConversation', () => {
  it('the chosen answer continues the chat; the others are its sibling versions', () => {
    let c = createComparison('x', 1, { prompt: 'Why is the sky blue?', columns });
    c = addRun(c, columns[0]!, 'r1', 2);
    c = addRun(c, columns[1]!, 'r2', 2);
    const finish = { type: 'finish', reason: { unified: 'stop' } } as const;
    c = withRunEvents(c, 'r1', [{ type: 'text-delta', text: 'Rayleigh' }, finish], 3);
    c = withRunEvents(c, 'r2', [{ type: 'text-delta', text: 'Scattering' }, finish], 3);
    let n = 0;
    const conv = comparisonToConversation(c, 'b', { convId: 'chat', userId: 'u', newId: () => `n${++n}`, now: 9 });
    const path = activePath(conv);
    expect(path.map((m) => m.content)).toEqual(['Why is the sky blue?', 'Scattering']);
    expect(path[1]).toMatchObject({ model_id: 'm2', connection_id: 'c2', status: 'complete' });
    expect(siblings(conv, path[1]!.id).ids.map((id) => conv.nodes[id]?.content)).toEqual(['Rayleigh', 'Scattering']);
    expect(conv.model).toEqual({ connection_id: 'c2', model_id: 'm2' });
    expect(conv.title).toBe('Why is the sky blue?');
  });
  it('the chat goes on with the chosen column’s overrides over the shared settings', () => {
    const own = [{ ...columns[0]!, system_prompt: 'Be brief', params: { temperature: 0.2 } }, columns[1]!];
    let c = createComparison('x', 1, { prompt: 'Hi', columns: own, system_prompt: 'Be kind', params: { top_p: 0.5 } });
    c = addRun(c, own[0]!, 'r1', 2);
    const ids = { convId: 'chat', userId: 'u', newId: () => 'n', now: 9 };
    const chosen = comparisonToConversation(c, 'a', ids);
    expect(chosen).toMatchObject({ system_prompt: 'Be brief', params: { temperature: 0.2, top_p: 0.5 } });
    const other = comparisonToConversation(c, 'b', ids);
    expect(other).toMatchObject({ system_prompt: 'Be kind', params: { top_p: 0.5 } });
  });
});
