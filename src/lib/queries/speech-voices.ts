// The voices a speech connection lists (GET /audio/voices), for the Text to speech settings.
import { queryOptions } from '@tanstack/svelte-query';
import type { Connection } from '../connections/types.ts';
import { listVoices } from '../providers/jobs.ts';
import { requestOptionsFor } from './request-options.ts';

export function voicesQuery(c: Connection) {
  return queryOptions({
    queryKey: ['speech-voices', c.id, c.base_url, c.updated_at] as const,
    queryFn: ({ signal }) => listVoices(c, { ...requestOptionsFor(c), signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}
