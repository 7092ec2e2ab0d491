// One chat as a Markdown document: the branch the user is on, from its first message to its current
// leaf. The title is the heading; each message gets a heading naming its role (and the model, for
// answers); texts are written as they are. Reasoning goes in a <details> block, closed by default; tool
// calls follow their answer's text with the arguments fenced, and a tool result says which call it answers.
// Pure: a caller that keeps long texts in pieces passes their whole texts in `texts`.
import { activePath } from '../conversation/branches.ts';
import type { Conversation, MessageNode } from '../conversation/types.ts';

const ROLE_NAMES: Record<MessageNode['role'], string> = {
  user: 'User',
  assistant: 'Assistant',
  system: 'System',
  tool: 'Tool result',
};

const STATUS_NOTES: Partial<Record<MessageNode['status'], string>> = {
  streaming: 'still being written when exported',
  interrupted: 'interrupted',
  aborted: 'stopped',
  error: 'ended with an error',
};

/** One line: a heading must not be broken by a newline in a name a server sent. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function heading(node: MessageNode): string {
  const role = ROLE_NAMES[node.role];
  const model = node.role === 'assistant' && node.model_id ? oneLine(node.model_id) : '';
  return model ? `## ${role} · ${model}` : `## ${role}`;
}

/** A fence one backtick longer than the longest run inside, so no argument text can close it early. */
function fenced(text: string, info: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

function toolCallBlocks(node: MessageNode): string[] {
  return (node.tool_calls ?? []).map(
    (call) => `**Tool call** \`${oneLine(call.name)}\` (${oneLine(call.id)})\n\n${fenced(call.arguments, 'json')}`,
  );
}

function messageBlock(node: MessageNode, text: string): string {
  const parts = [heading(node)];
  const note = STATUS_NOTES[node.status];
  if (note) parts.push(`_(${note})_`);
  if (node.role === 'tool' && node.tool_call_id) parts.push(`_(answers ${oneLine(node.tool_call_id)})_`);
  if (node.reasoning && node.reasoning.trim() !== '') {
    parts.push(`<details>\n<summary>Reasoning</summary>\n\n${node.reasoning}\n\n</details>`);
  }
  if (text !== '') parts.push(text);
  parts.push(...toolCallBlocks(node));
  return parts.join('\n\n');
}

/**
 * The chat's current branch as Markdown. `texts` holds the whole text of nodes kept in pieces (by node
 * id); any other node's text is its content.
 */
export function chatToMarkdown(conv: Conversation, texts: ReadonlyMap<string, string> = new Map()): string {
  const blocks = [`# ${oneLine(conv.title) || 'Untitled'}`];
  if (conv.system_prompt !== undefined && conv.system_prompt.trim() !== '') {
    blocks.push(`## System prompt\n\n${conv.system_prompt}`);
  }
  for (const node of activePath(conv)) blocks.push(messageBlock(node, texts.get(node.id) ?? node.content));
  return `${blocks.join('\n\n')}\n`;
}

const UNSAFE_FILE_CHARS = '/\\:*?"<>|';
const FILE_NAME_MAX = 100;

function safeFileChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || UNSAFE_FILE_CHARS.includes(char) ? ' ' : char;
}

/** `<title>.md`, with the characters file systems refuse replaced; "chat.md" for an untitled chat. */
export function markdownFileName(title: string): string {
  const cleaned = oneLine(Array.from(title, safeFileChar).join('')).replace(/^\.+/, '');
  const base = Array.from(cleaned).slice(0, FILE_NAME_MAX).join('').trim();
  return `${base || 'chat'}.md`;
}
