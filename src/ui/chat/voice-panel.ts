// The voice panel's props, shared by the composer's buttons (first load) and the panel (loaded on demand).
import type { TranscribeAudio } from '../../lib/actions/transcribe-audio.ts';
import type { Connection } from '../../lib/connections/types.ts';
import type { SpeechToTextSettings } from '../../lib/queries/speech-to-text-settings.ts';

export interface VoicePanelProps {
  /** what to do: record the microphone, or transcribe this file; a new object starts again */
  job: { file?: File };
  /** puts text into the message box (update gets the box's text); send = send it at once */
  insert: (update: (current: string) => string, send: boolean) => void;
  onClose: () => void;
  /** passed in from the first load (see transcribe-audio.ts) */
  transcribeAudio: TranscribeAudio;
  /** the chosen transcription model's connection and settings, or undefined when none is set up */
  speechTarget: () => Promise<{ connection: Connection; settings: SpeechToTextSettings } | undefined>;
}
