// Spanish: text written below the UI — providers and conversation (errors, failures, descriptions). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore2: Translations = {
  // conversation: the chat's output settings
  'The schema is not valid JSON: {error}': 'El esquema no es JSON válido: {error}',
  'The tool definitions are not valid JSON: {error}': 'Las definiciones de herramientas no son JSON válido: {error}',
  'The schema must be a JSON object, such as {example}.': 'El esquema debe ser un objeto JSON, como {example}.',
  '{field} must be one of {types} (found {found}).': '{field} debe ser uno de {types} (encontrado: {found}).',
  '{field} must be an object.': '{field} debe ser un objeto.',
  '{field} must be a list of names.': '{field} debe ser una lista de nombres.',
  'Paste or write a JSON schema, or pick an example.': 'Pegue o escriba un esquema JSON, o elija un ejemplo.',
  '{field} may hold only letters, digits, {underscore} and {hyphen} (at most {max}).':
    '{field} solo puede contener letras, dígitos, {underscore} y {hyphen} (como máximo {max}).',
  'Tool definitions must be a JSON list: {example}.':
    'Las definiciones de herramientas deben ser una lista JSON: {example}.',
  'Tool {n} needs {field}.': 'La herramienta {n} necesita {field}.',
  'Tool {n} needs a {field} object.': 'La herramienta {n} necesita un objeto {field}.',
  'Tool {n}: {field} must be letters, digits, {underscore} or {hyphen} (at most {max}).':
    'Herramienta {n}: {field} debe tener letras, dígitos, {underscore} o {hyphen} (como máximo {max}).',
  'Tool {n}: the name {name} is used twice.': 'Herramienta {n}: el nombre {name} se usa dos veces.',
  'Tool {n}: {field} must be text.': 'Herramienta {n}: {field} debe ser texto.',
  'Tool {n}: {field} must be a JSON schema object.': 'Herramienta {n}: {field} debe ser un objeto de esquema JSON.',
  // providers: this browser's engine and models
  'This browser offers a WebGPU adapter, so the model runs on the GPU.':
    'Este navegador ofrece un adaptador WebGPU, así que el modelo se ejecuta en la GPU.',
  'No WebGPU; the page is cross-origin isolated, so WebAssembly runs on {count} threads.':
    'Sin WebGPU; la página está aislada entre orígenes, así que WebAssembly se ejecuta en {count} hilos.',
  'No WebGPU, and the page is not cross-origin isolated (its host does not send the {headers} headers), so threads are unavailable: WebAssembly runs on one thread.':
    'Sin WebGPU, y la página no está aislada entre orígenes (su host no envía las cabeceras {headers}), así que no hay hilos: WebAssembly se ejecuta en un solo hilo.',
  'No WebGPU, and this device has too few cores for threads to help: WebAssembly runs on one thread.':
    'Sin WebGPU, y este dispositivo tiene muy pocos núcleos para que los hilos ayuden: WebAssembly se ejecuta en un solo hilo.',
  'WebAssembly, several threads': 'WebAssembly, varios hilos',
  'WebAssembly, one thread': 'WebAssembly, un hilo',
  'Tiny and fast: short answers and simple rewrites, on any laptop.':
    'Diminuto y rápido: respuestas cortas y reescrituras sencillas, en cualquier portátil.',
  'Small all-rounder for quick questions and summaries.': 'Pequeño todoterreno para preguntas rápidas y resúmenes.',
  'Multilingual, follows instructions well for its size; some code.':
    'Multilingüe, sigue bien las instrucciones para su tamaño; algo de código.',
  'The most capable here: better reasoning and writing, slower on the CPU.':
    'El más capaz de aquí: mejor razonamiento y redacción, más lento en la CPU.',
  // providers: errors
  '{status} (the server sent an HTML page, not an API error)':
    '{status} (el servidor envió una página HTML, no un error de API)',
  '{status} (empty body)': '{status} (cuerpo vacío)',
  'The server reported an error without a message': 'El servidor informó de un error sin mensaje',
  'The request got no response': 'La solicitud no obtuvo respuesta',
  'The connection broke while the reply was streaming': 'La conexión se cortó mientras se transmitía la respuesta',
  'The request was cancelled': 'La solicitud se canceló',
  'No response within {duration}': 'Sin respuesta en {duration}',
  'This connection needs an API key; add one in its settings':
    'Esta conexión necesita una clave de API; añada una en su configuración',
  'No data from {host} for {duration}; the stream was stopped. The text received so far is kept.':
    'Sin datos de {host} durante {duration}; se detuvo la transmisión. Se conserva el texto recibido hasta ahora.',
  'No data from {host} for {duration} while waiting for the first token; the request was stopped.':
    'Sin datos de {host} durante {duration} mientras se esperaba el primer token; se detuvo la solicitud.',
  'The server sent a line longer than {size} without a line break; the stream was stopped. The text received so far is kept.':
    'El servidor envió una línea de más de {size} sin salto de línea; se detuvo la transmisión. Se conserva el texto recibido hasta ahora.',
  "The server's reply is larger than {size}; reading it was stopped.":
    'La respuesta del servidor supera {size}; se dejó de leer.',
  'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.':
    'El servidor respondió con una página web (HTML), no con una transmisión de chat. Puede que la URL base apunte a una interfaz web, una página de inicio de sesión o un proxy en lugar de la API.',
  'The server sent an empty reply ({status} with no content).':
    'El servidor envió una respuesta vacía ({status} sin contenido).',
  'the server': 'el servidor',
  'The embeddings reply is not a JSON object.': 'La respuesta de embeddings no es un objeto JSON.',
  'The reply has no {field} list.': 'La respuesta no tiene lista {field}.',
  'The reply has no {field} list of embeddings.': 'La respuesta no tiene lista {field} de embeddings.',
  'The reply holds {vectors} vectors for {count} texts.':
    'La respuesta contiene {vectors} vectores para {count} textos.',
  'An embedding in the reply is not a list of numbers.': 'Un embedding de la respuesta no es una lista de números.',
  'The vectors in the reply differ in length.': 'Los vectores de la respuesta tienen longitudes distintas.',
  'The model list was not JSON': 'La lista de modelos no era JSON',
  'The server sent a line that is not JSON; the stream was stopped. The text received so far is kept.':
    'El servidor envió una línea que no es JSON; se detuvo la transmisión. Se conserva el texto recibido hasta ahora.',
  'The reply was not a stream of JSON lines': 'La respuesta no era una secuencia de líneas JSON',
  'This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server':
    'Esto parece una lista de modelos al estilo de OpenAI; use el modo compatible con OpenAI para este servidor',
  'The reply is not an Ollama model list (no {field} array)':
    'La respuesta no es una lista de modelos de Ollama (sin matriz {field})',
  'The reply was not JSON': 'La respuesta no era JSON',
  'The reply was not a JSON object': 'La respuesta no era un objeto JSON',
  'The reply is not an {endpoint} result (no {field})': 'La respuesta no es un resultado de {endpoint} (sin {field})',
  'This looks like an Ollama model list ({endpoint}); use the Ollama mode for this server':
    'Esto parece una lista de modelos de Ollama ({endpoint}); use el modo Ollama para este servidor',
  'The reply is not an OpenAI-style model list (no {field} array)':
    'La respuesta no es una lista de modelos al estilo de OpenAI (sin matriz {field})',
  'The reply is not a chat completion (no {field})': 'La respuesta no es una completion de chat (sin {field})',
  'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.':
    'El servidor envió un evento que no es JSON; se detuvo la transmisión. Se conserva el texto recibido hasta ahora.',
  'The server sent an event that is not JSON': 'El servidor envió un evento que no es JSON',
  'The reply was not an event stream': 'La respuesta no era un flujo de eventos',
  "The server URL is not a full {http} or {https} address; the request was not sent. Edit the connection's base URL":
    'La URL del servidor no es una dirección {http} o {https} completa; no se envió la solicitud. Edite la URL base de la conexión',
  "Only {http} and {https} server URLs work; the request was not sent. Edit the connection's base URL":
    'Solo funcionan las URL de servidor {http} y {https}; no se envió la solicitud. Edite la URL base de la conexión',
  'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field':
    'La URL del servidor contiene un nombre de usuario o una contraseña; no se envió la solicitud. Quítelos de la URL base y use el campo Clave de API',
  'The server answered with a redirect ({status} to {location}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'El servidor respondió con una redirección ({status} a {location}); no se siguió, así que la clave de API no fue a ningún otro sitio. Ponga como URL base la dirección a la que redirige el servidor',
  'The server answered with a redirect ({status}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'El servidor respondió con una redirección ({status}); no se siguió, así que la clave de API no fue a ningún otro sitio. Ponga como URL base la dirección a la que redirige el servidor',
  'The server answered with a redirect to {location}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'El servidor respondió con una redirección a {location}; no se siguió, así que la clave de API no fue a ningún otro sitio. Ponga como URL base la dirección a la que redirige el servidor',
  'The server answered with a redirect; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'El servidor respondió con una redirección; no se siguió, así que la clave de API no fue a ningún otro sitio. Ponga como URL base la dirección a la que redirige el servidor',
  'The reply is not a transcription (no {field})': 'La respuesta no es una transcripción (sin {field})',
};
