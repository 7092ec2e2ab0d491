// Spanish: diagnosis texts (CORS and Ollama fixes). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis2: Translations = {
  'Check from a terminal: look for an {header} line in the answer':
    'Comprobar desde un terminal: busque una línea {header} en la respuesta',
  'Allow {origin} on the server (CORS)': 'Permita {origin} en el servidor (CORS)',
  'The server answered, but not with permission for this page to read it. It must send "{header}" (or "*") and answer OPTIONS preflights allowing the Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a proxy in front that adds these headers.':
    'El servidor respondió, pero sin permiso para que esta página lea la respuesta. Debe enviar «{header}» (o «*») y responder a los preflights OPTIONS permitiendo las cabeceras Authorization y Content-Type. Busque un ajuste de CORS o «allowed origins», o ponga delante un proxy que añada estas cabeceras.',
  'Ollama already allows this origin: check what is answering':
    'Ollama ya permite este origen: compruebe qué está respondiendo',
  'Ollama allows {origin} without configuration, so the refusal probably comes from something else at {host}: a reverse proxy, another program on that port, or a browser extension.':
    'Ollama permite {origin} sin configuración, así que el rechazo probablemente viene de otra cosa en {host}: un proxy inverso, otro programa en ese puerto o una extensión del navegador.',
  'Enable CORS in LM Studio': 'Active CORS en LM Studio',
  'Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:':
    'Pestaña Developer → Server Settings → active «Enable CORS» y reinicie el servidor. Desde un terminal:',
  'Restart the server with CORS on': 'Reiniciar el servidor con CORS activado',
  'Allow {origin} in {server}': 'Permita {origin} en {server}',
  'llama-server allows every origin by default, but only localhost when {tools}, {agent} or MCP servers are configured. Start it with {flag} (or {variable}):':
    'llama-server permite cualquier origen por defecto, pero solo localhost cuando hay {tools}, {agent} o servidores MCP configurados. Inícielo con {flag} (o {variable}):',
  'Add to your llama-server command': 'Añádalo a su comando llama-server',
  'vLLM allows every origin unless {option} narrows it. Start it with:':
    'vLLM permite cualquier origen salvo que {option} lo restrinja. Inícielo con:',
  'vLLM takes a JSON list': 'vLLM espera una lista JSON',
  'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key before adding CORS headers, so also check the key.':
    'Active CORS con su origen. Con claves de API configuradas, LocalAI puede responder a solicitudes sin clave válida antes de añadir las cabeceras CORS, así que revise también la clave.',
  'Start LocalAI with': 'Iniciar LocalAI con',
  'Allow {origin} in the LiteLLM proxy': 'Permita {origin} en el proxy LiteLLM',
  'Set the allowed origins and restart the proxy:': 'Defina los orígenes permitidos y reinicie el proxy:',
  'Start LiteLLM with': 'Iniciar LiteLLM con',
  'Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add {origin} (comma-separated; * allows all).':
    'Osaurus no envía cabeceras CORS hasta que añada orígenes: Settings → Allowed Origins → añada {origin} (separados por comas; * permite todos).',
  "Check Jan's Local API Server settings": 'Revise los ajustes del Local API Server de Jan',
  'Settings → Local API Server: turn on CORS, and add {host} to Trusted Hosts. Jan also needs an API key set there and in this connection.':
    'Settings → Local API Server: active CORS y añada {host} a Trusted Hosts. Jan también necesita una clave de API configurada allí y en esta conexión.',
  'Use localhost, or start text-generation-webui with {flag}':
    'Use localhost, o inicie text-generation-webui con {flag}',
  'text-generation-webui allows every origin, but without {flag} it rejects any host name other than {hosts} ({error}, which the browser hides). Use {url}, or restart it with {flag}.':
    'text-generation-webui permite cualquier origen, pero sin {flag} rechaza cualquier nombre de host que no sea {hosts} ({error}, que el navegador oculta). Use {url}, o reinícielo con {flag}.',
  'KoboldCpp allows every origin: the cause is probably elsewhere':
    'KoboldCpp permite cualquier origen: la causa probablemente está en otra parte',
  'KoboldCpp sends "{header}" on every answer. Check that this URL really reaches KoboldCpp (not a proxy or another program on that port), and that no browser extension blocks the request.':
    'KoboldCpp envía «{header}» en cada respuesta. Compruebe que esta URL llega de verdad a KoboldCpp (no a un proxy u otro programa en ese puerto) y que ninguna extensión del navegador bloquea la solicitud.',
  '{server} allows browser calls: check the URL and extensions':
    '{server} permite llamadas desde el navegador: revise la URL y las extensiones',
  '{server} sends CORS headers on its normal answers, but some error answers (for example a wrong path) come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.':
    '{server} envía cabeceras CORS en sus respuestas normales, pero algunas respuestas de error (por ejemplo, una ruta incorrecta) llegan sin ellas. Revise la URL base y que ninguna extensión, VPN o proxy de empresa bloquee la solicitud. Para proveedores que rechazan por completo las llamadas desde el navegador, ponga un proxy como LiteLLM en medio.',
  'Or go through a proxy that allows browsers': 'O use un proxy que permita navegadores',
  'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.':
    'Si el servidor no tiene ajuste de CORS, ponga delante un proxy como LiteLLM y conecte Switchboard al proxy.',
  'Remove the API key if this server does not need one': 'Quite la clave de API si este servidor no la necesita',
  'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.':
    'Enviar una clave de API añade la cabecera Authorization, que requiere un preflight. Si el servidor no tiene clave configurada, borre la clave de esta conexión.',
  'Allow the request headers {headers} for {origin}': 'Permita las cabeceras de solicitud {headers} para {origin}',
  'llama-server narrows the allowed headers with {option}; include these:':
    'llama-server restringe las cabeceras permitidas con {option}; incluya estas:',
  'vLLM narrows the allowed headers and methods with {headers} / {methods}:':
    'vLLM restringe las cabeceras y métodos permitidos con {headers} / {methods}:',
  'vLLM takes JSON lists': 'vLLM espera listas JSON',
  'Set {headers} and {methods}, then restart the proxy:': 'Defina {headers} y {methods} y reinicie el proxy:',
  'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.':
    'Ollama acepta Authorization y Content-Type en los preflights, así que probablemente un proxy delante rechaza la solicitud OPTIONS; deje pasar OPTIONS.',
  'The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "{header}".':
    'El servidor (o un proxy delante) debe responder a OPTIONS con un estado 2xx, sin redirección y con «{header}».',
  'Avoid redirects': 'Evite las redirecciones',
  'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.':
    'Un preflight que recibe una redirección (http → https, o una barra final añadida o quitada) siempre falla. Use la URL final exacta como URL base.',
  'Allow {origin} in Ollama ({variable})': 'Permita {origin} en Ollama ({variable})',
  "Ollama only answers pages whose origin is on its list. Set {variable} to {origin} and restart Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to Ollama's defaults ({defaults}); to keep other origins you already set, list them all, separated by commas.":
    'Ollama solo responde a páginas cuyo origen está en su lista. Defina {variable} como {origin} y reinicie Ollama. Copie el origen exactamente: esquema, host y puerto, sin barra final. Sus entradas se añaden a los valores predeterminados de Ollama ({defaults}); para conservar otros orígenes ya definidos, enumérelos todos separados por comas.',
  'macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)':
    'App de macOS: defina la variable, luego cierre y vuelva a abrir Ollama (dura hasta reiniciar)',
  'macOS app: restart Ollama': 'App de macOS: reinicie Ollama',
  'Linux (systemd): add an override and restart (same as {command})':
    'Linux (systemd): añada una anulación y reinicie (igual que {command})',
  'Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu':
    'Windows: cierre Ollama desde la bandeja, ejecute esto y luego inicie Ollama desde el menú Inicio',
  'Docker: recreate the container with the variable': 'Docker: vuelva a crear el contenedor con la variable',
  'Started by hand: stop it, then': 'Iniciado a mano: deténgalo y luego',
  'Use localhost or an IP address instead of {host}': 'Use localhost o una dirección IP en lugar de {host}',
  "When Ollama listens on {address} it refuses requests whose Host is a custom name like {host} (a guard against DNS rebinding). Use {url} or the machine's IP address, or make Ollama listen on all interfaces ({variable}), where this check does not apply.":
    'Cuando Ollama escucha en {address}, rechaza las solicitudes cuyo Host es un nombre propio como {host} (una protección contra DNS rebinding). Use {url} o la dirección IP de la máquina, o haga que Ollama escuche en todas las interfaces ({variable}), donde esta comprobación no se aplica.',
};
