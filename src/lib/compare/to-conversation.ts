// "Continue with this answer": a comparison becomes a normal chat: the prompt, then every column's
// newest answer as sibling versions of one assistant message, the chosen one current.
import { attach, createConversation, withAutoTitle } from '../conversation/tree.ts';
import type { Conversation, MessageNode } from '../conversation/types.ts';
import { latestRun } from './comparison.ts';
import { effectiveSettings } from './overrides.ts';
import type { Comparison } from './types.ts';

export interface ContinueIds {
  convId: string;
  userId: string;
  newId: () => string;
  now: number;
}

export function comparisonToConversation(c: Comparison, chosenColumnId: string, ids: ContinueIds): Conversation {
  const chosen = c.columns.find((col) => col.id === chosenColumnId);
  if (!chosen) throw new Error(`Column ${chosenColumnId} is not in comparison ${c.id}`);
  const { now } = ids;
  // the chat goes on with what the chosen column asked (its overrides over the shared settings)
  const settings = effectiveSettings(c, chosen);
  let conv = createConversation(now, ids.convId, {
    ...settings,
    model: { connection_id: chosen.connection_id, model_id: chosen.model_id },
  });
  const user: MessageNode = {
    id: ids.userId,
    children: [],
    role: 'user',
    content: c.prompt,
    status: 'complete',
    created_at: now,
  };
  conv = attach(conv, user, now);
  let current: string | undefined;
  for (const column of c.columns) {
    const run = latestRun(c, column.id);
    if (!run) continue;
    const { lease_until: _l, lease_owner: _o, ...answer } = run.answer;
    const node: MessageNode = {
      ...answer,
      id: ids.newId(),
      parent_id: ids.userId,
      children: [],
      // a run still streaming in another tab is kept as what it showed
      status: answer.status === 'streaming' ? 'interrupted' : answer.status,
    };
    conv = attach(conv, node, now);
    if (column.id === chosenColumnId) current = node.id;
  }
  return withAutoTitle({ ...conv, current_leaf_id: current ?? conv.current_leaf_id });
}
