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
  '{server} requires an API key: set one in {place} and enter the same key here.':
    '{server} requiere una clave de API: configure una en {place} e introduzca aquí la misma clave.',
  '{server} checks keys only when started with {option}; enter that key here.':
    '{server} solo comprueba claves si se inicia con {option}; introduzca esa clave aquí.',
  '{server} checks keys only when started with {option} (or {variable}); enter that key here.':
    '{server} solo comprueba claves si se inicia con {option} (o {variable}); introduzca esa clave aquí.',
  '{server} checks keys when {variables} is set; enter one of those keys here.':
    '{server} comprueba claves cuando {variables} está definida; introduzca aquí una de esas claves.',
  '{server} checks keys only when "{setting}" is on in the server settings.':
    '{server} solo comprueba claves si «{setting}» está activado en los ajustes del servidor.',
  'The {server} proxy expects its master key or a virtual key created from it.':
    'El proxy de {server} espera su clave maestra o una clave virtual creada a partir de ella.',
  '{server} checks the key only when started with {option}; enter that password as the key.':
    '{server} solo comprueba la clave si se inicia con {option}; introduzca esa contraseña como clave.',
  'Create a key at {place}, and check the project has access to this model.':
    'Cree una clave en {place} y compruebe que el proyecto tiene acceso a este modelo.',
  'Create a key at {place}.': 'Cree una clave en {place}.',
  '{server} checks keys only when started with {option}.': '{server} solo comprueba claves si se inicia con {option}.',
  'Check the API key': 'Comprobar la clave de API',
  'Add an API key': 'Añadir una clave de API',
  'The server refused the key this connection sent (HTTP {status}). Copy it again, without spaces, or create a new one.':
    'El servidor rechazó la clave que envió esta conexión (HTTP {status}). Cópiela de nuevo, sin espacios, o cree una nueva.',
  'The server wants an API key and this connection sends none (HTTP {status}). Enter the key in the connection settings.':
    'El servidor pide una clave de API y esta conexión no envía ninguna (HTTP {status}). Introduzca la clave en los ajustes de la conexión.',
  '{server} and API keys': '{server} y las claves de API',
  "Add this host to {server}'s {setting}": 'Añadir este host a {setting} de {server}',
  'A proxy may be answering for {server}': 'Puede que un proxy esté respondiendo en lugar de {server}',
  "{server}'s own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.":
    'El 403 propio de {server} (origen o host rechazado) no lleva cabeceras CORS, así que la página nunca podría leerlo. Un 403 legible viene de otra cosa, como un proxy inverso con sus propias reglas de acceso.',
  'Add credit or raise the limit': 'Añadir crédito o subir el límite',
  '{server} says the account is out of credit or quota. Check billing and usage limits in its dashboard.':
    '{server} indica que la cuenta se ha quedado sin crédito o cuota. Revise la facturación y los límites de uso en su panel.',
  'Pick a model the server lists': 'Elegir un modelo que el servidor liste',
  'Refresh the model list for this connection and choose one of its models.':
    'Actualice la lista de modelos de esta conexión y elija uno de sus modelos.',
  'Download {model} into {server}': 'Descargar {model} en {server}',
  '{server} has no model called {model}. Download it (names are like {example} or {other}), or pick an installed one.':
    '{server} no tiene ningún modelo llamado {model}. Descárguelo (los nombres son como {example} o {other}) o elija uno instalado.',
  'Download the model': 'Descargar el modelo',
  'List installed models': 'Listar los modelos instalados',
  'Load {model} in {server}': 'Cargar {model} en {server}',
  'Download it in {server}, or load it from a terminal:': 'Descárguelo en {server} o cárguelo desde un terminal:',
  'Load the model': 'Cargar el modelo',
  'Use the name {server} serves': 'Usar el nombre con el que {server} sirve el modelo',
  '{server} serves one model, under {option} if set, else its path. Use exactly that name.':
    '{server} sirve un solo modelo, con {option} si está definido o, si no, con su ruta. Use exactamente ese nombre.',
  'Check access': 'Comprobar el acceso',
  'The model id may be misspelled, retired, or not enabled for this key at {host}.':
    'Puede que el id del modelo esté mal escrito, retirado o no habilitado para esta clave en {host}.',
  'Remove the doubled {path}': 'Quitar el {path} duplicado',
  'The request URL contains {doubled}. Set the base URL to {url}.':
    'La URL de la solicitud contiene {doubled}. Establezca la URL base en {url}.',
  'Try the base URL {url}': 'Probar la URL base {url}',
  "{server}'s native API lives at the server root (e.g. {example}), not under {path}. Try {suggestions}.":
    'La API nativa de {server} está en la raíz del servidor (p. ej., {example}), no bajo {path}. Pruebe {suggestions}.',
  'OpenAI-compatible servers usually serve the API under {path} (e.g. {example}); a few also answer at the root. Try {suggestions}.':
    'Los servidores compatibles con OpenAI suelen servir la API bajo {path} (p. ej., {example}); algunos también responden en la raíz. Pruebe {suggestions}.',
  'Or switch this connection to OpenAI-compatible mode': 'O cambiar esta conexión al modo compatible con OpenAI',
  "If {url} is not {server}, its {paths} paths won't exist. Use OpenAI-compatible mode with the server's {path} URL.":
    'Si {url} no es {server}, sus rutas {paths} no existirán. Use el modo compatible con OpenAI con la URL {path} del servidor.',
  'Check the address': 'Comprobar la dirección',
  'A 404 means a server answered at {url} but has nothing at that path: check host, port and path prefix.':
    'Un 404 significa que un servidor respondió en {url} pero no tiene nada en esa ruta: compruebe el host, el puerto y el prefijo de la ruta.',
  'Pick a model that supports chat': 'Elegir un modelo que admita chat',
  'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.':
    'Este modelo no puede hacer lo que se pidió (por ejemplo, un modelo de embeddings usado para chat). Elija otro modelo.',
  "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.":
    'El servidor rechazó la solicitud por no válida. Revise los parámetros de la conexión y del chat (máximo de tokens, formato de respuesta, imágenes); el mensaje de arriba indica el problema.',
  "{server} is limiting how fast requests may come. Retry in a moment, or check your plan's limits.":
    '{server} está limitando la frecuencia de las solicitudes. Vuelva a intentarlo en un momento o revise los límites de su plan.',
  "{server} is limiting how fast requests may come. The server asks to wait {seconds} s. Retry in a moment, or check your plan's limits.":
    '{server} está limitando la frecuencia de las solicitudes. El servidor pide esperar {seconds} s. Vuelva a intentarlo en un momento o revise los límites de su plan.',
  "{server} is limiting how fast requests may come. The server asks to wait {retryAfter}. Retry in a moment, or check your plan's limits.":
    '{server} está limitando la frecuencia de las solicitudes. El servidor pide esperar: {retryAfter}. Vuelva a intentarlo en un momento o revise los límites de su plan.',
  'Wait and retry': 'Esperar y reintentar',
  'Wait for the model to load, then retry': 'Esperar a que se cargue el modelo y reintentar',
  '{server} is still loading the model into memory. This can take a minute for large models.':
    '{server} aún está cargando el modelo en memoria. Con modelos grandes puede tardar un minuto.',
  'Use {url}': 'Usar {url}',
  '{server} only accepts the host names {first} and {second} unless started with {option}.':
    '{server} solo acepta los nombres de host {first} y {second}, salvo que se inicie con {option}.',
  'Or start it with {option}': 'O iniciarlo con {option}',
  'Then it accepts any host name (and listens on the network).':
    'Entonces acepta cualquier nombre de host (y escucha en la red).',
  'Start {server}': 'Iniciar {server}',
  'Check the proxy and the server behind it': 'Comprobar el proxy y el servidor que hay detrás',
  'HTTP {status} comes from a proxy or gateway that could not get an answer from {server} in time. Check that the server behind it is running.':
    'HTTP {status} procede de un proxy o pasarela que no obtuvo respuesta de {server} a tiempo. Compruebe que el servidor que hay detrás está en marcha.',
  "Check {server}'s log": 'Revisar el registro de {server}',
  'The server failed while handling the request (HTTP {status}). Its console or log says why; out-of-memory while loading a model is a common cause.':
    'El servidor falló al procesar la solicitud (HTTP {status}). Su consola o registro indica por qué; quedarse sin memoria al cargar un modelo es una causa habitual.',
  'Use the address the server redirects to': 'Usar la dirección a la que redirige el servidor',
  "{app} never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. Find where the server points (the {header} line of the command below), then put that address in the connection's base URL. Common causes: {http} redirected to {https}, a missing or extra {path}, a proxy or login page in front of the API.":
    '{app} nunca sigue una redirección con una clave de API, para que la clave y el chat no puedan enviarse a una dirección que usted no introdujo. Averigüe adónde apunta el servidor (la línea {header} del comando de abajo) y ponga esa dirección en la URL base de la conexión. Causas habituales: {http} redirigido a {https}, un {path} que falta o sobra, un proxy o una página de inicio de sesión delante de la API.',
  'Show the redirect': 'Mostrar la redirección',
};
