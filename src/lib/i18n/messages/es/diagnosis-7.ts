// Spanish: diagnosis texts (answers that are no answer, requests beyond chat, images, install guides).
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis7: Translations = {
  // fixes/answers.ts
  'Point the connection at the API, not the web page': 'Apunte la conexión a la API, no a la página web',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).":
    '{url} devolvió una página web. Use la URL base de la API, que suele terminar en {path} (la API de {server} suele estar en el puerto {port}).',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path}.":
    '{url} devolvió una página web. Use la URL base de la API, que suele terminar en {path}.',
  'Switch this connection to {mode} mode': 'Cambie esta conexión al modo {mode}',
  'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.':
    'El servidor respondió en el formato nativo de Ollama. Use el modo «{mode}» con la URL base {url}, o mantenga el modo {other} con {v1url}.',
  'The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.':
    'El servidor respondió en el formato de OpenAI. Use el modo «{mode}» con la URL base {url}.',
  'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.':
    'El servidor en {origin} dice ser Ollama. Edite la conexión: modo «{mode}», URL base {origin}. La API nativa de Ollama funciona con todas las versiones de Ollama.',
  'Or keep {mode} mode with base URL {url}': 'O mantenga el modo {mode} con la URL base {url}',
  'Ollama serves its OpenAI-compatible API under {path}, not at this path.':
    'Ollama sirve su API compatible con OpenAI bajo {path}, no en esta ruta.',
  'Or update Ollama to keep {mode} mode': 'O actualice Ollama para mantener el modo {mode}',
  'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:':
    'Este Ollama responde 404 en {url}: las versiones antiguas de Ollama no tienen API compatible con OpenAI (o no completa), y algunos proxies solo reenvían rutas {prefix}. Compruebe su versión:',
  "Ollama's version": 'Versión de Ollama',
  'Check the API mode and base URL': 'Compruebe el modo de API y la URL base',
  'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.':
    'El servidor respondió en un formato inesperado. Asegúrese de que el modo (OpenAI u Ollama nativo) coincide con el servidor y de que la URL base apunta a su API.',
  '{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.':
    '{server} dejó de responder a mitad de la respuesta. Puede estar sobrecargado o sin memoria; revise su registro y vuelva a intentarlo.',
  'The server stopped sending': 'El servidor dejó de enviar',
  'Retry: the first request may load the model': 'Reintente: la primera petición puede estar cargando el modelo',
  '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.':
    '{server} puede estar cargando el modelo, lo que puede tardar más que el límite de tiempo. Reintente cuando haya cargado.',
  'Check the network path': 'Compruebe la ruta de red',
  'A firewall that silently drops packets also looks like this. Run "{action}" to check.':
    'Un cortafuegos que descarta paquetes en silencio también se ve así. Ejecute «{action}» para comprobarlo.',
  'Retry; check the server and any proxy': 'Reintente; compruebe el servidor y cualquier proxy',
  'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).':
    'La respuesta ya había empezado, así que no es CORS ni una URL errónea: la conexión con {server} se cortó a mitad del flujo (caída o reinicio del servidor, tiempo de espera del proxy, cambio de red).',
  'Download a model': 'Descargue un modelo',
  'Ollama has no models yet.': 'Ollama aún no tiene modelos.',
  'For example': 'Por ejemplo',
  'Load a model on the server, or type its id': 'Cargue un modelo en el servidor o escriba su id',
  '{server} listed no models. Load one on the server, or add model ids by hand in the connection.':
    '{server} no listó ningún modelo. Cargue uno en el servidor o añada ids de modelo a mano en la conexión.',
};
