// Spanish: diagnosis texts (HTTP errors, answers in the wrong format, and their fixes). Machine-assisted:
// corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis6: Translations = {
  '{method} {url} answered HTTP {status}': '{method} {url} respondió HTTP {status}',
  '{method} {url} was not sent: this connection has no API key and the server needs one':
    '{method} {url} no se envió: esta conexión no tiene clave de API y el servidor necesita una',
  'This connection needs an API key': 'Esta conexión necesita una clave de API',
  '{method} {url} was not sent: it is not a full {http} or {https} address without a user name or password':
    '{method} {url} no se envió: no es una dirección {http} o {https} completa sin nombre de usuario ni contraseña',
  'This is not a valid server URL': 'Esta no es una URL de servidor válida',
  '{method} {url} was answered with a redirect to another address':
    '{method} {url} recibió como respuesta una redirección a otra dirección',
  'The request carried an API key, so the redirect was not followed: nothing was sent to the other address':
    'La solicitud llevaba una clave de API, así que no se siguió la redirección: no se envió nada a la otra dirección',
  'The server redirects this request elsewhere': 'El servidor redirige esta solicitud a otro lugar',
  '{method} {url} answered HTTP {status}, then reported an error in the middle of the answer':
    '{method} {url} respondió HTTP {status} y luego informó de un error a mitad de la respuesta',
  '{method} {url} answered HTTP {status}, then reported an error in its body':
    '{method} {url} respondió HTTP {status} y luego informó de un error en su cuerpo',
  'The server said: "{message}"': 'El servidor dijo: «{message}»',
  'The answer carried no error message': 'La respuesta no incluía ningún mensaje de error',
  'The request carried an API key': 'La solicitud llevaba una clave de API',
  'The request carried no API key': 'La solicitud no llevaba clave de API',
  'The server wants a valid API key': 'El servidor pide una clave de API válida',
  'The server refused access (403)': 'El servidor denegó el acceso (403)',
  'The account is out of credit or quota': 'La cuenta se ha quedado sin crédito o cuota',
  'Too many requests: the server is rate limiting': 'Demasiadas solicitudes: el servidor está limitando la frecuencia',
  'The server has no model "{model}"': 'El servidor no tiene ningún modelo «{model}»',
  'The server does not know this model': 'El servidor no conoce este modelo',
  'The request URL contains {path}': 'La URL de la solicitud contiene {path}',
  'The 404 answer is an HTML page': 'La respuesta 404 es una página HTML',
  'The URL has {path} twice': 'La URL contiene {path} dos veces',
  'Nothing at this path on the server (HTTP {status})': 'No hay nada en esta ruta del servidor (HTTP {status})',
  'The server rejected the host name in the URL': 'El servidor rechazó el nombre de host de la URL',
  'The model is still loading': 'El modelo aún se está cargando',
  'The request is too large for the server': 'La solicitud es demasiado grande para el servidor',
  'The server rejected the request': 'El servidor rechazó la solicitud',
  'The server reported an error': 'El servidor informó de un error',
  "Read the server's message": 'Leer el mensaje del servidor',
  "The message above says what went wrong. Check the server's log, then retry.":
    'El mensaje de arriba dice qué salió mal. Revise el registro del servidor y vuelva a intentarlo.',
  "It gave no details. Check the server's log, then retry.":
    'No dio detalles. Revise el registro del servidor y vuelva a intentarlo.',
  'The server failed (HTTP {status})': 'El servidor falló (HTTP {status})',
  'The server answered HTTP {status}': 'El servidor respondió HTTP {status}',
  'This status is unusual for an LLM API; the message above says more.':
    'Este estado es poco habitual en una API de LLM; el mensaje de arriba da más detalles.',
  'This server is {server}: use {server} mode': 'Este servidor es {server}: use el modo {server}',
  '{method} {url} answered HTTP {status}, but not in the expected format':
    '{method} {url} respondió HTTP {status}, pero no en el formato esperado',
  '{method} {url} answered, but not in the expected format': '{method} {url} respondió, pero no en el formato esperado',
  'The answer is an HTML page': 'La respuesta es una página HTML',
  'This URL is a web page, not the API': 'Esta URL es una página web, no la API',
  'The body is an {server} model list ({shape})': 'El cuerpo es una lista de modelos de {server} ({shape})',
  "The body is in {server}'s native format": 'El cuerpo está en el formato nativo de {server}',
  'The server speaks the {server} API, but this connection uses {mode} mode':
    'El servidor habla la API de {server}, pero esta conexión usa el modo {mode}',
  "The body is in {server}'s format": 'El cuerpo está en el formato de {server}',
  'The body was empty': 'El cuerpo estaba vacío',
  'The body looks like {shape}': 'El cuerpo parece {shape}',
  'The server answered in an unexpected format': 'El servidor respondió en un formato inesperado',
};
