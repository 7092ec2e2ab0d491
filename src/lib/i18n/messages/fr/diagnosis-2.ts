// French: diagnosis texts (CORS and Ollama fixes). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis2: Translations = {
  'Check from a terminal: look for an {header} line in the answer':
    'Vérifier depuis un terminal : cherchez une ligne {header} dans la réponse',
  'Allow {origin} on the server (CORS)': 'Autorisez {origin} sur le serveur (CORS)',
  'The server answered, but not with permission for this page to read it. It must send "{header}" (or "*") and answer OPTIONS preflights allowing the Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a proxy in front that adds these headers.':
    'Le serveur a répondu, mais sans autoriser cette page à lire la réponse. Il doit envoyer « {header} » (ou « * ») et répondre aux preflights OPTIONS en autorisant les en-têtes Authorization et Content-Type. Cherchez un réglage CORS ou « allowed origins », ou placez devant un proxy qui ajoute ces en-têtes.',
  'Ollama already allows this origin: check what is answering':
    'Ollama autorise déjà cette origine : vérifiez ce qui répond',
  'Ollama allows {origin} without configuration, so the refusal probably comes from something else at {host}: a reverse proxy, another program on that port, or a browser extension.':
    'Ollama autorise {origin} sans configuration, le refus vient donc probablement d’autre chose à {host} : un proxy inverse, un autre programme sur ce port ou une extension du navigateur.',
  'Enable CORS in LM Studio': 'Activez CORS dans LM Studio',
  'Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:':
    'Onglet Developer → Server Settings → activez « Enable CORS », puis redémarrez le serveur. Depuis un terminal :',
  'Restart the server with CORS on': 'Redémarrer le serveur avec CORS activé',
  'Allow {origin} in {server}': 'Autorisez {origin} dans {server}',
  'llama-server allows every origin by default, but only localhost when {tools}, {agent} or MCP servers are configured. Start it with {flag} (or {variable}):':
    'llama-server autorise toutes les origines par défaut, mais seulement localhost quand {tools}, {agent} ou des serveurs MCP sont configurés. Lancez-le avec {flag} (ou {variable}) :',
  'Add to your llama-server command': 'Ajoutez à votre commande llama-server',
  'vLLM allows every origin unless {option} narrows it. Start it with:':
    'vLLM autorise toutes les origines sauf si {option} le restreint. Lancez-le avec :',
  'vLLM takes a JSON list': 'vLLM attend une liste JSON',
  'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key before adding CORS headers, so also check the key.':
    'Activez CORS avec votre origine. Avec des clés d’API définies, LocalAI peut répondre aux requêtes sans clé valide avant d’ajouter les en-têtes CORS : vérifiez donc aussi la clé.',
  'Start LocalAI with': 'Lancer LocalAI avec',
  'Allow {origin} in the LiteLLM proxy': 'Autorisez {origin} dans le proxy LiteLLM',
  'Set the allowed origins and restart the proxy:': 'Définissez les origines autorisées et redémarrez le proxy :',
  'Start LiteLLM with': 'Lancer LiteLLM avec',
  'Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add {origin} (comma-separated; * allows all).':
    'Osaurus n’envoie aucun en-tête CORS tant que vous n’ajoutez pas d’origines : Settings → Allowed Origins → ajoutez {origin} (séparées par des virgules ; * autorise tout).',
  "Check Jan's Local API Server settings": 'Vérifiez les réglages du Local API Server de Jan',
  'Settings → Local API Server: turn on CORS, and add {host} to Trusted Hosts. Jan also needs an API key set there and in this connection.':
    'Settings → Local API Server : activez CORS et ajoutez {host} aux Trusted Hosts. Jan a aussi besoin d’une clé d’API définie là et dans cette connexion.',
  'Use localhost, or start text-generation-webui with {flag}':
    'Utilisez localhost, ou lancez text-generation-webui avec {flag}',
  'text-generation-webui allows every origin, but without {flag} it rejects any host name other than {hosts} ({error}, which the browser hides). Use {url}, or restart it with {flag}.':
    'text-generation-webui autorise toutes les origines, mais sans {flag} il refuse tout nom d’hôte autre que {hosts} ({error}, que le navigateur masque). Utilisez {url}, ou relancez-le avec {flag}.',
  'KoboldCpp allows every origin: the cause is probably elsewhere':
    'KoboldCpp autorise toutes les origines : la cause est probablement ailleurs',
  'KoboldCpp sends "{header}" on every answer. Check that this URL really reaches KoboldCpp (not a proxy or another program on that port), and that no browser extension blocks the request.':
    'KoboldCpp envoie « {header} » sur chaque réponse. Vérifiez que cette URL atteint bien KoboldCpp (et non un proxy ou un autre programme sur ce port), et qu’aucune extension du navigateur ne bloque la requête.',
  '{server} allows browser calls: check the URL and extensions':
    '{server} autorise les appels depuis le navigateur : vérifiez l’URL et les extensions',
  '{server} sends CORS headers on its normal answers, but some error answers (for example a wrong path) come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.':
    '{server} envoie des en-têtes CORS sur ses réponses normales, mais certaines réponses d’erreur (par exemple un mauvais chemin) arrivent sans. Vérifiez l’URL de base, et qu’aucune extension, aucun VPN ni proxy d’entreprise ne bloque la requête. Pour les fournisseurs qui refusent tout appel depuis le navigateur, intercalez un proxy comme LiteLLM.',
  'Or go through a proxy that allows browsers': 'Ou passez par un proxy qui autorise les navigateurs',
  'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.':
    'Si le serveur n’a pas de réglage CORS, placez devant lui un proxy comme LiteLLM et connectez Switchboard au proxy.',
  'Remove the API key if this server does not need one': 'Retirez la clé d’API si ce serveur n’en a pas besoin',
  'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.':
    'Envoyer une clé d’API ajoute l’en-tête Authorization, qui exige un preflight. Si le serveur n’a pas de clé définie, effacez la clé dans cette connexion.',
  'Allow the request headers {headers} for {origin}': 'Autorisez les en-têtes de requête {headers} pour {origin}',
  'llama-server narrows the allowed headers with {option}; include these:':
    'llama-server restreint les en-têtes autorisés avec {option} ; incluez ceux-ci :',
  'vLLM narrows the allowed headers and methods with {headers} / {methods}:':
    'vLLM restreint les en-têtes et méthodes autorisés avec {headers} / {methods} :',
  'vLLM takes JSON lists': 'vLLM attend des listes JSON',
  'Set {headers} and {methods}, then restart the proxy:':
    'Définissez {headers} et {methods}, puis redémarrez le proxy :',
  'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.':
    'Ollama accepte Authorization et Content-Type dans les preflights : un proxy devant lui refuse probablement la requête OPTIONS ; laissez passer OPTIONS.',
  'The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "{header}".':
    'Le serveur (ou un proxy devant lui) doit répondre à OPTIONS avec un statut 2xx, sans redirection, et avec « {header} ».',
  'Avoid redirects': 'Évitez les redirections',
  'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.':
    'Un preflight qui reçoit une redirection (http → https, ou une barre oblique finale ajoutée ou retirée) échoue toujours. Utilisez l’URL finale exacte comme URL de base.',
  'Allow {origin} in Ollama ({variable})': 'Autorisez {origin} dans Ollama ({variable})',
  "Ollama only answers pages whose origin is on its list. Set {variable} to {origin} and restart Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to Ollama's defaults ({defaults}); to keep other origins you already set, list them all, separated by commas.":
    'Ollama ne répond qu’aux pages dont l’origine figure sur sa liste. Définissez {variable} sur {origin} et redémarrez Ollama. Copiez l’origine exactement : schéma, hôte et port, sans barre oblique finale. Vos entrées s’ajoutent aux valeurs par défaut d’Ollama ({defaults}) ; pour garder d’autres origines déjà définies, listez-les toutes, séparées par des virgules.',
  'macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)':
    'App macOS : définissez la variable, puis quittez et rouvrez Ollama (valable jusqu’au redémarrage)',
  'macOS app: restart Ollama': 'App macOS : redémarrez Ollama',
  'Linux (systemd): add an override and restart (same as {command})':
    'Linux (systemd) : ajoutez une surcharge et redémarrez (comme {command})',
  'Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu':
    'Windows : quittez Ollama depuis la zone de notification, exécutez ceci, puis lancez Ollama depuis le menu Démarrer',
  'Docker: recreate the container with the variable': 'Docker : recréez le conteneur avec la variable',
  'Started by hand: stop it, then': 'Lancé à la main : arrêtez-le, puis',
  'Use localhost or an IP address instead of {host}': 'Utilisez localhost ou une adresse IP au lieu de {host}',
  "When Ollama listens on {address} it refuses requests whose Host is a custom name like {host} (a guard against DNS rebinding). Use {url} or the machine's IP address, or make Ollama listen on all interfaces ({variable}), where this check does not apply.":
    'Quand Ollama écoute sur {address}, il refuse les requêtes dont le Host est un nom personnalisé comme {host} (une protection contre le DNS rebinding). Utilisez {url} ou l’adresse IP de la machine, ou faites écouter Ollama sur toutes les interfaces ({variable}), où cette vérification ne s’applique pas.',
};
