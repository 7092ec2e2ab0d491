// Records the microphone with MediaRecorder and reports a sound level (0–1) from an AnalyserNode while
// it runs. Browser-only; loaded on demand with the voice panel. Errors from getUserMedia (NotAllowedError,
// NotFoundError...) are thrown as they are, for speechProblem() to word.

export interface Recording {
  mimeType: string;
  /** Ends the recording; resolves with the audio. */
  stop(): Promise<Blob>;
  /** Ends it and throws the audio away. */
  cancel(): void;
}

export interface RecordOptions {
  onLevel?: (level: number) => void;
}

/** Root mean square of 8-bit samples centred on 128, scaled so speech reads around 0.3–0.8. */
export function levelOf(samples: Uint8Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += ((s - 128) / 128) ** 2;
  return Math.min(1, Math.sqrt(sum / samples.length) * 3);
}

export async function startRecording(options: RecordOptions = {}): Promise<Recording> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    throw new DOMException('MediaRecorder is not available', 'NotSupportedError');
  }
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  });
  const stopMeter = meter(stream, options.onLevel);
  const release = () => {
    stopMeter();
    for (const track of stream.getTracks()) track.stop();
  };
  recorder.start(250);
  return {
    mimeType: recorder.mimeType,
    stop() {
      return new Promise<Blob>((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            resolve(new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }));
          },
          { once: true },
        );
        if (recorder.state === 'inactive') recorder.dispatchEvent(new Event('stop'));
        else recorder.stop();
      });
    },
    cancel() {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}

function meter(stream: MediaStream, onLevel: ((level: number) => void) | undefined): () => void {
  if (!onLevel || typeof AudioContext === 'undefined') return () => undefined;
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  // a timer, not requestAnimationFrame: the meter keeps its text current in a background tab too
  const timer = setInterval(() => {
    analyser.getByteTimeDomainData(samples);
    onLevel(levelOf(samples));
  }, 100);
  return () => {
    clearInterval(timer);
    void context.close().catch(() => undefined);
  };
}
