// Spanish: diagnosis texts (page rules checked before a request). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis3: Translations = {
  'The server URL must start with {http} or {https}': 'La URL del servidor debe empezar por {http} o {https}',
  'Browsers refuse URLs that contain a user name or password':
    'Los navegadores rechazan las URL que contienen un nombre de usuario o una contraseña',
  'Local network access permission for this site: {state}': 'Permiso de acceso a la red local para este sitio: {state}',
  '{host} is where a server listens, not an address to call':
    '{host} es donde escucha un servidor, no una dirección a la que llamar',
  'Safari blocks this https page from calling plain-http {host}':
    'Safari impide que esta página https llame a {host} por http simple',
  'Safari treats {url} as mixed content; Chrome and Firefox do not':
    'Safari trata {url} como contenido mixto; Chrome y Firefox no',
  'Plain-http {host} may be blocked unless you allow local network access':
    '{host} por http simple puede bloquearse si no permite el acceso a la red local',
  "This https page can't call plain-http {host}": 'Esta página https no puede llamar a {host} por http simple',
  'Browsers block {scheme} requests from https pages unless the target is {localhost} or {loopback}':
    'Los navegadores bloquean las solicitudes {scheme} desde páginas https salvo que el destino sea {localhost} o {loopback}',
  'Chrome blocks this http page from reaching your computer':
    'Chrome impide que esta página http llegue a su ordenador',
  'Chrome blocks this http page from reaching your local network':
    'Chrome impide que esta página http llegue a su red local',
  'Only secure (https) pages may ask for local network access; others are refused silently':
    'Solo las páginas seguras (https) pueden pedir acceso a la red local; las demás se rechazan en silencio',
  'Local network access is blocked for this site': 'El acceso a la red local está bloqueado para este sitio',
  'The browser will ask to allow local network access': 'El navegador pedirá permitir el acceso a la red local',
};
