// Context lengths the model list left out, for the open picker's details: llama-server's /props once per
// server while the picker is open, and Ollama's /api/show for the option the user rests on (asked after a
// short pause, so running down the list with an arrow key does not send a request per row).
import { createQueries, createQuery } from '@tanstack/svelte-query';
import type { ModelGroup, PickerOption } from '../../lib/queries/model-choices.ts';
import { isLlamaServer, modelContextQuery, needsShow } from '../../lib/queries/model-context-query.ts';

const REST_MS = 150;

export function pickerContexts(
  state: () => { open: boolean; groups: ModelGroup[]; active: PickerOption | undefined },
): {
  of: (o: PickerOption) => number | undefined;
} {
  const llamas = $derived(state().open ? state().groups.filter((g) => isLlamaServer(g.connection, g.models)) : []);
  const props = createQueries(() => ({ queries: llamas.map((g) => modelContextQuery(g.connection, '', true)) }));
  const perServer = $derived(new Map(llamas.map((g, i) => [g.connection.id, props[i]?.data ?? undefined] as const)));

  let resting = $state<PickerOption | undefined>();
  $effect(() => {
    const active = state().active;
    const timer = setTimeout(() => (resting = active), REST_MS);
    return () => clearTimeout(timer);
  });
  const restingConnection = $derived(
    resting && state().groups.find((g) => g.connection.id === resting?.connectionId)?.connection,
  );
  const show = createQuery(() =>
    modelContextQuery(
      restingConnection,
      resting?.modelId ?? '',
      state().open && !!restingConnection && needsShow(restingConnection, resting?.info),
    ),
  );
  let perModel = $state.raw(new Map<string, number>());
  $effect(() => {
    const n = show.data;
    const value = resting?.value;
    if (typeof n === 'number' && value && perModel.get(value) !== n) perModel = new Map(perModel).set(value, n);
  });

  return { of: (o) => perServer.get(o.connectionId) ?? perModel.get(o.value) };
}
