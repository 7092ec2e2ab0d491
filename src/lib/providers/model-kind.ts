// What one listed model does: chat, embeddings, speech to text or text to speech. What the server says
// wins (Ollama capabilities, LM Studio's `type`, output modalities); otherwise ids of well-known families.
// A model typed by hand is a chat model unless its connection serves only another capability.
import type { Capability } from '../connections/capabilities.ts';
import { isEmbeddingModel } from './embedding-models.ts';
import type { ModelInfo } from './types.ts';

/** Speech-to-text families: Whisper (and its distilled / faster builds), Parakeet, Canary, Moonshine. */
const TRANSCRIPTION_ID = /whisper|(^|[-_/.:])(parakeet|canary|moonshine|stt|asr)([-_.:]|$)/;

/** Text-to-speech families: Kokoro, Piper, XTTS, Orpheus, Bark, SpeechT5, F5, Dia, OpenAI's tts-1. */
const SPEECH_ID =
  /kokoro|piper|xtts|orpheus|(^|[-_/.:])(tts|tts-1|tts-1-hd|bark|speecht5|f5-tts|dia|chatterbox)([-_.:0-9]|$)/;

const SPEECH_TYPES = new Set(['tts', 'speech', 'text-to-speech', 'audio-speech']);
const TRANSCRIPTION_TYPES = new Set(['stt', 'asr', 'transcription', 'speech-to-text', 'audio-transcription']);

export function modelKind(model: ModelInfo): Capability {
  if (model.manual) return 'chat';
  const type = model.details?.type?.toLowerCase();
  if (type && SPEECH_TYPES.has(type)) return 'speech';
  if (type && TRANSCRIPTION_TYPES.has(type)) return 'transcription';
  if (isEmbeddingModel(model)) return 'embeddings';
  const caps = model.details?.capabilities?.map((c) => c.toLowerCase()) ?? [];
  if (caps.includes('completion') || type === 'llm' || type === 'vlm') return 'chat';
  const outs = model.details?.output_modalities?.map((m) => m.toLowerCase()) ?? [];
  if (outs.includes('audio') && !outs.includes('text')) return 'speech';
  const last = model.id.toLowerCase().split('/').pop() ?? '';
  if (TRANSCRIPTION_ID.test(last)) return 'transcription';
  if (SPEECH_ID.test(last)) return 'speech';
  return 'chat';
}
