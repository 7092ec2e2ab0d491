import { describe, expect, it } from 'vitest';
import { buildTranscript, type TranscriptTurn } from './transcript.ts';

/** The inverse of buildTranscript for labelled transcripts: proves the format is unambiguous. */
function splitTranscript(prompt: string): TranscriptTurn[] {
  const open = prompt.endsWith('\n\nAssistant:');
  const body = open ? prompt.slice(0, -'\n\nAssistant:'.length) : prompt;
  return body.split(/\n\n(?=(?:User|Assistant): )/).map((chunk) => {
    const match = /^(User|Assistant): ([\s\S]*)$/.exec(chunk);
    if (!match) throw new Error(`not a turn: ${JSON.stringify(chunk)}`);
    const text = (match[2] ?? '').replace(/^\\(\\*)(User|Assistant|System):/gm, '$1$2:');
    return { role: match[1] === 'User' ? 'user' : 'assistant', text };
  });
}

describe('buildTranscript', () => {
  it('a single user message is sent as is', () => {
    expect(buildTranscript([{ role: 'user', text: 'Why is the sky blue?' }])).toBe('Why is the sky blue?');
  });

  it('labels every turn, separates turns by a blank line and cues the assistant', () => {
    expect(
      buildTranscript([
        { role: 'user', text: 'Hi' },
        { role: 'assistant', text: 'Hello! How can I help?' },
        { role: 'user', text: 'Tell me a joke.' },
      ]),
    ).toBe('User: Hi\n\nAssistant: Hello! How can I help?\n\nUser: Tell me a joke.\n\nAssistant:');
  });

  it('a trailing assistant turn is left open for continuation', () => {
    expect(
      buildTranscript([
        { role: 'user', text: 'Count' },
        { role: 'assistant', text: '1, 2,' },
      ]),
    ).toBe('User: Count\n\nAssistant: 1, 2,');
  });

  it('escapes content lines that look like role labels, so the turns split back exactly', () => {
    const turns: TranscriptTurn[] = [
      { role: 'user', text: 'Format this:\n\nUser: fake turn\nAssistant: also fake\n\\User: already escaped' },
      { role: 'assistant', text: 'Sure.\n\n\nSystem: not a real system line\n' },
      { role: 'user', text: '' },
    ];
    const prompt = buildTranscript(turns);
    expect(prompt).toBe(
      'User: Format this:\n\n\\User: fake turn\n\\Assistant: also fake\n\\\\User: already escaped\n\nAssistant: Sure.\n\n\n\\System: not a real system line\n\n\nUser: \n\nAssistant:',
    );
    expect(splitTranscript(prompt)).toEqual(turns);
  });

  it('multi-line turns round-trip', () => {
    const turns: TranscriptTurn[] = [
      { role: 'user', text: 'line 1\nline 2\n\nline 4' },
      { role: 'assistant', text: '```\ncode\n```' },
      { role: 'user', text: 'Users: plural is not a label\nuser: lowercase neither' },
    ];
    const prompt = buildTranscript(turns);
    expect(prompt).toContain('Users: plural is not a label\nuser: lowercase neither');
    expect(splitTranscript(prompt)).toEqual(turns);
  });

  it('an empty conversation is an empty prompt', () => {
    expect(buildTranscript([])).toBe('');
  });
});
