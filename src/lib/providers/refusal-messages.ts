// The sentences of the two refusals made before a request is sent or followed: a base URL that must not
// be fetched, and a redirect that would carry the API key elsewhere. One whole sentence per case.
import { tr } from '../i18n/active-language.ts';

/** Why a URL cannot be sent: see `requestUrlProblem` in http.ts. */
export type UrlProblem = 'not-absolute' | 'scheme' | 'credentials';

const SCHEMES = { http: 'http://', https: 'https://' };

export function urlProblemMessage(problem: UrlProblem): string {
  if (problem === 'not-absolute') {
    return tr(
      "The server URL is not a full {http} or {https} address; the request was not sent. Edit the connection's base URL",
      SCHEMES,
    );
  }
  if (problem === 'scheme') {
    return tr(
      "Only {http} and {https} server URLs work; the request was not sent. Edit the connection's base URL",
      SCHEMES,
    );
  }
  return tr(
    'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field',
  );
}

export function redirectMessage(status: string | undefined, location: string | undefined): string {
  if (status && location) {
    return tr(
      'The server answered with a redirect ({status} to {location}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to',
      { status, location },
    );
  }
  if (status) {
    return tr(
      'The server answered with a redirect ({status}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to',
      { status },
    );
  }
  if (location) {
    return tr(
      'The server answered with a redirect to {location}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to',
      { location },
    );
  }
  return tr(
    'The server answered with a redirect; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to',
  );
}
