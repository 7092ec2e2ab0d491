// Words of the message view in the interface language: each message's name by its role, the facts line
// under an answer (numbers written the language's way), and the picker's and chat list's fixed labels.
// Called at render time, so a language switch rewrites them.
import type { MessageNode } from '../../lib/conversation/types.ts';
import type { MetaWords } from '../../lib/render/message-meta.ts';
import { i18n, t } from '../i18n.svelte.ts';

export function roleName(role: MessageNode['role']): string {
  if (role === 'user') return t('You');
  if (role === 'assistant') return t('Assistant');
  if (role === 'tool') return t('Tool result');
  return t('System');
}

/** The message's accessible name ("Assistant message"). */
export function messageName(role: MessageNode['role']): string {
  if (role === 'user') return t('You message');
  if (role === 'assistant') return t('Assistant message');
  if (role === 'tool') return t('Tool result message');
  return t('System message');
}

function fixed(digits: number): (n: number) => string {
  const format = new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (n) => format.format(n);
}

export function metaWords(): MetaWords {
  const one = fixed(1);
  const two = fixed(2);
  return {
    on: (server) => t('on {server}', { server }),
    firstTokenMs: (ms) => t('first token {ms} ms', { ms }),
    firstTokenSeconds: (s) => t('first token {seconds} s', { seconds: two(s) }),
    speed: (rate) => t('{rate} tok/s', { rate: one(rate) }),
    promptTokens: (count) => t({ one: '{count} prompt tokens', other: '{count} prompt tokens' }, { count }),
    completionTokens: (count) => t({ one: '{count} completion tokens', other: '{count} completion tokens' }, { count }),
  };
}

/** The short server status the picker shows beside a server's name (connection-status.ts: shortStatus). */
export function statusName(status: string): string {
  if (status === 'Online') return t('Online');
  if (status === 'Checking…') return t('Checking…');
  if (status === 'Disabled') return t('Disabled');
  if (status === 'Unreachable') return t('Unreachable');
  if (status === 'Failed') return t('Failed');
  return status;
}

/** The long answer's size in millions of characters, one decimal. */
export function millions(chars: number): string {
  return fixed(1)(chars / 1_000_000);
}
