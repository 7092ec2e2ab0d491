import { describe, expect, it } from 'vitest';
import { playBlob, type PlayableAudio } from './play-audio.ts';

/** Behaves like Chromium's <audio>: pause() before play() settles rejects play() with an AbortError. */
function fakeAudio() {
  let rejectPlay: ((error: unknown) => void) | undefined;
  const audio = {
    src: '',
    onended: null,
    onerror: null,
    play: () => new Promise<void>((_, reject) => (rejectPlay = reject)),
    pause: () =>
      rejectPlay?.(new DOMException('The play() request was interrupted by a call to pause().', 'AbortError')),
  } as unknown as PlayableAudio;
  const fire = (name: 'onended' | 'onerror'): void => void (audio[name] as (() => void) | null)?.call(audio);
  return { audio, fire };
}

const wav = new Blob([new Uint8Array(8)], { type: 'audio/wav' });

describe('playBlob', () => {
  it('resolves when the audio ends, after playing it from an object URL', async () => {
    const { audio, fire } = fakeAudio();
    const played = playBlob(audio, wav, new AbortController().signal);
    expect(audio.src).toMatch(/^blob:/);
    fire('onended');
    await expect(played).resolves.toBeUndefined();
  });

  it('rejects when the browser cannot play the audio', async () => {
    const { audio, fire } = fakeAudio();
    const played = playBlob(audio, wav, new AbortController().signal);
    fire('onerror');
    await expect(played).rejects.toMatchObject({ name: 'NotSupportedError' });
  });

  it('a pause just as a chunk starts is a pause, not a failure: it goes on when the audio ends', async () => {
    const { audio, fire } = fakeAudio();
    const played = playBlob(audio, wav, new AbortController().signal);
    audio.pause(); // the user pressed Pause before play() settled
    await Promise.resolve();
    fire('onended'); // resumed and played to the end
    await expect(played).resolves.toBeUndefined();
  });

  it('resolves at once when stopped', async () => {
    const { audio } = fakeAudio();
    const controller = new AbortController();
    const played = playBlob(audio, wav, controller.signal);
    controller.abort();
    await expect(played).resolves.toBeUndefined();
  });
});
