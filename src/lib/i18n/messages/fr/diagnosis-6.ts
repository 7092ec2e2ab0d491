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
};
