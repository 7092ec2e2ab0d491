// Conversation titles: derived from the first user message on the current branch unless the user
// renamed the conversation or the model named it (cleanModelTitle). An empty title means "untitled";
// the UI shows its own placeholder.

export const TITLE_MAX_CHARS = 60;
const CUSTOM_TITLE_MAX_CHARS = 200;

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Single line, trimmed, at most 60 characters (cut at a word boundary when one is near, with "…"). */
export function deriveTitle(text: string): string {
  const chars = Array.from(flatten(text));
  if (chars.length <= TITLE_MAX_CHARS) return chars.join('');
  let cut = chars.slice(0, TITLE_MAX_CHARS - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= TITLE_MAX_CHARS / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** A title the user typed: single line, trimmed, capped generously. */
export function cleanCustomTitle(text: string): string {
  return Array.from(flatten(text)).slice(0, CUSTOM_TITLE_MAX_CHARS).join('');
}

/** What the model gave as a title, made plain: no thinking, markdown, quotes or "Title:"; one line, capped. */
export function cleanModelTitle(raw: string): string | undefined {
  const visible = raw
    .replace(/<(think|thinking|reasoning)>[\s\S]*?<\/\1>/gi, '')
    .replace(/<(think|thinking|reasoning)>[\s\S]*$/i, '') // a title cut off inside its thinking: none
    .replace(/<[^>]*>/g, '');
  const line = visible.split('\n').find((l) => l.trim() !== '') ?? '';
  const plain = line
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/^\s*(#+|[-*+>]|\d+[.)])\s+/, '')
    .replace(/^\s*\**\s*title\s*\**\s*:\s*/i, '')
    .replace(/[*_`~]+/g, '')
    .trim()
    .replace(/^["'“”‘’«»\s]+|["'“”‘’«».:;,\s]+$/g, '');
  const title = deriveTitle(plain);
  return title === '' ? undefined : title;
}
