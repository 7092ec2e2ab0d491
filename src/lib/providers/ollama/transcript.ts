// Flattens a conversation into the single `prompt` string that Ollama's /api/generate takes.
//
// Format (deterministic, every turn and role boundary kept):
//   - system messages are not part of it (they go to `system`);
//   - a conversation that is exactly one user message is sent as that text, unlabelled, because
//     Ollama's template already wraps `prompt` as the user's turn;
//   - otherwise each turn is `User: <text>` or `Assistant: <text>`, turns are joined by one blank line
//     ("\n\n"), and when the last turn is the user's the prompt ends with "\n\nAssistant:" so the model
//     answers next (a trailing assistant turn is left open for the model to continue);
//   - inside a turn's text, any line that starts with a role label ("User:", "Assistant:", "System:",
//     possibly after backslashes) gets one extra leading backslash. So a line that starts with a bare
//     label is always a turn boundary and the transcript splits back into the exact turns.

export interface TranscriptTurn {
  role: 'user' | 'assistant';
  text: string;
}

const LABEL: Record<TranscriptTurn['role'], string> = { user: 'User', assistant: 'Assistant' };

export function buildTranscript(turns: readonly TranscriptTurn[]): string {
  const only = turns[0];
  if (turns.length === 1 && only?.role === 'user') return only.text;
  const body = turns.map((t) => `${LABEL[t.role]}: ${escapeLabels(t.text)}`).join('\n\n');
  const last = turns[turns.length - 1];
  if (last === undefined) return '';
  return last.role === 'user' ? `${body}\n\nAssistant:` : body;
}

export function escapeLabels(text: string): string {
  return text.replace(/^(\\*)(User|Assistant|System):/gm, '\\$1$2:');
}
