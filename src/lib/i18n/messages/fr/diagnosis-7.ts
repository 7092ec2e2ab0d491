// French: diagnosis texts (answers that are no answer, requests beyond chat, images, install guides).
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis7: Translations = {
  // fixes/answers.ts
  'Point the connection at the API, not the web page': 'Faire pointer la connexion vers l’API, pas vers la page web',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).":
    '{url} a renvoyé une page web. Utilisez l’URL de base de l’API, qui se termine généralement par {path} (l’API de {server} est généralement sur le port {port}).',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path}.":
    '{url} a renvoyé une page web. Utilisez l’URL de base de l’API, qui se termine généralement par {path}.',
  'Switch this connection to {mode} mode': 'Passer cette connexion en mode {mode}',
  'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.':
    'Le serveur a répondu dans le format natif d’Ollama. Utilisez le mode « {mode} » avec l’URL de base {url}, ou gardez le mode {other} avec {v1url}.',
  'The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.':
    'Le serveur a répondu dans le format d’OpenAI. Utilisez le mode « {mode} » avec l’URL de base {url}.',
  'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.':
    'Le serveur à {origin} indique être Ollama. Modifiez la connexion : mode « {mode} », URL de base {origin}. L’API native d’Ollama fonctionne avec toutes les versions d’Ollama.',
  'Or keep {mode} mode with base URL {url}': 'Ou garder le mode {mode} avec l’URL de base {url}',
  'Ollama serves its OpenAI-compatible API under {path}, not at this path.':
    'Ollama sert son API compatible OpenAI sous {path}, pas à ce chemin.',
  'Or update Ollama to keep {mode} mode': 'Ou mettre à jour Ollama pour garder le mode {mode}',
  'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:':
    'Cet Ollama répond 404 à {url} : les anciennes versions d’Ollama n’ont pas d’API compatible OpenAI (ou pas complète), et certains proxys ne transmettent que les chemins {prefix}. Vérifiez sa version :',
  "Ollama's version": 'Version d’Ollama',
  'Check the API mode and base URL': 'Vérifier le mode d’API et l’URL de base',
  'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.':
    'Le serveur a répondu dans un format inattendu. Vérifiez que le mode (OpenAI ou Ollama natif) correspond au serveur et que l’URL de base pointe vers son API.',
  '{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.':
    '{server} s’est tu en pleine réponse. Il est peut-être surchargé ou à court de mémoire ; consultez son journal et réessayez.',
  'The server stopped sending': 'Le serveur a cessé d’envoyer',
  'Retry: the first request may load the model': 'Réessayer : la première requête charge peut-être le modèle',
  '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.':
    '{server} charge peut-être le modèle, ce qui peut dépasser le délai imparti. Réessayez une fois le modèle chargé.',
  'Check the network path': 'Vérifier le chemin réseau',
  'A firewall that silently drops packets also looks like this. Run "{action}" to check.':
    'Un pare-feu qui rejette silencieusement les paquets produit le même effet. Lancez « {action} » pour vérifier.',
  'Retry; check the server and any proxy': 'Réessayer ; vérifier le serveur et tout proxy',
  'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).':
    'La réponse avait commencé, ce n’est donc ni CORS ni une mauvaise URL : la connexion à {server} s’est coupée en plein flux (plantage ou redémarrage du serveur, délai du proxy, changement de réseau).',
  'Download a model': 'Télécharger un modèle',
  'Ollama has no models yet.': 'Ollama n’a encore aucun modèle.',
  'For example': 'Par exemple',
  'Load a model on the server, or type its id': 'Charger un modèle sur le serveur, ou saisir son identifiant',
  '{server} listed no models. Load one on the server, or add model ids by hand in the connection.':
    '{server} n’a listé aucun modèle. Chargez-en un sur le serveur, ou ajoutez des identifiants de modèle à la main dans la connexion.',
};
