// Spanish: diagnosis texts (network failures, evidence, server defaults). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis1: Translations = {
  'Chromium-based (Chrome, Edge, Brave, Opera)': 'basado en Chromium (Chrome, Edge, Brave, Opera)',
  'not recognised': 'no reconocido',
  'Page origin {origin} is a public site, served over {protocol} (a secure context)':
    'El origen de la página {origin} es un sitio público, servido por {protocol} (un contexto seguro)',
  'Page origin {origin} is on this computer, served over {protocol} (a secure context)':
    'El origen de la página {origin} está en este ordenador, servido por {protocol} (un contexto seguro)',
  'Page origin {origin} is on a private network, served over {protocol} (a secure context)':
    'El origen de la página {origin} está en una red privada, servido por {protocol} (un contexto seguro)',
  'Page origin {origin} is a public site, served over {protocol} (not a secure context)':
    'El origen de la página {origin} es un sitio público, servido por {protocol} (no es un contexto seguro)',
  'Page origin {origin} is on this computer, served over {protocol} (not a secure context)':
    'El origen de la página {origin} está en este ordenador, servido por {protocol} (no es un contexto seguro)',
  'Page origin {origin} is on a private network, served over {protocol} (not a secure context)':
    'El origen de la página {origin} está en una red privada, servido por {protocol} (no es un contexto seguro)',
  'Browser engine is {browser} and asks permission for local network access':
    'El motor del navegador es {browser} y pide permiso para acceder a la red local',
  'Browser engine is {browser} and has no local network access permission':
    'El motor del navegador es {browser} y no tiene permiso de acceso a la red local',
  'Server {origin} is on this computer (loopback), over {protocol}':
    'El servidor {origin} está en este ordenador (loopback), por {protocol}',
  'Server {origin} is a private network address, over {protocol}':
    'El servidor {origin} es una dirección de red privada, por {protocol}',
  'Server {origin} is a public address or a host name, over {protocol}':
    'El servidor {origin} es una dirección pública o un nombre de host, por {protocol}',
  'No-CORS probe of {url} got an answer in {ms} ms': 'La sonda no-cors de {url} recibió respuesta en {ms} ms',
  'No-CORS probe of {url} got no answer within {ms} ms': 'La sonda no-cors de {url} no recibió respuesta en {ms} ms',
  'No-CORS probe of {url} failed after {ms} ms without an answer':
    'La sonda no-cors de {url} falló tras {ms} ms sin respuesta',
  'Simple CORS GET of {url} was readable (HTTP {status}), so this origin is allowed':
    'El GET CORS simple de {url} se pudo leer (HTTP {status}), así que este origen está permitido',
  'Simple CORS GET of {url} got no answer within {ms} ms':
    'El GET CORS simple de {url} no recibió respuesta en {ms} ms',
  'Simple CORS GET of {url} (no Authorization, no Content-Type) was blocked by the browser':
    'El navegador bloqueó el GET CORS simple de {url} (sin Authorization ni Content-Type)',
  'Request to {url} with headers {headers} passed the preflight (HTTP {status})':
    'La solicitud a {url} con las cabeceras {headers} superó el preflight (HTTP {status})',
  'Request to {url} with headers {headers} was blocked: the preflight was rejected':
    'La solicitud a {url} con las cabeceras {headers} fue bloqueada: se rechazó el preflight',
  'Request to {url} passed the preflight (HTTP {status})': 'La solicitud a {url} superó el preflight (HTTP {status})',
  'Request to {url} was blocked: the preflight was rejected':
    'La solicitud a {url} fue bloqueada: se rechazó el preflight',
  'The answer from {url} started, then stopped arriving before the time limit':
    'La respuesta de {url} empezó y luego dejó de llegar antes del límite de tiempo',
  '{method} {url} got no answer before the time limit':
    '{method} {url} no recibió respuesta antes del límite de tiempo',
  'The server stopped sending': 'El servidor dejó de enviar',
  'The server took too long to answer': 'El servidor tardó demasiado en responder',
  '{guess} (a guess from the port alone)': '{guess} (una suposición basada solo en el puerto)',
  'This is not a valid server URL': 'Esta no es una URL de servidor válida',
  '"{url}" is not a usable http(s) URL': '«{url}» no es una URL http(s) utilizable',
  'The request to {url} was cancelled': 'La solicitud a {url} se canceló',
  'No problem found': 'No se encontró ningún problema',
  '{method} {url} failed before any answer could be read': '{method} {url} falló antes de poder leer ninguna respuesta',
  'The browser reported: {message} (the wording differs per browser and is not used)':
    'El navegador informó: {message} (el texto varía según el navegador y no se utiliza)',
  'https to a local address or IP usually means a self-signed certificate, which the browser rejects silently':
    'https a una dirección local o IP suele significar un certificado autofirmado, que el navegador rechaza en silencio',
  'The certificate of {host} is probably not trusted': 'Probablemente el certificado de {host} no es de confianza',
  'Nothing answered at {host}': 'Nada respondió en {host}',
  'The connection dropped in the middle of the answer': 'La conexión se cortó en mitad de la respuesta',
  'The status and headers had arrived before the failure': 'El estado y las cabeceras habían llegado antes del fallo',
  'The browser could not complete the request to {host}': 'El navegador no pudo completar la solicitud a {host}',
  'No probes were run, so the cause is not yet known': 'No se ejecutó ninguna sonda, así que la causa aún no se conoce',
  'Run "Test connection"': 'Ejecute «Probar conexión»',
  'It checks step by step whether the server answers, allows this page, and accepts our headers.':
    'Comprueba paso a paso si el servidor responde, permite esta página y acepta nuestras cabeceras.',
  'That probe got through, so local network access did not block it: the browser does not treat {host} as a public site':
    'Esa sonda pasó, así que el acceso a la red local no la bloqueó: el navegador no trata {host} como un sitio público',
  'Local network access permission is still "prompt": a dismissed prompt also blocks the request':
    'El permiso de acceso a la red local sigue en «prompt»: una solicitud descartada también bloquea la petición',
  'Servers that leave CORS headers off error answers (e.g. 401 or 404) also land here':
    'Los servidores que omiten las cabeceras CORS en las respuestas de error (p. ej. 401 o 404) también acaban aquí',
  'The server does not allow requests from {origin}': 'El servidor no permite solicitudes desde {origin}',
  '{server} does not allow requests from {origin}': '{server} no permite solicitudes desde {origin}',
  'The server allows this page, but rejects the preflight for our request headers':
    'El servidor permite esta página, pero rechaza el preflight de nuestras cabeceras de solicitud',
  '{host} answers and allows this page': '{host} responde y permite esta página',
  'The probes got through, but the request failed': 'Las sondas pasaron, pero la solicitud falló',
  'Every probe reached the server, so CORS and reachability look fine':
    'Todas las sondas llegaron al servidor, así que CORS y la accesibilidad parecen correctos',
  'The failure may have been temporary (server restart, network change).':
    'Puede que el fallo fuera temporal (reinicio del servidor, cambio de red).',
  'Check extensions and proxies': 'Revise las extensiones y los proxies',
  'An ad blocker, privacy extension or company proxy can block or cut requests, or a proxy may reject large bodies without CORS headers.':
    'Un bloqueador de anuncios, una extensión de privacidad o un proxy de empresa pueden bloquear o cortar solicitudes, o un proxy puede rechazar cuerpos grandes sin cabeceras CORS.',
  'Set {variable} and restart Ollama.': 'Defina {variable} y reinicie Ollama.',
  'Developer tab → Server Settings → turn on "Serve on Local Network".':
    'Pestaña Developer → Server Settings → active «Serve on Local Network».',
  'Start llama-server with {flag}.': 'Inicie llama-server con {flag}.',
  'vLLM listens on every interface unless {option} narrows it; start it with {flag}.':
    'vLLM escucha en todas las interfaces salvo que {option} lo restrinja; inícielo con {flag}.',
  'LocalAI listens on every interface by default ({port}); in Docker, publish the port with {flag}.':
    'LocalAI escucha por defecto en todas las interfaces ({port}); en Docker, publique el puerto con {flag}.',
  'Jan → Settings → Local API Server → set Server Host to {address}.':
    'Jan → Settings → Local API Server → ponga Server Host en {address}.',
  'KoboldCpp listens on every interface unless {option} narrows it; drop {option} or use {flag}.':
    'KoboldCpp escucha en todas las interfaces salvo que {option} lo restrinja; quite {option} o use {flag}.',
  'Start text-generation-webui with {flag} (or {other}).': 'Inicie text-generation-webui con {flag} (o {other}).',
  'LiteLLM listens on {address} by default; check that {option} does not narrow it.':
    'LiteLLM escucha por defecto en {address}; compruebe que {option} no lo restrinja.',
  '{server} listens on {address} by default; in Docker, publish the port with {flag}.':
    '{server} escucha por defecto en {address}; en Docker, publique el puerto con {flag}.',
  'the server': 'el servidor',
  'Open the Osaurus app and start its server': 'Abra la app Osaurus e inicie su servidor',
  'Check that {server} is running': 'Compruebe que {server} está en marcha',
  'Nothing answered at {origin}. Start it with: {command}. Then try again.':
    'Nada respondió en {origin}. Inícielo con: {command}. Luego vuelva a intentarlo.',
  'Nothing answered at {origin}. Then try again.':
    'Nada respondió en {origin}. Inicie el servidor y luego vuelva a intentarlo.',
  'Check from a terminal on this computer': 'Comprobar desde un terminal en este ordenador',
  'Check the port ({server} uses {port} by default)': 'Compruebe el puerto ({server} usa {port} por defecto)',
  "This URL uses port {port}; {server}'s default is {default}, unless you changed it.":
    'Esta URL usa el puerto {port}; el predeterminado de {server} es {default}, salvo que lo haya cambiado.',
  'Make the server listen on the network, and open the firewall':
    'Haga que el servidor escuche en la red y abra el cortafuegos',
  'Many servers listen only on {address} by default, which other machines cannot reach. {advice} Then allow port {port} through the firewall of the machine running it. In Docker, publish the port ({flag}).':
    'Muchos servidores escuchan por defecto solo en {address}, que otras máquinas no pueden alcanzar. {advice} Después permita el puerto {port} en el cortafuegos de la máquina que lo ejecuta. En Docker, publique el puerto ({flag}).',
  'Start it with {flag} (or its equivalent).': 'Inícielo con {flag} (o su equivalente).',
  'Ollama, started by hand': 'Ollama, iniciado a mano',
  'Is the server on this computer?': '¿Está el servidor en este ordenador?',
  "{host} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.":
    '{host} siempre significa el ordenador en el que se ejecuta este navegador. Si el servidor se ejecuta en otro sitio, use la dirección de esa máquina.',
  'Open the server in a tab and accept its certificate': 'Abra el servidor en una pestaña y acepte su certificado',
  'Open {url} in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.':
    'Abra {url} en una pestaña nueva, acepte la advertencia del certificado y vuelva para reintentarlo. El navegador confiará en él durante esta sesión.',
  'Or give the server a trusted certificate': 'O dé al servidor un certificado de confianza',
  '{tool} creates certificates your browsers trust on this computer:':
    '{tool} crea certificados en los que confían sus navegadores en este ordenador:',
  'Create a local CA and a certificate': 'Crear una CA local y un certificado',
  'Or use plain http on this computer': 'O use http simple en este ordenador',
  'If the server runs on this computer, {url} needs no certificate (except from an https page in Safari).':
    'Si el servidor se ejecuta en este ordenador, {url} no necesita certificado (salvo desde una página https en Safari).',
  'Allow local network access when the browser asks': 'Permita el acceso a la red local cuando el navegador lo pida',
  'This browser lets https pages call private addresses like {host} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.':
    'Este navegador permite que las páginas https llamen por http a direcciones privadas como {host} una vez que permita el acceso a la red local. Elija «Permitir» en el aviso, o configuración del sitio → Acceso a la red local → Permitir, y recargue.',
  'If the server is on this computer, use {url}': 'Si el servidor está en este ordenador, use {url}',
  'Browsers allow https pages to call {localhost} and {loopback}, but not other http addresses. Change the base URL to {url}.':
    'Los navegadores permiten que las páginas https llamen a {localhost} y {loopback}, pero no a otras direcciones http. Cambie la URL base a {url}.',
  "Use the server's private IP address instead of its name":
    'Use la dirección IP privada del servidor en lugar de su nombre',
  'Chrome lets https pages call private IP addresses (e.g. {example}) over http after you allow local network access, but not names like {host}.':
    'Chrome permite que las páginas https llamen por http a direcciones IP privadas (p. ej. {example}) tras permitir el acceso a la red local, pero no a nombres como {host}.',
  'Serve the model over https': 'Sirva el modelo por https',
  'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.':
    'Ponga delante del servidor un proxy inverso con un certificado de confianza (Caddy crea uno para localhost automáticamente) y use su URL https://.',
  'Caddy reverse proxy': 'Proxy inverso Caddy',
  'Or open this app over http': 'O abra esta app por http',
  'Mixed-content rules apply only because this page ({origin}) is https. A copy of Switchboard served over http, or from {url}, can call http servers.':
    'Las reglas de contenido mixto se aplican solo porque esta página ({origin}) es https. Una copia de Switchboard servida por http, o desde {url}, puede llamar a servidores http.',
  'Open Switchboard over https': 'Abra Switchboard por https',
  'Chrome only lets secure pages reach your computer or local network. This page ({origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.':
    'Chrome solo permite que las páginas seguras accedan a su ordenador o red local. Esta página ({origin}) es http simple, así que Chrome descarta estas solicitudes sin preguntar. Abra la versión https de esta app.',
  'Or run Switchboard locally': 'O ejecute Switchboard localmente',
  'A copy served from {url} counts as secure and is not public, so it can reach local servers.':
    'Una copia servida desde {url} se considera segura y no pública, así que puede llegar a servidores locales.',
  'Allow local network access for this site': 'Permita el acceso a la red local para este sitio',
  '{origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.':
    'Se denegó a {origin} el acceso a su red local. Haga clic en el icono de configuración del sitio a la izquierda de la barra de direcciones → Acceso a la red local → Permitir, y recargue la página.',
  'Choose "Allow" when the browser asks': 'Elija «Permitir» cuando el navegador pregunte',
  'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.':
    'La primera solicitud a un servidor local muestra un aviso para dejar que este sitio se conecte a dispositivos de su red local. Permítalo o la solicitud fallará.',
  "Use {url} (or the machine's IP) instead": 'Use {url} (o la IP de la máquina) en su lugar',
  '{host} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.':
    '{host} significa «todas las interfaces» cuando un servidor escucha; no es una dirección a la que conectarse, y los navegadores la bloquean o la tratan de forma especial. Si el servidor está en este ordenador use localhost; si no, su dirección IP.',
  'Remove the user name and password from the URL': 'Quite el nombre de usuario y la contraseña de la URL',
  'Browsers refuse URLs with {example}. Put a key in the API key field instead.':
    'Los navegadores rechazan las URL con {example}. Ponga una clave en el campo de clave de API.',
  'Add {scheme} in front': 'Añada {scheme} delante',
  'Try {url}. A server URL starts with {http} or {https}.':
    'Pruebe {url}. Una URL de servidor empieza por {http} o {https}.',
  'Enter a full {http} or {https} URL': 'Escriba una URL {http} o {https} completa',
  'For example {first} (Ollama) or {second} (LM Studio).': 'Por ejemplo {first} (Ollama) o {second} (LM Studio).',
};
