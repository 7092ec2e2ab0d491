// German: diagnosis texts (page rules checked before a request). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis3: Translations = {
  'The server URL must start with {http} or {https}': 'Die Server-URL muss mit {http} oder {https} beginnen',
  'Browsers refuse URLs that contain a user name or password':
    'Browser lehnen URLs ab, die einen Benutzernamen oder ein Passwort enthalten',
  'Local network access permission for this site: {state}':
    'Berechtigung für den lokalen Netzwerkzugriff für diese Website: {state}',
  '{host} is where a server listens, not an address to call':
    '{host} ist die Adresse, auf der ein Server lauscht, keine Adresse zum Aufrufen',
  'Safari blocks this https page from calling plain-http {host}':
    'Safari hindert diese https-Seite daran, {host} über einfaches http aufzurufen',
  'Safari treats {url} as mixed content; Chrome and Firefox do not':
    'Safari behandelt {url} als Mixed Content, Chrome und Firefox nicht',
  'Plain-http {host} may be blocked unless you allow local network access':
    'Einfaches http zu {host} wird womöglich blockiert, wenn Sie den Zugriff aufs lokale Netzwerk nicht erlauben',
  "This https page can't call plain-http {host}": 'Diese https-Seite kann {host} nicht über einfaches http aufrufen',
  'Browsers block {scheme} requests from https pages unless the target is {localhost} or {loopback}':
    'Browser blockieren {scheme}-Anfragen von https-Seiten, außer das Ziel ist {localhost} oder {loopback}',
  'Chrome blocks this http page from reaching your computer':
    'Chrome hindert diese http-Seite daran, Ihren Computer zu erreichen',
  'Chrome blocks this http page from reaching your local network':
    'Chrome hindert diese http-Seite daran, Ihr lokales Netzwerk zu erreichen',
  'Only secure (https) pages may ask for local network access; others are refused silently':
    'Nur sichere (https-)Seiten dürfen Zugriff aufs lokale Netzwerk anfragen; andere werden stillschweigend abgewiesen',
  'Local network access is blocked for this site': 'Der Zugriff aufs lokale Netzwerk ist für diese Website blockiert',
  'The browser will ask to allow local network access':
    'Der Browser wird fragen, ob der Zugriff aufs lokale Netzwerk erlaubt werden soll',
};
