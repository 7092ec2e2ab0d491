// French: diagnosis texts (HTTP errors, answers in the wrong format, and their fixes). Machine-assisted:
// corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis6: Translations = {
  '{method} {url} answered HTTP {status}': '{method} {url} a répondu HTTP {status}',
  '{method} {url} was not sent: this connection has no API key and the server needs one':
    '{method} {url} n’a pas été envoyé : cette connexion n’a pas de clé d’API et le serveur en exige une',
  'This connection needs an API key': 'Cette connexion a besoin d’une clé d’API',
  '{method} {url} was not sent: it is not a full {http} or {https} address without a user name or password':
    '{method} {url} n’a pas été envoyé : ce n’est pas une adresse {http} ou {https} complète sans nom d’utilisateur ni mot de passe',
  'This is not a valid server URL': 'Ce n’est pas une URL de serveur valide',
  '{method} {url} was answered with a redirect to another address':
    '{method} {url} a reçu en réponse une redirection vers une autre adresse',
  'The request carried an API key, so the redirect was not followed: nothing was sent to the other address':
    'La requête portait une clé d’API, la redirection n’a donc pas été suivie : rien n’a été envoyé à l’autre adresse',
  'The server redirects this request elsewhere': 'Le serveur redirige cette requête ailleurs',
  '{method} {url} answered HTTP {status}, then reported an error in the middle of the answer':
    '{method} {url} a répondu HTTP {status}, puis a signalé une erreur au milieu de la réponse',
  '{method} {url} answered HTTP {status}, then reported an error in its body':
    '{method} {url} a répondu HTTP {status}, puis a signalé une erreur dans son corps',
  'The server said: "{message}"': 'Le serveur a dit : « {message} »',
  'The answer carried no error message': 'La réponse ne contenait aucun message d’erreur',
  'The request carried an API key': 'La requête portait une clé d’API',
  'The request carried no API key': 'La requête ne portait aucune clé d’API',
  'The server wants a valid API key': 'Le serveur demande une clé d’API valide',
  'The server refused access (403)': 'Le serveur a refusé l’accès (403)',
  'The account is out of credit or quota': 'Le compte n’a plus de crédit ou de quota',
  'Too many requests: the server is rate limiting': 'Trop de requêtes : le serveur limite le débit',
  'The server has no model "{model}"': 'Le serveur n’a pas de modèle « {model} »',
  'The server does not know this model': 'Le serveur ne connaît pas ce modèle',
  'The request URL contains {path}': 'L’URL de la requête contient {path}',
  'The 404 answer is an HTML page': 'La réponse 404 est une page HTML',
  'The URL has {path} twice': 'L’URL contient {path} deux fois',
  'Nothing at this path on the server (HTTP {status})': 'Rien à ce chemin sur le serveur (HTTP {status})',
  'The server rejected the host name in the URL': 'Le serveur a refusé le nom d’hôte de l’URL',
  'The model is still loading': 'Le modèle est encore en cours de chargement',
  'The request is too large for the server': 'La requête est trop volumineuse pour le serveur',
  'The server rejected the request': 'Le serveur a refusé la requête',
  'The server reported an error': 'Le serveur a signalé une erreur',
  "Read the server's message": 'Lire le message du serveur',
  "The message above says what went wrong. Check the server's log, then retry.":
    'Le message ci-dessus dit ce qui n’a pas fonctionné. Consultez le journal du serveur, puis réessayez.',
  "It gave no details. Check the server's log, then retry.":
    'Il n’a donné aucun détail. Consultez le journal du serveur, puis réessayez.',
  'The server failed (HTTP {status})': 'Le serveur a échoué (HTTP {status})',
  'The server answered HTTP {status}': 'Le serveur a répondu HTTP {status}',
  'This status is unusual for an LLM API; the message above says more.':
    'Ce statut est inhabituel pour une API de LLM ; le message ci-dessus en dit plus.',
  'This server is {server}: use {server} mode': 'Ce serveur est {server} : utilisez le mode {server}',
  '{method} {url} answered HTTP {status}, but not in the expected format':
    '{method} {url} a répondu HTTP {status}, mais pas au format attendu',
  '{method} {url} answered, but not in the expected format': '{method} {url} a répondu, mais pas au format attendu',
  'The answer is an HTML page': 'La réponse est une page HTML',
  'This URL is a web page, not the API': 'Cette URL est une page web, pas l’API',
  'The body is an {server} model list ({shape})': 'Le corps est une liste de modèles {server} ({shape})',
  "The body is in {server}'s native format": 'Le corps est au format natif de {server}',
  'The server speaks the {server} API, but this connection uses {mode} mode':
    'Le serveur parle l’API {server}, mais cette connexion utilise le mode {mode}',
  "The body is in {server}'s format": 'Le corps est au format de {server}',
  'The body was empty': 'Le corps était vide',
  'The body looks like {shape}': 'Le corps ressemble à {shape}',
  'The server answered in an unexpected format': 'Le serveur a répondu dans un format inattendu',
  '{server} requires an API key: set one in {place} and enter the same key here.':
    '{server} exige une clé d’API : définissez-en une dans {place} et saisissez la même clé ici.',
  '{server} checks keys only when started with {option}; enter that key here.':
    '{server} ne vérifie les clés que s’il est lancé avec {option} ; saisissez cette clé ici.',
  '{server} checks keys only when started with {option} (or {variable}); enter that key here.':
    '{server} ne vérifie les clés que s’il est lancé avec {option} (ou {variable}) ; saisissez cette clé ici.',
  '{server} checks keys when {variables} is set; enter one of those keys here.':
    '{server} vérifie les clés quand {variables} est défini ; saisissez l’une de ces clés ici.',
  '{server} checks keys only when "{setting}" is on in the server settings.':
    '{server} ne vérifie les clés que si « {setting} » est activé dans les réglages du serveur.',
  'The {server} proxy expects its master key or a virtual key created from it.':
    'Le proxy {server} attend sa clé maîtresse ou une clé virtuelle créée à partir d’elle.',
  '{server} checks the key only when started with {option}; enter that password as the key.':
    '{server} ne vérifie la clé que s’il est lancé avec {option} ; saisissez ce mot de passe comme clé.',
  'Create a key at {place}, and check the project has access to this model.':
    'Créez une clé sur {place}, et vérifiez que le projet a accès à ce modèle.',
  'Create a key at {place}.': 'Créez une clé sur {place}.',
  '{server} checks keys only when started with {option}.':
    '{server} ne vérifie les clés que s’il est lancé avec {option}.',
  'Check the API key': 'Vérifier la clé d’API',
  'Add an API key': 'Ajouter une clé d’API',
  'The server refused the key this connection sent (HTTP {status}). Copy it again, without spaces, or create a new one.':
    'Le serveur a refusé la clé envoyée par cette connexion (HTTP {status}). Copiez-la à nouveau, sans espaces, ou créez-en une nouvelle.',
  'The server wants an API key and this connection sends none (HTTP {status}). Enter the key in the connection settings.':
    'Le serveur demande une clé d’API et cette connexion n’en envoie aucune (HTTP {status}). Saisissez la clé dans les réglages de la connexion.',
  '{server} and API keys': '{server} et les clés d’API',
  "Add this host to {server}'s {setting}": 'Ajouter cet hôte aux {setting} de {server}',
  'A proxy may be answering for {server}': 'Un proxy répond peut-être à la place de {server}',
  "{server}'s own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.":
    'Le 403 propre à {server} (origine ou hôte refusé) n’a pas d’en-têtes CORS, la page ne pourrait donc jamais le lire. Un 403 lisible vient d’autre chose, par exemple un proxy inverse avec ses propres règles d’accès.',
  'Add credit or raise the limit': 'Ajouter du crédit ou relever la limite',
  '{server} says the account is out of credit or quota. Check billing and usage limits in its dashboard.':
    '{server} indique que le compte n’a plus de crédit ou de quota. Vérifiez la facturation et les limites d’utilisation dans son tableau de bord.',
  'Pick a model the server lists': 'Choisir un modèle que le serveur liste',
  'Refresh the model list for this connection and choose one of its models.':
    'Actualisez la liste des modèles de cette connexion et choisissez l’un de ses modèles.',
  'Download {model} into {server}': 'Télécharger {model} dans {server}',
  '{server} has no model called {model}. Download it (names are like {example} or {other}), or pick an installed one.':
    '{server} n’a pas de modèle nommé {model}. Téléchargez-le (les noms ressemblent à {example} ou {other}), ou choisissez un modèle installé.',
  'Download the model': 'Télécharger le modèle',
  'List installed models': 'Lister les modèles installés',
  'Load {model} in {server}': 'Charger {model} dans {server}',
  'Download it in {server}, or load it from a terminal:':
    'Téléchargez-le dans {server}, ou chargez-le depuis un terminal :',
  'Load the model': 'Charger le modèle',
  'Use the name {server} serves': 'Utiliser le nom sous lequel {server} sert le modèle',
  '{server} serves one model, under {option} if set, else its path. Use exactly that name.':
    '{server} sert un seul modèle, sous {option} s’il est défini, sinon sous son chemin. Utilisez exactement ce nom.',
  'Check access': 'Vérifier l’accès',
  'The model id may be misspelled, retired, or not enabled for this key at {host}.':
    'L’identifiant du modèle est peut-être mal orthographié, retiré ou non activé pour cette clé sur {host}.',
  'Remove the doubled {path}': 'Supprimer le {path} en double',
  'The request URL contains {doubled}. Set the base URL to {url}.':
    'L’URL de la requête contient {doubled}. Définissez l’URL de base sur {url}.',
  'Try the base URL {url}': 'Essayer l’URL de base {url}',
  "{server}'s native API lives at the server root (e.g. {example}), not under {path}. Try {suggestions}.":
    'L’API native de {server} se trouve à la racine du serveur (par ex. {example}), pas sous {path}. Essayez {suggestions}.',
  'OpenAI-compatible servers usually serve the API under {path} (e.g. {example}); a few also answer at the root. Try {suggestions}.':
    'Les serveurs compatibles OpenAI servent généralement l’API sous {path} (par ex. {example}) ; quelques-uns répondent aussi à la racine. Essayez {suggestions}.',
  'Or switch this connection to OpenAI-compatible mode': 'Ou passer cette connexion en mode compatible OpenAI',
  "If {url} is not {server}, its {paths} paths won't exist. Use OpenAI-compatible mode with the server's {path} URL.":
    'Si {url} n’est pas {server}, ses chemins {paths} n’existeront pas. Utilisez le mode compatible OpenAI avec l’URL {path} du serveur.',
  'Check the address': 'Vérifier l’adresse',
  'A 404 means a server answered at {url} but has nothing at that path: check host, port and path prefix.':
    'Un 404 signifie qu’un serveur a répondu à {url} mais n’a rien à ce chemin : vérifiez l’hôte, le port et le préfixe de chemin.',
  'Pick a model that supports chat': 'Choisir un modèle qui prend en charge le chat',
  'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.':
    'Ce modèle ne peut pas faire ce qui est demandé (par exemple un modèle d’embeddings utilisé pour le chat). Choisissez un autre modèle.',
  "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.":
    'Le serveur a refusé la requête comme invalide. Vérifiez les paramètres de la connexion et du chat (nombre maximal de jetons, format de réponse, images) ; le message ci-dessus nomme le problème.',
  "{server} is limiting how fast requests may come. Retry in a moment, or check your plan's limits.":
    '{server} limite la fréquence des requêtes. Réessayez dans un instant, ou vérifiez les limites de votre forfait.',
  "{server} is limiting how fast requests may come. The server asks to wait {seconds} s. Retry in a moment, or check your plan's limits.":
    '{server} limite la fréquence des requêtes. Le serveur demande d’attendre {seconds} s. Réessayez dans un instant, ou vérifiez les limites de votre forfait.',
  "{server} is limiting how fast requests may come. The server asks to wait {retryAfter}. Retry in a moment, or check your plan's limits.":
    '{server} limite la fréquence des requêtes. Le serveur demande d’attendre : {retryAfter}. Réessayez dans un instant, ou vérifiez les limites de votre forfait.',
  'Wait and retry': 'Attendre et réessayer',
  'Wait for the model to load, then retry': 'Attendre que le modèle soit chargé, puis réessayer',
  '{server} is still loading the model into memory. This can take a minute for large models.':
    '{server} charge encore le modèle en mémoire. Cela peut prendre une minute pour les gros modèles.',
  'Use {url}': 'Utiliser {url}',
  '{server} only accepts the host names {first} and {second} unless started with {option}.':
    '{server} n’accepte que les noms d’hôte {first} et {second}, sauf s’il est lancé avec {option}.',
  'Or start it with {option}': 'Ou le lancer avec {option}',
  'Then it accepts any host name (and listens on the network).':
    'Il accepte alors n’importe quel nom d’hôte (et écoute sur le réseau).',
  'Start {server}': 'Lancer {server}',
  'Check the proxy and the server behind it': 'Vérifier le proxy et le serveur derrière lui',
  'HTTP {status} comes from a proxy or gateway that could not get an answer from {server} in time. Check that the server behind it is running.':
    'HTTP {status} vient d’un proxy ou d’une passerelle qui n’a pas obtenu de réponse de {server} à temps. Vérifiez que le serveur derrière lui tourne.',
  "Check {server}'s log": 'Consulter le journal de {server}',
  'The server failed while handling the request (HTTP {status}). Its console or log says why; out-of-memory while loading a model is a common cause.':
    'Le serveur a échoué en traitant la requête (HTTP {status}). Sa console ou son journal dit pourquoi ; un manque de mémoire au chargement d’un modèle est une cause fréquente.',
  'Use the address the server redirects to': 'Utiliser l’adresse vers laquelle le serveur redirige',
  "{app} never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. Find where the server points (the {header} line of the command below), then put that address in the connection's base URL. Common causes: {http} redirected to {https}, a missing or extra {path}, a proxy or login page in front of the API.":
    '{app} ne suit jamais une redirection avec une clé d’API, pour que la clé et le chat ne puissent pas être envoyés à une adresse que vous n’avez pas saisie. Trouvez où pointe le serveur (la ligne {header} de la commande ci-dessous), puis mettez cette adresse dans l’URL de base de la connexion. Causes fréquentes : {http} redirigé vers {https}, un {path} manquant ou en trop, un proxy ou une page de connexion devant l’API.',
  'Show the redirect': 'Afficher la redirection',
};
