// The update notice's steps: a new version waits → the user asks to reload → (once no answer streams
// in this tab) the new version takes over and the page reloads. Pure: the component runs `apply`.

export type UpdatePhase = 'none' | 'available' | 'after-answer' | 'reloading';

export type UpdateEvent =
  { type: 'available' } | { type: 'reload'; streaming: boolean } | { type: 'streaming'; streaming: boolean };

export interface UpdateStep {
  phase: UpdatePhase;
  /** true exactly when this step should activate the new version and reload */
  apply: boolean;
}

export function nextUpdateStep(phase: UpdatePhase, event: UpdateEvent): UpdateStep {
  const stay = { phase, apply: false };
  switch (event.type) {
    case 'available':
      return phase === 'none' ? { phase: 'available', apply: false } : stay;
    case 'reload':
      if (phase !== 'available') return stay;
      // reloading now would cut the answer off: wait for it
      return event.streaming ? { phase: 'after-answer', apply: false } : { phase: 'reloading', apply: true };
    case 'streaming':
      return phase === 'after-answer' && !event.streaming ? { phase: 'reloading', apply: true } : stay;
  }
}
