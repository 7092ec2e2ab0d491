// Which storage failure is this, and what should the user be told? Pure: takes whatever IndexedDB
// (through idb-keyval) threw and gives a kind, a one-line "what happened" and a "what to do".
// Branches on DOMException names (standard across browsers), never on message wording. The texts are written
// in the active language when the error is classified.
import { tr } from '../i18n/active-language.ts';

export type StorageProblemKind = 'quota' | 'unavailable' | 'blocked' | 'newer-version' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** what happened, one sentence */
  what: string;
  /** what the user can do, one or two sentences */
  advice: string;
  /** the browser's own error name and message, for bug reports (never shown as HTML) */
  detail: string;
}

/** Thrown by repositories when a stored record comes from a newer Switchboard. */
export const NEWER_VERSION_ERROR = 'NewerVersionError';

function nameOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string') {
    return (error as { name: string }).name;
  }
  return '';
}

function messageOf(error: unknown): string {
  if (
    error instanceof Error ||
    (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string')
  ) {
    return (error as { message: string }).message;
  }
  return typeof error === 'string' ? error : '';
}

/** The error a failed transaction carries (abort events hide the cause in `.error`). */
function causeOf(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) {
    const inner = (error as { error?: unknown; cause?: unknown }).error ?? (error as { cause?: unknown }).cause;
    if (inner !== undefined && inner !== null && nameOf(inner) !== '') return inner;
  }
  return error;
}

const UNAVAILABLE = new Set([
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
  'NotFoundError',
  'NotSupportedError',
  'NotAllowedError',
]);
const BLOCKED = new Set(['VersionError', 'BlockedError']);

export function classifyStorageError(error: unknown): StorageProblem {
  const cause = causeOf(error);
  const name = nameOf(cause);
  const message = messageOf(cause);
  const detail = [name, message].filter((s) => s !== '').join(': ') || 'no details';
  if (name === 'QuotaExceededError' || (name === 'AbortError' && /quota/i.test(message))) {
    return {
      kind: 'quota',
      what: tr('The browser has no room left to save your chats (storage quota exceeded).'),
      advice: tr(
        'Download this chat now, then free space: delete old chats, export and remove large ones, or clear other sites’ data. Switchboard keeps retrying and saves as soon as there is room.',
      ),
      detail,
    };
  }
  if (name === NEWER_VERSION_ERROR) {
    return {
      kind: 'newer-version',
      what: tr('This chat was saved by a newer version of Switchboard, so this version does not overwrite it.'),
      advice: tr('Reload the page to get the newer version, or download this chat to keep what is on screen.'),
      detail,
    };
  }
  if (BLOCKED.has(name)) {
    return {
      kind: 'blocked',
      what: tr('Another Switchboard tab is holding the database open with a different version, so saving is blocked.'),
      advice: tr(
        'Close or reload the other Switchboard tabs. Download this chat if you want to be safe; saving retries on its own.',
      ),
      detail,
    };
  }
  if (UNAVAILABLE.has(name) || name === 'ReferenceError' || (name === 'TypeError' && /indexeddb/i.test(message))) {
    return {
      kind: 'unavailable',
      what: tr(
        'This browser does not let Switchboard save anything (storage is off, e.g. a private window or blocked site data).',
      ),
      advice: tr(
        'Your chat works but lives only in this tab: download it before closing. To keep chats, allow site data for this page or use a normal window.',
      ),
      detail,
    };
  }
  return {
    kind: 'unknown',
    what: tr('Saving your chat failed.'),
    advice: tr('Download this chat to keep it. Switchboard keeps retrying.'),
    detail,
  };
}
