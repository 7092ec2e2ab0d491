// French: diagnosis texts (page rules checked before a request). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis3: Translations = {
  'The server URL must start with {http} or {https}': 'L’URL du serveur doit commencer par {http} ou {https}',
  'Browsers refuse URLs that contain a user name or password':
    'Les navigateurs refusent les URL qui contiennent un nom d’utilisateur ou un mot de passe',
  'Local network access permission for this site: {state}':
    'Autorisation d’accès au réseau local pour ce site : {state}',
  '{host} is where a server listens, not an address to call':
    '{host} est l’adresse d’écoute d’un serveur, pas une adresse à appeler',
  'Safari blocks this https page from calling plain-http {host}':
    'Safari empêche cette page https d’appeler {host} en http simple',
  'Safari treats {url} as mixed content; Chrome and Firefox do not':
    'Safari traite {url} comme du contenu mixte ; Chrome et Firefox non',
  'Plain-http {host} may be blocked unless you allow local network access':
    '{host} en http simple peut être bloqué si vous n’autorisez pas l’accès au réseau local',
  "This https page can't call plain-http {host}": 'Cette page https ne peut pas appeler {host} en http simple',
  'Browsers block {scheme} requests from https pages unless the target is {localhost} or {loopback}':
    'Les navigateurs bloquent les requêtes {scheme} depuis les pages https, sauf si la cible est {localhost} ou {loopback}',
  'Chrome blocks this http page from reaching your computer':
    'Chrome empêche cette page http d’atteindre votre ordinateur',
  'Chrome blocks this http page from reaching your local network':
    'Chrome empêche cette page http d’atteindre votre réseau local',
  'Only secure (https) pages may ask for local network access; others are refused silently':
    'Seules les pages sécurisées (https) peuvent demander l’accès au réseau local ; les autres sont refusées sans rien dire',
  'Local network access is blocked for this site': 'L’accès au réseau local est bloqué pour ce site',
  'The browser will ask to allow local network access': 'Le navigateur demandera d’autoriser l’accès au réseau local',
};
