// An answer read as one JSON document: for chats that ask for JSON (or an answer that is a single JSON
// object or list), the parsed value, its pretty text and a tree for the collapsible view. Untrusted
// text: nothing here builds HTML; the view shows keys and values as text.
import { deeperThan } from '../util/json-depth.ts';
import { tr } from '../i18n/active-language.ts';

/** Past these the tree view is too big or deep to be useful: the pretty text is shown instead. */
const TREE_MAX_NODES = 2000;
const TREE_MAX_DEPTH = 30;

export type JsonAnswer = { ok: true; value: unknown; pretty: string; tree: boolean } | { ok: false; error: string };

/** The JSON inside one ``` fence that is the whole answer (models often fence JSON even in JSON mode). */
function unfenced(text: string): string {
  const match = /^```[a-zA-Z0-9_-]*[ \t]*\n([\s\S]*?)\n?```$/.exec(text);
  return match?.[1] ?? text;
}

export function readJsonAnswer(content: string): JsonAnswer {
  const text = unfenced(content.trim());
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: error instanceof SyntaxError ? error.message : tr('The text could not be read as JSON'),
    };
  }
  const tree = typeof value === 'object' && value !== null && !deeperThan(value, TREE_MAX_DEPTH) && small(value);
  return { ok: true, value, pretty: JSON.stringify(value, null, 2), tree };
}

/** True for an answer that is a single JSON object or list and nothing else (a fenced one stays markdown). */
export function isJsonDocument(content: string): boolean {
  const text = content.trim();
  if (!/^[[{]/.test(text) || !/[\]}]$/.test(text)) return false;
  return readJsonAnswer(text).ok;
}

function small(value: unknown): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (++count > TREE_MAX_NODES) return false;
    if (typeof item === 'object' && item !== null) stack.push(...Object.values(item));
  }
  return true;
}
