// Reads one answer aloud (loaded on demand when the user asks): its markdown becomes sentence chunks,
// spoken by the chosen speech model through the provider (each chunk's audio played in one hidden
// <audio> element kept in the page) or by the browser's speechSynthesis; pause, resume and stop.
import type { QueryClient } from '@tanstack/svelte-query';
import type { Connection } from '../connections/types.ts';
import { visibleName } from '../connections/visible-name.ts';
import { listVoices, speak } from '../providers/jobs.ts';
import type { ModelInfo } from '../providers/types.ts';
import { connectionsKey, modelsKey } from '../queries/connections-queries.ts';
import { requestOptionsFor } from '../queries/request-options.ts';
import { speechChunks } from '../conversation/speech-chunks.ts';
import { playBlob } from './play-audio.ts';
import { playQueue, type QueueDeps } from './read-aloud-queue.ts';
import { speechErrorText } from './speech-errors.ts';
import { readSpeechSettings, resolveSpeechEngine, type SpeechEngine } from './speech-settings.ts';
import { tr } from '../i18n/active-language.ts';

export type ReadAloudState =
  | { phase: 'loading' | 'playing' | 'paused'; engine: SpeechEngine['kind'] }
  | { phase: 'error'; message: string }
  | { phase: 'done' };

export interface ReadAloudHandle {
  pause(): void;
  resume(): void;
  stop(): void;
}

/** The one audio element answers play in: hidden, kept in the page (tests read its currentTime). */
function pageAudio(): HTMLAudioElement {
  let audio = document.querySelector<HTMLAudioElement>('audio[data-read-aloud]');
  if (!audio) {
    audio = document.createElement('audio');
    audio.dataset.readAloud = '';
    audio.hidden = true;
    document.body.append(audio);
  }
  return audio;
}

function speakText(synth: SpeechSynthesis, text: string, voice: string, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const utterance = new SpeechSynthesisUtterance(text);
    const chosen = synth.getVoices().find((v) => v.name === voice);
    if (chosen) utterance.voice = chosen;
    const onAbort = (): void => resolve();
    signal.addEventListener('abort', onAbort, { once: true });
    utterance.onend = () => resolve();
    utterance.onerror = (event) =>
      event.error === 'interrupted' || event.error === 'canceled'
        ? resolve()
        : reject(new Error(tr("The browser's voice failed ({error}).", { error: event.error })));
    synth.speak(utterance);
  });
}

/** Starts reading `markdown` aloud; `onState` hears every change, ending with 'done' or 'error'. */
export function readAloud(
  client: QueryClient,
  markdown: string,
  onState: (state: ReadAloudState) => void,
): ReadAloudHandle {
  const connections = client.getQueryData<Connection[]>(connectionsKey) ?? [];
  const modelsOf = (c: Connection) => client.getQueryData<ModelInfo[]>(modelsKey(c));
  const engine = resolveSpeechEngine(readSpeechSettings(), connections, modelsOf);
  const controller = new AbortController();
  const audio = engine.kind === 'server' ? pageAudio() : undefined;
  const synth = engine.kind === 'browser' ? globalThis.speechSynthesis : undefined;
  let paused = false;
  let wake: (() => void) | undefined;
  let ended = false;
  const report = (state: ReadAloudState): void => {
    if (ended) return;
    if (state.phase === 'done' || state.phase === 'error') ended = true;
    onState(state);
  };

  const stopSound = (): void => {
    audio?.pause();
    synth?.cancel();
  };

  void (async () => {
    const chunks = speechChunks(markdown);
    if (chunks.length === 0) return report({ phase: 'error', message: tr('There is no text to read aloud here.') });
    if (engine.kind === 'browser' && !synth) {
      return report({ phase: 'error', message: tr('This browser has no voice of its own; add a speech connection.') });
    }
    report({ phase: 'loading', engine: engine.kind });
    const server = engine.kind === 'server' ? visibleName(engine.connection.name) : tr('The browser');

    try {
      const deps: QueueDeps<Blob | string> =
        engine.kind === 'server'
          ? await serverDeps(engine, audio!, controller.signal)
          : {
              prepare: async (text) => text,
              play: (text, signal) => speakText(synth!, String(text), engine.voice, signal),
            };
      await playQueue(
        chunks,
        {
          ...deps,
          whenResumed: () => (paused ? new Promise<void>((r) => (wake = r)) : Promise.resolve()),
          onPlaying: () => report({ phase: paused ? 'paused' : 'playing', engine: engine.kind }),
        },
        controller.signal,
      );
      report({ phase: 'done' });
    } catch (error) {
      stopSound();
      if (controller.signal.aborted) report({ phase: 'done' });
      else report({ phase: 'error', message: speechErrorText(error, server) });
    }
  })();

  return {
    pause() {
      if (ended || paused) return;
      paused = true;
      audio?.pause();
      synth?.pause();
      report({ phase: 'paused', engine: engine.kind });
    },
    resume() {
      if (ended || !paused) return;
      paused = false;
      if (audio?.src && !audio.ended) void audio.play().catch(() => undefined);
      synth?.resume();
      wake?.();
      wake = undefined;
      report({ phase: 'playing', engine: engine.kind });
    },
    stop() {
      controller.abort();
      stopSound();
      wake?.();
      report({ phase: 'done' });
    },
  };
}

async function serverDeps(
  engine: Extract<SpeechEngine, { kind: 'server' }>,
  audio: HTMLAudioElement,
  signal: AbortSignal,
): Promise<QueueDeps<Blob | string>> {
  const { connection, model, format } = engine;
  const options = requestOptionsFor(connection);
  // no voice chosen: the server's first listed voice, else OpenAI's default name
  const voice = engine.voice || (await listVoices(connection, { ...options, signal }))[0] || 'alloy';
  return {
    prepare: (input, s) => speak({ ...options, connection, model, voice, input, format, signal: s }),
    play: (blob, s) => playBlob(audio, blob as Blob, s),
  };
}
