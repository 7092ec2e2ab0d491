// French: diagnosis texts (network failures, evidence, server defaults). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis1: Translations = {
  'Chromium-based (Chrome, Edge, Brave, Opera)': 'basé sur Chromium (Chrome, Edge, Brave, Opera)',
  'not recognised': 'non reconnu',
  'Page origin {origin} is a public site, served over {protocol} (a secure context)':
    'L’origine de la page {origin} est un site public, servi en {protocol} (un contexte sécurisé)',
  'Page origin {origin} is on this computer, served over {protocol} (a secure context)':
    'L’origine de la page {origin} est sur cet ordinateur, servie en {protocol} (un contexte sécurisé)',
  'Page origin {origin} is on a private network, served over {protocol} (a secure context)':
    'L’origine de la page {origin} est sur un réseau privé, servie en {protocol} (un contexte sécurisé)',
  'Page origin {origin} is a public site, served over {protocol} (not a secure context)':
    'L’origine de la page {origin} est un site public, servi en {protocol} (pas un contexte sécurisé)',
  'Page origin {origin} is on this computer, served over {protocol} (not a secure context)':
    'L’origine de la page {origin} est sur cet ordinateur, servie en {protocol} (pas un contexte sécurisé)',
  'Page origin {origin} is on a private network, served over {protocol} (not a secure context)':
    'L’origine de la page {origin} est sur un réseau privé, servie en {protocol} (pas un contexte sécurisé)',
  'Browser engine is {browser} and asks permission for local network access':
    'Le moteur du navigateur est {browser} et demande l’autorisation d’accès au réseau local',
  'Browser engine is {browser} and has no local network access permission':
    'Le moteur du navigateur est {browser} et n’a pas d’autorisation d’accès au réseau local',
  'Server {origin} is on this computer (loopback), over {protocol}':
    'Le serveur {origin} est sur cet ordinateur (loopback), en {protocol}',
  'Server {origin} is a private network address, over {protocol}':
    'Le serveur {origin} est une adresse de réseau privé, en {protocol}',
  'Server {origin} is a public address or a host name, over {protocol}':
    'Le serveur {origin} est une adresse publique ou un nom d’hôte, en {protocol}',
  'No-CORS probe of {url} got an answer in {ms} ms': 'La sonde no-cors de {url} a reçu une réponse en {ms} ms',
  'No-CORS probe of {url} got no answer within {ms} ms': 'La sonde no-cors de {url} n’a reçu aucune réponse en {ms} ms',
  'No-CORS probe of {url} failed after {ms} ms without an answer':
    'La sonde no-cors de {url} a échoué après {ms} ms sans réponse',
  'Simple CORS GET of {url} was readable (HTTP {status}), so this origin is allowed':
    'Le GET CORS simple de {url} était lisible (HTTP {status}) : cette origine est donc autorisée',
  'Simple CORS GET of {url} got no answer within {ms} ms':
    'Le GET CORS simple de {url} n’a reçu aucune réponse en {ms} ms',
  'Simple CORS GET of {url} (no Authorization, no Content-Type) was blocked by the browser':
    'Le GET CORS simple de {url} (sans Authorization ni Content-Type) a été bloqué par le navigateur',
  'Request to {url} with headers {headers} passed the preflight (HTTP {status})':
    'La requête vers {url} avec les en-têtes {headers} a passé le preflight (HTTP {status})',
  'Request to {url} with headers {headers} was blocked: the preflight was rejected':
    'La requête vers {url} avec les en-têtes {headers} a été bloquée : le preflight a été refusé',
  'Request to {url} passed the preflight (HTTP {status})': 'La requête vers {url} a passé le preflight (HTTP {status})',
  'Request to {url} was blocked: the preflight was rejected':
    'La requête vers {url} a été bloquée : le preflight a été refusé',
  'The answer from {url} started, then stopped arriving before the time limit':
    'La réponse de {url} a commencé, puis a cessé d’arriver avant la limite de temps',
  '{method} {url} got no answer before the time limit':
    '{method} {url} n’a reçu aucune réponse avant la limite de temps',
  'The server stopped sending': 'Le serveur a cessé d’envoyer',
  'The server took too long to answer': 'Le serveur a mis trop de temps à répondre',
  '{guess} (a guess from the port alone)': '{guess} (supposition d’après le port seul)',
  'This is not a valid server URL': 'Ce n’est pas une URL de serveur valide',
  '"{url}" is not a usable http(s) URL': '« {url} » n’est pas une URL http(s) utilisable',
  'The request to {url} was cancelled': 'La requête vers {url} a été annulée',
  'No problem found': 'Aucun problème trouvé',
  '{method} {url} failed before any answer could be read':
    '{method} {url} a échoué avant qu’une réponse puisse être lue',
  'The browser reported: {message} (the wording differs per browser and is not used)':
    'Le navigateur a signalé : {message} (la formulation varie selon le navigateur et n’est pas utilisée)',
  'https to a local address or IP usually means a self-signed certificate, which the browser rejects silently':
    'https vers une adresse locale ou une IP signifie généralement un certificat auto-signé, que le navigateur rejette sans rien dire',
  'The certificate of {host} is probably not trusted': 'Le certificat de {host} n’est probablement pas approuvé',
  'Nothing answered at {host}': 'Rien n’a répondu à {host}',
  'The connection dropped in the middle of the answer': 'La connexion a été coupée au milieu de la réponse',
  'The status and headers had arrived before the failure': 'Le statut et les en-têtes étaient arrivés avant l’échec',
  'The browser could not complete the request to {host}': 'Le navigateur n’a pas pu terminer la requête vers {host}',
  'No probes were run, so the cause is not yet known':
    'Aucune sonde n’a été lancée, la cause n’est donc pas encore connue',
  'Run "Test connection"': 'Lancez « Tester la connexion »',
  'It checks step by step whether the server answers, allows this page, and accepts our headers.':
    'Il vérifie étape par étape si le serveur répond, autorise cette page et accepte nos en-têtes.',
  'That probe got through, so local network access did not block it: the browser does not treat {host} as a public site':
    'Cette sonde est passée, l’accès au réseau local ne l’a donc pas bloquée : le navigateur ne traite pas {host} comme un site public',
  'Local network access permission is still "prompt": a dismissed prompt also blocks the request':
    'L’autorisation d’accès au réseau local est encore « prompt » : une demande ignorée bloque aussi la requête',
  'Servers that leave CORS headers off error answers (e.g. 401 or 404) also land here':
    'Les serveurs qui omettent les en-têtes CORS sur les réponses d’erreur (p. ex. 401 ou 404) aboutissent aussi ici',
  'The server does not allow requests from {origin}': 'Le serveur n’autorise pas les requêtes depuis {origin}',
  '{server} does not allow requests from {origin}': '{server} n’autorise pas les requêtes depuis {origin}',
  'The server allows this page, but rejects the preflight for our request headers':
    'Le serveur autorise cette page, mais refuse le preflight pour nos en-têtes de requête',
  '{host} answers and allows this page': '{host} répond et autorise cette page',
  'The probes got through, but the request failed': 'Les sondes sont passées, mais la requête a échoué',
  'Every probe reached the server, so CORS and reachability look fine':
    'Chaque sonde a atteint le serveur : CORS et l’accessibilité semblent corrects',
  'The failure may have been temporary (server restart, network change).':
    'L’échec était peut-être temporaire (redémarrage du serveur, changement de réseau).',
  'Check extensions and proxies': 'Vérifiez les extensions et les proxys',
  'An ad blocker, privacy extension or company proxy can block or cut requests, or a proxy may reject large bodies without CORS headers.':
    'Un bloqueur de publicité, une extension de confidentialité ou un proxy d’entreprise peut bloquer ou couper les requêtes, ou un proxy peut refuser les corps volumineux sans en-têtes CORS.',
  'Set {variable} and restart Ollama.': 'Définissez {variable} et redémarrez Ollama.',
  'Developer tab → Server Settings → turn on "Serve on Local Network".':
    'Onglet Developer → Server Settings → activez « Serve on Local Network ».',
  'Start llama-server with {flag}.': 'Lancez llama-server avec {flag}.',
  'vLLM listens on every interface unless {option} narrows it; start it with {flag}.':
    'vLLM écoute sur toutes les interfaces sauf si {option} le restreint ; lancez-le avec {flag}.',
  'LocalAI listens on every interface by default ({port}); in Docker, publish the port with {flag}.':
    'LocalAI écoute par défaut sur toutes les interfaces ({port}) ; dans Docker, publiez le port avec {flag}.',
  'Jan → Settings → Local API Server → set Server Host to {address}.':
    'Jan → Settings → Local API Server → réglez Server Host sur {address}.',
  'KoboldCpp listens on every interface unless {option} narrows it; drop {option} or use {flag}.':
    'KoboldCpp écoute sur toutes les interfaces sauf si {option} le restreint ; retirez {option} ou utilisez {flag}.',
  'Start text-generation-webui with {flag} (or {other}).': 'Lancez text-generation-webui avec {flag} (ou {other}).',
  'LiteLLM listens on {address} by default; check that {option} does not narrow it.':
    'LiteLLM écoute par défaut sur {address} ; vérifiez que {option} ne le restreint pas.',
  '{server} listens on {address} by default; in Docker, publish the port with {flag}.':
    '{server} écoute par défaut sur {address} ; dans Docker, publiez le port avec {flag}.',
  'the server': 'le serveur',
  'Open the Osaurus app and start its server': 'Ouvrez l’app Osaurus et démarrez son serveur',
  'Check that {server} is running': 'Vérifiez que {server} est lancé',
  'Nothing answered at {origin}. Start it with: {command}. Then try again.':
    'Rien n’a répondu à {origin}. Lancez-le avec : {command}. Puis réessayez.',
  'Nothing answered at {origin}. Then try again.': 'Rien n’a répondu à {origin}. Lancez le serveur, puis réessayez.',
  'Check from a terminal on this computer': 'Vérifier depuis un terminal sur cet ordinateur',
  'Check the port ({server} uses {port} by default)': 'Vérifiez le port ({server} utilise {port} par défaut)',
  "This URL uses port {port}; {server}'s default is {default}, unless you changed it.":
    'Cette URL utilise le port {port} ; celui de {server} par défaut est {default}, sauf si vous l’avez changé.',
  'Make the server listen on the network, and open the firewall':
    'Faites écouter le serveur sur le réseau et ouvrez le pare-feu',
  'Many servers listen only on {address} by default, which other machines cannot reach. {advice} Then allow port {port} through the firewall of the machine running it. In Docker, publish the port ({flag}).':
    'Beaucoup de serveurs n’écoutent par défaut que sur {address}, inaccessible depuis d’autres machines. {advice} Autorisez ensuite le port {port} dans le pare-feu de la machine qui l’exécute. Dans Docker, publiez le port ({flag}).',
  'Start it with {flag} (or its equivalent).': 'Lancez-le avec {flag} (ou son équivalent).',
  'Ollama, started by hand': 'Ollama, lancé à la main',
  'Is the server on this computer?': 'Le serveur est-il sur cet ordinateur ?',
  "{host} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.":
    '{host} désigne toujours l’ordinateur sur lequel tourne ce navigateur. Si le serveur tourne ailleurs, utilisez l’adresse de cette machine.',
  'Open the server in a tab and accept its certificate': 'Ouvrez le serveur dans un onglet et acceptez son certificat',
  'Open {url} in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.':
    'Ouvrez {url} dans un nouvel onglet, acceptez l’avertissement de certificat, puis revenez et réessayez. Le navigateur lui fait alors confiance pour cette session.',
  'Or give the server a trusted certificate': 'Ou donnez au serveur un certificat approuvé',
  '{tool} creates certificates your browsers trust on this computer:':
    '{tool} crée des certificats auxquels vos navigateurs font confiance sur cet ordinateur :',
  'Create a local CA and a certificate': 'Créer une autorité de certification locale et un certificat',
  'Or use plain http on this computer': 'Ou utilisez http simple sur cet ordinateur',
  'If the server runs on this computer, {url} needs no certificate (except from an https page in Safari).':
    'Si le serveur tourne sur cet ordinateur, {url} n’a pas besoin de certificat (sauf depuis une page https dans Safari).',
  'Allow local network access when the browser asks':
    'Autorisez l’accès au réseau local quand le navigateur le demande',
  'This browser lets https pages call private addresses like {host} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.':
    'Ce navigateur permet aux pages https d’appeler des adresses privées comme {host} en http une fois l’accès au réseau local autorisé. Choisissez « Autoriser » dans la demande, ou paramètres du site → Accès au réseau local → Autoriser, puis rechargez.',
  'If the server is on this computer, use {url}': 'Si le serveur est sur cet ordinateur, utilisez {url}',
  'Browsers allow https pages to call {localhost} and {loopback}, but not other http addresses. Change the base URL to {url}.':
    'Les navigateurs permettent aux pages https d’appeler {localhost} et {loopback}, mais pas d’autres adresses http. Changez l’URL de base en {url}.',
  "Use the server's private IP address instead of its name":
    'Utilisez l’adresse IP privée du serveur au lieu de son nom',
  'Chrome lets https pages call private IP addresses (e.g. {example}) over http after you allow local network access, but not names like {host}.':
    'Chrome permet aux pages https d’appeler des adresses IP privées (p. ex. {example}) en http après autorisation de l’accès au réseau local, mais pas des noms comme {host}.',
  'Serve the model over https': 'Servez le modèle en https',
  'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.':
    'Placez un proxy inverse avec un certificat approuvé devant le serveur (Caddy en crée un pour localhost automatiquement) et utilisez son URL https://.',
  'Caddy reverse proxy': 'Proxy inverse Caddy',
  'Or open this app over http': 'Ou ouvrez cette app en http',
  'Mixed-content rules apply only because this page ({origin}) is https. A copy of Switchboard served over http, or from {url}, can call http servers.':
    'Les règles de contenu mixte s’appliquent uniquement parce que cette page ({origin}) est en https. Une copie de Switchboard servie en http, ou depuis {url}, peut appeler des serveurs http.',
  'Open Switchboard over https': 'Ouvrez Switchboard en https',
  'Chrome only lets secure pages reach your computer or local network. This page ({origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.':
    'Chrome ne laisse que les pages sécurisées atteindre votre ordinateur ou votre réseau local. Cette page ({origin}) est en http simple, donc Chrome abandonne ces requêtes sans demander. Ouvrez la version https de cette app.',
  'Or run Switchboard locally': 'Ou exécutez Switchboard localement',
  'A copy served from {url} counts as secure and is not public, so it can reach local servers.':
    'Une copie servie depuis {url} est considérée comme sécurisée et non publique, elle peut donc atteindre les serveurs locaux.',
  'Allow local network access for this site': 'Autorisez l’accès au réseau local pour ce site',
  '{origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.':
    'L’accès à votre réseau local a été refusé à {origin}. Cliquez sur l’icône des paramètres du site à gauche de la barre d’adresse → Accès au réseau local → Autoriser, puis rechargez la page.',
  'Choose "Allow" when the browser asks': 'Choisissez « Autoriser » quand le navigateur le demande',
  'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.':
    'La première requête vers un serveur local affiche une demande pour laisser ce site se connecter aux appareils de votre réseau local. Autorisez-la, sinon la requête échoue.',
  "Use {url} (or the machine's IP) instead": 'Utilisez plutôt {url} (ou l’IP de la machine)',
  '{host} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.':
    '{host} signifie « toutes les interfaces » quand un serveur écoute ; ce n’est pas une adresse à laquelle se connecter, et les navigateurs la bloquent ou la traitent à part. Si le serveur est sur cet ordinateur, utilisez localhost, sinon son adresse IP.',
  'Remove the user name and password from the URL': 'Retirez le nom d’utilisateur et le mot de passe de l’URL',
  'Browsers refuse URLs with {example}. Put a key in the API key field instead.':
    'Les navigateurs refusent les URL avec {example}. Mettez plutôt une clé dans le champ Clé d’API.',
  'Add {scheme} in front': 'Ajoutez {scheme} devant',
  'Try {url}. A server URL starts with {http} or {https}.':
    'Essayez {url}. Une URL de serveur commence par {http} ou {https}.',
  'Enter a full {http} or {https} URL': 'Saisissez une URL {http} ou {https} complète',
  'For example {first} (Ollama) or {second} (LM Studio).': 'Par exemple {first} (Ollama) ou {second} (LM Studio).',
};
