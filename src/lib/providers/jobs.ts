// The provider layer's second public face: one-shot jobs besides chat (embeddings, transcription, speech).
// Apart from index.ts because only pages and panels loaded on demand use them: everything index.ts
// exports is in the first load, whoever uses it.
export { embed } from './embed.ts';
export type { EmbedOptions, EmbedRequest, EmbedResult, EmbeddingEncoding, EmbedUsage } from './embed.ts';
export { transcribe, type TranscribeInput, type TranscriptionTarget } from './transcribe.ts';
export { listVoices, speak, SPEECH_FORMATS } from './speech.ts';
export type { SpeakOptions, SpeechFormat, SpeechTarget } from './speech.ts';
