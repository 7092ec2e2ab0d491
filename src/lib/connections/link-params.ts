// Reads the query of a deep link (#/connect?…, #/chat?…) into named values, strictly: every value is
// bounded, read once, percent-decoded without guessing, and free of control characters. Parameters that
// look like a secret are dropped and named, so the caller can say keys are never taken from a link.
import { tr } from '../i18n/active-language.ts';

/** The longest value one parameter may carry. */
export const MAX_PARAM_CHARS = 2000;
/** The longest whole address fragment (the part after #) a link may have. */
export const MAX_LINK_CHARS = 8 * 1024;

export type LinkParams = { ok: true; values: Map<string, string>; secrets: string[] } | { ok: false; error: string };

/** A parameter name that may carry a credential: never read, whatever its value. */
export function isSecretName(name: string): boolean {
  return /key|token|secret|pass|auth|bearer|cred|session|cookie/i.test(name);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above, newline and tab allowed
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The values of `query` (without the leading ?) for the `known` names. Refused: an unknown or repeated
 * name, malformed percent-encoding, a value over MAX_PARAM_CHARS, or control characters (newlines and
 * tabs only where `multiline` names the parameter).
 */
export function readLinkParams(query: string, known: readonly string[], multiline: readonly string[] = []): LinkParams {
  const values = new Map<string, string>();
  const secrets: string[] = [];
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = decode(at < 0 ? pair : pair.slice(0, at));
    const value = decode(at < 0 ? '' : pair.slice(at + 1));
    if (name === undefined || value === undefined) {
      return { ok: false, error: tr('The link is not valid percent-encoding.') };
    }
    if (isSecretName(name)) {
      secrets.push(name.slice(0, 40));
      continue;
    }
    const shown = JSON.stringify(name.slice(0, 40));
    if (!known.includes(name)) {
      return { ok: false, error: tr('The link has a parameter this app does not know: {param}.', { param: shown }) };
    }
    if (values.has(name)) return { ok: false, error: tr('The link gives {param} more than once.', { param: shown }) };
    if (value.length > MAX_PARAM_CHARS) {
      return {
        ok: false,
        error: tr("The link's {param} is longer than {max} characters.", {
          param: shown,
          max: String(MAX_PARAM_CHARS),
        }),
      };
    }
    const control = multiline.includes(name) ? CONTROL_BUT_LINES : CONTROL;
    if (control.test(value))
      return { ok: false, error: tr("The link's {param} holds control characters.", { param: shown }) };
    values.set(name, value);
  }
  return { ok: true, values, secrets };
}
