// Addresses shown as the browser will reach them, and a warning for host names that can imitate another.
// A Cyrillic "е" in "еxample.com" looks Latin on screen; the URL parser turns the name into punycode
// (xn--…), which is what is stored, shown and fetched, so two look-alike hosts never read the same.
import { tr } from '../i18n/active-language.ts';
import { parseAddress as parse } from './normalize-base-url.ts';
import { visibleName } from './visible-name.ts';

export interface LookalikeHost {
  kind: 'mixed-script' | 'punycode';
  /** the host as the browser reaches it */
  host: string;
  message: string;
}

/** The address as the URL parser gives it (punycode host), without user name, password, query or fragment. */
export function shownAddress(text: string): string {
  const url = parse(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return visibleName(text);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** The host part of the text as typed, before the URL parser turns it into punycode. */
function typedHost(text: string): string {
  const afterScheme = text.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const authority = afterScheme.split(/[/?#\\]/)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host.startsWith('[') ? host : host.replace(/:\d*$/, '');
}

/**
 * The rule: a host is flagged when one of its labels, as typed, mixes Latin letters with Cyrillic or Greek
 * ones ('mixed-script'), or else when one of its labels, as the URL parser gives it, starts with `xn--`
 * ('punycode': every name with letters outside ASCII, whole-script look-alikes included, and a stored
 * address whose mixing is hidden inside the punycode). Text that is no http(s) address is not flagged.
 */
export function lookalikeHost(text: string): LookalikeHost | undefined {
  const url = parse(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  const host = url.hostname;
  const mixed = typedHost(text)
    .split('.')
    .some((label) => LATIN.test(label) && CYRILLIC_OR_GREEK.test(label));
  if (mixed) {
    return {
      kind: 'mixed-script',
      host,
      message: tr(
        'The host name mixes Latin with Cyrillic or Greek letters, so it can imitate another name; the browser reaches it as {host}.',
        { host },
      ),
    };
  }
  if (host.split('.').some((label) => label.toLowerCase().startsWith('xn--'))) {
    return {
      kind: 'punycode',
      host,
      message: tr(
        'The host name has letters outside plain ASCII and can imitate another name; the browser reaches it as {host}.',
        { host },
      ),
    };
  }
  return undefined;
}
