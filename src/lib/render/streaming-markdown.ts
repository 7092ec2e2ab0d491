// Makes half-streamed markdown render sensibly: an answer cut off inside a fenced code block gets a
// temporary closing fence, so the code shows as code (not as a swallowed rest-of-message). Pure.

export interface OpenFence {
  /** the opening run, e.g. "```" or "~~~~" */
  marker: string;
  /** indentation and blockquote markers before it, repeated on the closing fence */
  prefix: string;
  /** zero-based line number of the opening fence */
  line: number;
}

// Leniently allows any indentation (fences inside list items) and blockquote markers.
const FENCE_LINE = /^((?:[ \t]*>)*[ \t]*)(`{3,}|~{3,})(.*)$/;

/** A fenced code block that is open: its opening run and the prefix before it. */
export type FenceState = Pick<OpenFence, 'marker' | 'prefix'>;

/**
 * The fence state after one line (without its line break), given the state before it: a line outside
 * a fence may open one, a line inside may close it (CommonMark closing rules). Returns `open` itself
 * when the line changes nothing.
 */
export function fenceAfterLine(open: FenceState | null, line: string): FenceState | null {
  const match = FENCE_LINE.exec(line);
  if (!match) return open;
  const prefix = match[1] ?? '';
  const run = match[2] ?? '';
  const rest = match[3] ?? '';
  if (open === null) {
    // a backtick fence's info string may not contain backticks (otherwise it is inline code)
    if (run[0] === '`' && rest.includes('`')) return null;
    return { marker: run, prefix };
  }
  return run[0] === open.marker[0] && run.length >= open.marker.length && rest.trim() === '' ? null : open;
}

/** The fenced code block still open at the end of `text`, if any (CommonMark closing rules). */
export function findOpenFence(text: string): OpenFence | null {
  let open: OpenFence | null = null;
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const next = fenceAfterLine(open, lines[index] ?? '');
    if (next !== open) open = next === null ? null : { ...next, line: index };
  }
  return open;
}

/**
 * `text` with any open fence closed. A trailing partial closing fence (e.g. "``" while the third
 * backtick is still on its way) is dropped first so it does not flash as code content.
 */
export function closeOpenFence(text: string): string {
  const open = findOpenFence(text);
  if (open === null) return text;
  let body = text;
  const lastBreak = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r'));
  const lastLineIndex = text.split(/\r\n|\n|\r/).length - 1;
  const partial = new RegExp(`^(?:[ \\t]*>)*[ \\t]*\\${open.marker[0]}{1,${open.marker.length}}$`);
  if (lastLineIndex > open.line && partial.test(body.slice(lastBreak + 1))) body = body.slice(0, lastBreak);
  const separator = body.endsWith('\n') || body.endsWith('\r') ? '' : '\n';
  return `${body}${separator}${open.prefix}${open.marker}\n`;
}
