// "Capture screen": asks the browser for a screen, window or tab (getDisplayMedia), takes one frame and
// stops the capture at once, so the browser's "sharing" indicator goes away. The frame is a PNG file,
// attached like any other image (attach-files.ts).

type DisplayMedia = Pick<MediaDevices, 'getDisplayMedia'>;

const mediaDevices = (): Partial<DisplayMedia> | undefined => globalThis.navigator?.mediaDevices;

/** Whether this browser can capture the screen (the button is hidden otherwise). */
export function canCaptureScreen(media: Partial<DisplayMedia> | undefined = mediaDevices()): boolean {
  return typeof media?.getDisplayMedia === 'function';
}

/** One frame of a screen the user picks, as a PNG file; null when the user cancels. */
export async function captureScreen(media: DisplayMedia = mediaDevices() as DisplayMedia): Promise<File | null> {
  let stream: MediaStream;
  try {
    stream = await media.getDisplayMedia({ video: true, audio: false });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotAllowedError') return null;
    throw error;
  }
  try {
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    if (video.videoWidth === 0)
      await new Promise((resolve) => video.addEventListener('resize', resolve, { once: true }));
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    video.srcObject = null;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The captured frame could not be encoded.');
    return new File([blob], 'screen.png', { type: 'image/png' });
  } finally {
    for (const track of stream.getTracks()) track.stop();
  }
}
