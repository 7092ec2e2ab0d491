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
  // fixes/capabilities.ts, classify-capability.ts, capability-texts.ts
  'Speaches (faster-whisper), LocalAI or vLLM with a Whisper model':
    'Speaches (faster-whisper), LocalAI o vLLM con un modelo Whisper',
  'Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI': 'Speaches (Piper o Kokoro), Kokoro-FastAPI o LocalAI',
  'Ollama, LM Studio, llama.cpp started with {flag}, vLLM with an embedding model, or LocalAI':
    'Ollama, LM Studio, llama.cpp iniciado con {flag}, vLLM con un modelo de embeddings, o LocalAI',
  'Run Speaches (speech to text and text to speech) on port {port}':
    'Ejecutar Speaches (voz a texto y texto a voz) en el puerto {port}',
  'Run Kokoro-FastAPI (text to speech) on port {port}': 'Ejecutar Kokoro-FastAPI (texto a voz) en el puerto {port}',
  'Or pull an embedding model into Ollama': 'O descargue un modelo de embeddings en Ollama',
  'Install a model for embeddings in LocalAI': 'Instale un modelo de embeddings en LocalAI',
  'Install a model for text to speech in LocalAI': 'Instale un modelo de texto a voz en LocalAI',
  'Install a model for speech to text in LocalAI': 'Instale un modelo de voz a texto en LocalAI',
  'Start llama-server with {flag}': 'Inicie llama-server con {flag}',
  'llama-server answers {path} only when started with {flag} (and an embedding model works best).':
    'llama-server solo responde a {path} si se inicia con {flag} (y funciona mejor con un modelo de embeddings).',
  'Start it with': 'Inícielo con',
  'Update Ollama': 'Actualice Ollama',
  'Ollama before {version} has no {path} (nor {other}). Update it, then pull an embedding model.':
    'Ollama anterior a {version} no tiene {path} (ni {other}). Actualícelo y después descargue un modelo de embeddings.',
  Then: 'Después',
  'Serve an embedding model with vLLM': 'Sirva un modelo de embeddings con vLLM',
  'Serve a Whisper model with vLLM': 'Sirva un modelo Whisper con vLLM',
  'vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.':
    'vLLM ofrece este endpoint solo para un modelo que hace ese trabajo; un vLLM sirve un solo modelo, así que ejecute un segundo en otro puerto y añádalo como conexión propia.',
  'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).':
    'LocalAI tiene este endpoint, pero responde 404 hasta que se instala un modelo con un backend para ello (desde su galería).',
  'Check the base URL ends in {path}': 'Compruebe que la URL base termina en {path}',
  '{server} serves this under {path} (e.g. {url}).': '{server} sirve esto bajo {path} (p. ej. {url}).',
  'Use a server that does embeddings': 'Use un servidor que haga embeddings',
  'Use a server that does text to speech': 'Use un servidor que haga texto a voz',
  'Use a server that does speech to text': 'Use un servidor que haga voz a texto',
  '{server} has no {path}. Servers that have it: {servers}. Run one beside your chat server and add it as its own connection ({where}; its kind sets what it does).':
    '{server} no tiene {path}. Servidores que lo tienen: {servers}. Ejecute uno junto a su servidor de chat y añádalo como conexión propia ({where}; su tipo define lo que hace).',
  'This server': 'Este servidor',
  'Pick an embedding model': 'Elija un modelo de embeddings',
  "Choose a model that does embeddings. {where} shows each model's kind; a chat model cannot do this work.":
    'Elija un modelo que haga embeddings. {where} muestra el tipo de cada modelo; un modelo de chat no puede hacer este trabajo.',
  'Pick a text-to-speech model': 'Elija un modelo de texto a voz',
  "Choose a model that does text to speech. {where} shows each model's kind; a chat model cannot do this work.":
    'Elija un modelo que haga texto a voz. {where} muestra el tipo de cada modelo; un modelo de chat no puede hacer este trabajo.',
  'Pick a speech-to-text (Whisper) model': 'Elija un modelo de voz a texto (Whisper)',
  "Choose a model that does speech to text. {where} shows each model's kind; a chat model cannot do this work.":
    'Elija un modelo que haga voz a texto. {where} muestra el tipo de cada modelo; un modelo de chat no puede hacer este trabajo.',
  'Record a shorter piece, or send a smaller file': 'Grabe un fragmento más corto o envíe un archivo más pequeño',
  'Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.':
    'Divida las grabaciones largas o convierta el audio a un formato comprimido (Opus, MP3) antes de enviarlo.',
  "Raise the server's upload limit": 'Aumente el límite de subida del servidor',
  'Servers behind a reverse proxy (nginx: {option}) refuse large uploads before the server sees them; raise the limit there or on the server.':
    'Los servidores detrás de un proxy inverso (nginx: {option}) rechazan las subidas grandes antes de que el servidor las vea; aumente el límite allí o en el servidor.',
  '{method} {url} answered HTTP {status}': '{method} {url} respondió HTTP {status}',
  'The server said: "{message}"': 'El servidor dijo: «{message}»',
  'This server has embeddings turned off': 'Este servidor tiene los embeddings desactivados',
  "The upload's {header} ({type}) needs no preflight, but {names} does (it carries the API key)":
    'El {header} de la subida ({type}) no necesita preflight, pero {names} sí (lleva la clave de API)',
  "The upload's {header} ({type}) needs no preflight, but {names} does":
    'El {header} de la subida ({type}) no necesita preflight, pero {names} sí',
  "The server rejects the preflight for the upload's {names} header":
    'El servidor rechaza el preflight para la cabecera {names} de la subida',
  'The upload carried only headers that need no preflight ({type}), so the answer itself lacks permission for this page':
    'La subida solo llevaba cabeceras que no necesitan preflight ({type}), así que es la propia respuesta la que no tiene permiso para esta página',
  'This request needs a preflight ({method}) for its {names} headers': {
    one: 'Esta petición necesita un preflight ({method}) por su cabecera {names}',
    other: 'Esta petición necesita un preflight ({method}) por sus cabeceras {names}',
  },
  'Check that the server has {path}': 'Compruebe que el servidor tiene {path}',
  'A server without {path} may answer 404 without CORS headers, which the browser reports the same way. {advice}':
    'Un servidor sin {path} puede responder 404 sin cabeceras CORS, y el navegador lo informa igual. {advice}',
  'This model does no embeddings; pick an embedding model':
    'Este modelo no hace embeddings; elija un modelo de embeddings',
  '{model} is a chat model; pick an embedding model': '{model} es un modelo de chat; elija un modelo de embeddings',
  '{model} is a speech-to-text model; pick an embedding model':
    '{model} es un modelo de voz a texto; elija un modelo de embeddings',
  '{model} is a text-to-speech model; pick an embedding model':
    '{model} es un modelo de texto a voz; elija un modelo de embeddings',
  '{model} does no embeddings here; pick an embedding model':
    '{model} no hace embeddings aquí; elija un modelo de embeddings',
  'This model does no text to speech; pick a text-to-speech model':
    'Este modelo no hace texto a voz; elija un modelo de texto a voz',
  '{model} is a chat model; pick a text-to-speech model':
    '{model} es un modelo de chat; elija un modelo de texto a voz',
  '{model} is a speech-to-text model; pick a text-to-speech model':
    '{model} es un modelo de voz a texto; elija un modelo de texto a voz',
  '{model} is an embedding model; pick a text-to-speech model':
    '{model} es un modelo de embeddings; elija un modelo de texto a voz',
  '{model} does no text to speech here; pick a text-to-speech model':
    '{model} no hace texto a voz aquí; elija un modelo de texto a voz',
  'This model does no speech to text; pick a speech-to-text model':
    'Este modelo no hace voz a texto; elija un modelo de voz a texto',
  '{model} is a chat model; pick a speech-to-text model':
    '{model} es un modelo de chat; elija un modelo de voz a texto',
  '{model} is a text-to-speech model; pick a speech-to-text model':
    '{model} es un modelo de texto a voz; elija un modelo de voz a texto',
  '{model} is an embedding model; pick a speech-to-text model':
    '{model} es un modelo de embeddings; elija un modelo de voz a texto',
  '{model} does no speech to text here; pick a speech-to-text model':
    '{model} no hace voz a texto aquí; elija un modelo de voz a texto',
  '{server} does not do embeddings (no {path})': '{server} no hace embeddings (no tiene {path})',
  '{server} does not do text to speech (no {path})': '{server} no hace texto a voz (no tiene {path})',
  '{server} does not do speech to text (no {path})': '{server} no hace voz a texto (no tiene {path})',
  'Servers that do embeddings answer at {path}': 'Los servidores que hacen embeddings responden en {path}',
  'Servers that do text to speech answer at {path}': 'Los servidores que hacen texto a voz responden en {path}',
  'Servers that do speech to text answer at {path}': 'Los servidores que hacen voz a texto responden en {path}',
  'The file is {size}; the server takes at most {limit}':
    'El archivo ocupa {size}; el servidor acepta como máximo {limit}',
  'The file is {size}; the server takes at most {limit}: record shorter or raise its limit':
    'El archivo ocupa {size}; el servidor acepta como máximo {limit}: grabe algo más corto o aumente su límite',
  'The file is {size}': 'El archivo ocupa {size}',
  'The file is {size}: record shorter or raise its limit':
    'El archivo ocupa {size}: grabe algo más corto o aumente su límite',
  'The file is too large for the server; the server takes at most {limit}':
    'El archivo es demasiado grande para el servidor; el servidor acepta como máximo {limit}',
  'The file is too large for the server; the server takes at most {limit}: record shorter or raise its limit':
    'El archivo es demasiado grande para el servidor; el servidor acepta como máximo {limit}: grabe algo más corto o aumente su límite',
  'The file is too large for the server': 'El archivo es demasiado grande para el servidor',
  'The file is too large for the server: record shorter or raise its limit':
    'El archivo es demasiado grande para el servidor: grabe algo más corto o aumente su límite',
  // fixes/vision.ts, classify-vision.ts
  'Download a vision model into Ollama': 'Descargue un modelo de visión en Ollama',
  'Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.':
    'Modelos como gemma3, qwen2.5vl o llava aceptan imágenes. Descargue uno y luego elíjalo para este chat.',
  'Download a vision model': 'Descargar un modelo de visión',
  'Start llama-server with the vision projector': 'Inicie llama-server con el proyector de visión',
  'llama-server reads images only when the model comes with its multimodal projector: add {option} (or load the model with {hf}, which fetches it).':
    'llama-server solo lee imágenes cuando el modelo viene con su proyector multimodal: añada {option} (o cargue el modelo con {hf}, que lo descarga).',
  'Serve a multimodal model': 'Sirva un modelo multimodal',
  'vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).':
    'vLLM solo acepta imágenes con un modelo hecho para ellas (por ejemplo, un modelo Qwen2.5-VL o Gemma 3).',
  'Load a vision model in LM Studio': 'Cargue un modelo de visión en LM Studio',
  'Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).':
    'Los modelos marcados como «Vision» en LM Studio aceptan imágenes (por ejemplo, Gemma 3 o Qwen2.5-VL).',
  '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      one: '«{model}» no acepta imágenes. Este servidor también lista {models} y {count} más, que sí pueden: elija uno en el selector de modelos y envíe de nuevo.',
      other:
        '«{model}» no acepta imágenes. Este servidor también lista {models} y {count} más, que sí pueden: elija uno en el selector de modelos y envíe de nuevo.',
    },
  'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      one: 'Este modelo no acepta imágenes. Este servidor también lista {models} y {count} más, que sí pueden: elija uno en el selector de modelos y envíe de nuevo.',
      other:
        'Este modelo no acepta imágenes. Este servidor también lista {models} y {count} más, que sí pueden: elija uno en el selector de modelos y envíe de nuevo.',
    },
  '"{model}" does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    '«{model}» no acepta imágenes. Este servidor también lista {models}, que sí pueden: elija uno en el selector de modelos y envíe de nuevo.',
  'This model does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    'Este modelo no acepta imágenes. Este servidor también lista {models}, que sí pueden: elija uno en el selector de modelos y envíe de nuevo.',
  'Use "{model}" or another model that can see': 'Use «{model}» u otro modelo que pueda ver',
  'Use a model that can see images': 'Use un modelo que pueda ver imágenes',
  '"{model}" does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    '«{model}» no acepta imágenes, y {server} no lista ningún modelo que se sepa que las acepte. Cargue un modelo de visión (los nombres suelen incluir vision, VL o llava) y luego elíjalo.',
  'This model does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    'Este modelo no acepta imágenes, y {server} no lista ningún modelo que se sepa que las acepte. Cargue un modelo de visión (los nombres suelen incluir vision, VL o llava) y luego elíjalo.',
  'Or send the message without the image': 'O envíe el mensaje sin la imagen',
  '"{model}" can still answer the text: edit the message and remove the image.':
    '«{model}» aún puede responder al texto: edite el mensaje y quite la imagen.',
  'This model can still answer the text: edit the message and remove the image.':
    'Este modelo aún puede responder al texto: edite el mensaje y quite la imagen.',
  'The model cannot see images: {model}': 'El modelo no puede ver imágenes: {model}',
  'The model cannot see images': 'El modelo no puede ver imágenes',
  'The request carried an image, and the error is about image input':
    'La petición llevaba una imagen, y el error trata sobre la entrada de imágenes',
  'The server also lists models that take images: {models}':
    'El servidor también lista modelos que aceptan imágenes: {models}',
  'No other model on this server is known to take images (checked {count} listed models besides "{model}")': {
    one: 'No se sabe de ningún otro modelo de este servidor que acepte imágenes (se comprobó {count} modelo listado además de «{model}»)',
    other:
      'No se sabe de ningún otro modelo de este servidor que acepte imágenes (se comprobaron {count} modelos listados además de «{model}»)',
  },
  'No other model on this server is known to take images (checked {count} listed models besides the model)': {
    one: 'No se sabe de ningún otro modelo de este servidor que acepte imágenes (se comprobó {count} modelo listado además del modelo)',
    other:
      'No se sabe de ningún otro modelo de este servidor que acepte imágenes (se comprobaron {count} modelos listados además del modelo)',
  },
  // install-guides.ts
  'Install {server}': 'Instale {server}',
  'macOS: download the app from {site}, or with Homebrew': 'macOS: descargue la app desde {site}, o con Homebrew',
  'Linux: the official install script': 'Linux: el script de instalación oficial',
  'Windows: the installer from {site}, or with winget': 'Windows: el instalador de {site}, o con winget',
  'Download a small model': 'Descargue un modelo pequeño',
  'The app starts the server itself; without the app, run "{command}" in another terminal first.':
    'La app inicia el servidor por sí misma; sin la app, ejecute primero «{command}» en otra terminal.',
  'A small model (about {size} GB)': 'Un modelo pequeño (unos {size} GB)',
  'Allow this page ({origin})': 'Permita esta página ({origin})',
  'Nothing to do: Ollama allows pages on {localhost} and {loopback} by default.':
    'Nada que hacer: Ollama permite por defecto las páginas en {localhost} y {loopback}.',
  'Set {variable} to {origin} exactly (no trailing slash), then restart Ollama.':
    'Ponga {variable} exactamente en {origin} (sin barra final) y reinicie Ollama.',
  'Started by hand instead: stop it, then': 'Si lo inició a mano: deténgalo y luego',
  'Download it from {site} (macOS, Windows, Linux), open it and download a model from its Discover tab.':
    'Descárguelo desde {site} (macOS, Windows, Linux), ábralo y descargue un modelo desde su pestaña Discover.',
  'Start the server and allow this page ({origin})': 'Inicie el servidor y permita esta página ({origin})',
  'Developer tab → Server Settings → turn on "Enable CORS", then start the server; without it the browser keeps its answers from this page. From a terminal:':
    'Pestaña Developer → Server Settings → active «Enable CORS» y luego inicie el servidor; sin ello el navegador oculta sus respuestas a esta página. Desde una terminal:',
  'Start the server with CORS on': 'Iniciar el servidor con CORS activado',
  'macOS: with Homebrew': 'macOS: con Homebrew',
  'Linux: with Homebrew, or a release build from its GitHub page':
    'Linux: con Homebrew, o una versión publicada desde su página de GitHub',
  'Windows: with winget': 'Windows: con winget',
  'Start llama-server with a small model, allowing this page ({origin})':
    'Inicie llama-server con un modelo pequeño, permitiendo esta página ({origin})',
  'It downloads the model on first start. llama-server answers every page by default; {option} keeps this page allowed when tools or agents are turned on.':
    'Descarga el modelo en el primer inicio. llama-server responde a todas las páginas por defecto; {option} mantiene esta página permitida cuando se activan herramientas o agentes.',
  'Start the server on port {port}': 'Iniciar el servidor en el puerto {port}',
  // checklist-steps.ts, checklist.ts
  '"{title}" does not apply: {fact}, so the browser does not treat this page as public':
    '«{title}» no aplica: {fact}, así que el navegador no trata esta página como pública',
  '{url} listed no models': '{url} no listó ningún modelo',
  '{server} has no models to offer': '{server} no tiene modelos que ofrecer',
  'a non-error value': 'un valor que no es un error',
  'no diagnosis given': 'no se dio ningún diagnóstico',
};
