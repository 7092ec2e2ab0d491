// What a comparison asks and in what order: the request one column sends (its system prompt and
// parameters over the comparison's), and the lanes runs go through (a lane runs one request at a time;
// lanes run side by side), per run mode.
import type { ChatMessage, ChatRequest } from '../providers/types.ts';
import { effectiveSettings } from './overrides.ts';
import type { CompareColumn, Comparison, RunMode } from './types.ts';

export function requestForColumn(c: Comparison, column: CompareColumn): ChatRequest {
  const { system_prompt: system, params } = effectiveSettings(c, column);
  const messages: ChatMessage[] = [];
  if (system) messages.push({ role: 'system', content: system });
  messages.push({ role: 'user', content: c.prompt });
  return { model: column.model_id, messages, ...(params ? { params } : {}) };
}

/** Lanes of column ids: each lane's runs go one after another, the lanes at the same time. */
export function planLanes(mode: RunMode, columnIds: readonly string[], runs: number): string[][] {
  const repeat = (id: string) => Array.from({ length: runs }, () => id);
  switch (mode) {
    case 'columns':
      return columnIds.map(repeat);
    case 'all':
      return columnIds.flatMap((id) => repeat(id).map((x) => [x]));
    case 'serial':
      // round robin, so a server warming up (or a GPU heating up) does not favour one model
      return [Array.from({ length: runs }, () => [...columnIds]).flat()];
  }
}
