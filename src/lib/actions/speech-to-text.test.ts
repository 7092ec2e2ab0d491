import { describe, expect, it } from 'vitest';
import type { ProviderError } from '../providers/errors.ts';
import { audioFilename, isFormatRefusal, needsDiagnosis, speechProblem, withTranscription } from './speech-to-text.ts';
import { levelOf } from './voice-recorder.ts';

function httpFailure(status: number, serverMessage?: string): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'http',
    message: `HTTP ${status}`,
    phase: 'request',
    request: { method: 'POST', url: 'http://127.0.0.1:8000/v1/audio/transcriptions', headers: {} },
    response: { status, statusText: '', headers: {}, body: serverMessage ?? '' },
    retryable: false,
    ...(serverMessage ? { serverMessage } : {}),
  };
}

describe('audioFilename', () => {
  it('names the file after the recorder’s type', () => {
    expect(audioFilename('audio/webm;codecs=opus')).toBe('recording.webm');
    expect(audioFilename('audio/ogg; codecs=opus')).toBe('recording.ogg');
    expect(audioFilename('audio/mp4')).toBe('recording.m4a');
    expect(audioFilename('')).toBe('recording.webm');
  });
});

describe('withTranscription', () => {
  it('adds the text after what is typed, never replacing it', () => {
    expect(withTranscription('', ' hello ')).toBe('hello');
    expect(withTranscription('Note:', 'hello')).toBe('Note: hello');
    expect(withTranscription('Line\n', 'hello')).toBe('Line\nhello');
    expect(withTranscription('keep', '  ')).toBe('keep');
  });
});

describe('speechProblem', () => {
  it('words microphone failures specifically', () => {
    expect(speechProblem(new DOMException('x', 'NotAllowedError'))).toMatch(/permission was denied/);
    expect(speechProblem(new DOMException('x', 'NotFoundError'))).toMatch(/No microphone was found/);
    expect(speechProblem(new DOMException('x', 'NotReadableError'))).toMatch(/could not be started/);
  });

  it('tells a refused format (415, or a 400 about the format) apart from other refusals', () => {
    const refused = httpFailure(415, "Invalid file format. Supported formats: ['wav']");
    expect(isFormatRefusal(refused)).toBe(true);
    expect(speechProblem(refused)).toMatch(/refused the audio format \(HTTP 415\).*Supported formats: \['wav'\]/);
    expect(isFormatRefusal(httpFailure(400, 'Invalid file format.'))).toBe(true);
    expect(isFormatRefusal(httpFailure(400, 'model is required'))).toBe(false);
    expect(speechProblem(httpFailure(400, 'model is required'))).toMatch(/refused the transcription \(HTTP 400\)/);
  });

  it('words too large, missing endpoint, key refused, and says nothing for a cancel', () => {
    expect(speechProblem(httpFailure(413))).toMatch(/too large/);
    expect(speechProblem(httpFailure(404))).toMatch(/no speech-to-text endpoint/);
    expect(speechProblem(httpFailure(401))).toMatch(/API key/);
    expect(speechProblem({ ...httpFailure(0), kind: 'aborted', response: undefined })).toBe('');
  });

  it('sends network failures and timeouts to the diagnosis', () => {
    expect(needsDiagnosis({ ...httpFailure(0), kind: 'network', response: undefined })).toBe(true);
    expect(needsDiagnosis(httpFailure(415))).toBe(false);
    expect(needsDiagnosis(new DOMException('x', 'NotAllowedError'))).toBe(false);
  });
});

describe('levelOf', () => {
  it('is 0 for silence and grows with loudness, capped at 1', () => {
    expect(levelOf(new Uint8Array(64).fill(128))).toBe(0);
    const quiet = levelOf(Uint8Array.from({ length: 64 }, (_, i) => (i % 2 ? 138 : 118)));
    const loud = levelOf(Uint8Array.from({ length: 64 }, (_, i) => (i % 2 ? 255 : 0)));
    expect(quiet).toBeGreaterThan(0);
    expect(loud).toBeGreaterThan(quiet);
    expect(loud).toBeLessThanOrEqual(1);
  });
});
