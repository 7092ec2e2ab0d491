// The voice panel's props, shared by the composer's buttons (first load) and the panel (loaded on demand).
// The panel finds the transcription model and sends the audio itself: none of that is in the first load.

export interface VoicePanelProps {
  /** what to do: record the microphone, or transcribe this file; a new object starts again */
  job: { file?: File };
  /** puts text into the message box (update gets the box's text); send = send it at once */
  insert: (update: (current: string) => string, send: boolean) => void;
  onClose: () => void;
}
