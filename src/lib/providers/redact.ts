// Redaction for anything we record about a request: key-like headers and key-like URL query parameters.
// Keeps the auth scheme word ("Bearer") for debugging, never any character of the secret. The one list
// of secret header names: exports, "Copy as curl" and the diagnosis ask isSecretHeader too.

/** The usual credential headers, and any header named like a token, secret or key (x-api-key, x-goog-api-key…). */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie)$|token|secret|key/i;
const SECRET_QUERY = new Set(['key', 'api_key', 'apikey', 'api-key', 'token', 'access_token']);

export const REDACTED = '[redacted]';

/** Whether a header of this name (any case) carries a credential. */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** Whether any header carries a credential (an API key): such requests never follow redirects. */
export function carriesSecret(headers: Readonly<Record<string, string>>): boolean {
  return Object.keys(headers).some(isSecretHeader);
}

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = isSecretHeader(name) ? redactValue(value) : value;
  }
  return out;
}

function redactValue(value: string): string {
  const scheme = /^(Bearer|Basic|Token)\s/i.exec(value.trim());
  return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY.has(name.toLowerCase())) {
      parsed.searchParams.set(name, REDACTED);
      changed = true;
    }
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = '';
    parsed.password = '';
    changed = true;
  }
  return changed ? parsed.toString() : url;
}
