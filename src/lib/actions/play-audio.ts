// Plays one chunk of fetched audio (a Blob) in the given <audio> element through an object URL:
// resolves when it ends or when `signal` aborts, rejects when the browser cannot play it.

/** The parts of an HTMLAudioElement the player uses (a fake stands in for it in unit tests). */
export type PlayableAudio = Pick<HTMLAudioElement, 'src' | 'play' | 'pause' | 'onended' | 'onerror'>;

export function playBlob(audio: PlayableAudio, blob: Blob, signal: AbortSignal): Promise<void> {
  const url = URL.createObjectURL(blob);
  return new Promise<void>((resolve, reject) => {
    const finish = (error?: unknown): void => {
      audio.onended = null;
      audio.onerror = null;
      signal.removeEventListener('abort', onAbort);
      URL.revokeObjectURL(url);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => {
      audio.pause();
      finish();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    audio.onended = () => finish();
    audio.onerror = () => finish(new DOMException('unplayable audio', 'NotSupportedError'));
    audio.src = url;
    audio.play().catch((error: unknown) => {
      // a Pause pressed before play() settled rejects it with AbortError: the chunk is paused, not failed
      if (signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      finish(error);
    });
  });
}
