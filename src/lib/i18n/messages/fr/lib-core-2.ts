// French: text written below the UI — providers and conversation (errors, failures, descriptions). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore2: Translations = {
  // conversation: the chat's output settings
  'The schema is not valid JSON: {error}': 'Le schéma n’est pas du JSON valide : {error}',
  'The tool definitions are not valid JSON: {error}': 'Les définitions d’outils ne sont pas du JSON valide : {error}',
  'The schema must be a JSON object, such as {example}.': 'Le schéma doit être un objet JSON, comme {example}.',
  '{field} must be one of {types} (found {found}).': '{field} doit être l’un de {types} (trouvé : {found}).',
  '{field} must be an object.': '{field} doit être un objet.',
  '{field} must be a list of names.': '{field} doit être une liste de noms.',
  'Paste or write a JSON schema, or pick an example.': 'Collez ou écrivez un schéma JSON, ou choisissez un exemple.',
  '{field} may hold only letters, digits, {underscore} and {hyphen} (at most {max}).':
    '{field} ne peut contenir que des lettres, des chiffres, {underscore} et {hyphen} ({max} au maximum).',
  'Tool definitions must be a JSON list: {example}.':
    'Les définitions d’outils doivent être une liste JSON : {example}.',
  'Tool {n} needs {field}.': 'L’outil {n} nécessite {field}.',
  'Tool {n} needs a {field} object.': 'L’outil {n} nécessite un objet {field}.',
  'Tool {n}: {field} must be letters, digits, {underscore} or {hyphen} (at most {max}).':
    'Outil {n} : {field} doit être composé de lettres, chiffres, {underscore} ou {hyphen} ({max} au maximum).',
  'Tool {n}: the name {name} is used twice.': 'Outil {n} : le nom {name} est utilisé deux fois.',
  'Tool {n}: {field} must be text.': 'Outil {n} : {field} doit être du texte.',
  'Tool {n}: {field} must be a JSON schema object.': 'Outil {n} : {field} doit être un objet de schéma JSON.',
  // providers: this browser's engine and models
  'This browser offers a WebGPU adapter, so the model runs on the GPU.':
    'Ce navigateur offre un adaptateur WebGPU, le modèle tourne donc sur le GPU.',
  'No WebGPU; the page is cross-origin isolated, so WebAssembly runs on {count} threads.':
    'Pas de WebGPU ; la page est isolée cross-origin, WebAssembly tourne donc sur {count} threads.',
  'No WebGPU, and the page is not cross-origin isolated (its host does not send the {headers} headers), so threads are unavailable: WebAssembly runs on one thread.':
    'Pas de WebGPU, et la page n’est pas isolée cross-origin (son hôte n’envoie pas les en-têtes {headers}), les threads sont donc indisponibles : WebAssembly tourne sur un seul thread.',
  'No WebGPU, and this device has too few cores for threads to help: WebAssembly runs on one thread.':
    'Pas de WebGPU, et cet appareil a trop peu de cœurs pour que les threads aident : WebAssembly tourne sur un seul thread.',
  'WebAssembly, several threads': 'WebAssembly, plusieurs threads',
  'WebAssembly, one thread': 'WebAssembly, un thread',
  'Tiny and fast: short answers and simple rewrites, on any laptop.':
    'Minuscule et rapide : réponses courtes et reformulations simples, sur n’importe quel portable.',
  'Small all-rounder for quick questions and summaries.': 'Petit polyvalent pour les questions rapides et les résumés.',
  'Multilingual, follows instructions well for its size; some code.':
    'Multilingue, suit bien les instructions pour sa taille ; un peu de code.',
  'The most capable here: better reasoning and writing, slower on the CPU.':
    'Le plus capable ici : meilleur raisonnement et meilleure écriture, plus lent sur le CPU.',
  // providers: errors
  '{status} (the server sent an HTML page, not an API error)':
    '{status} (le serveur a envoyé une page HTML, pas une erreur d’API)',
  '{status} (empty body)': '{status} (corps vide)',
  'The server reported an error without a message': 'Le serveur a signalé une erreur sans message',
  'The request got no response': 'La requête n’a reçu aucune réponse',
  'The connection broke while the reply was streaming': 'La connexion s’est rompue pendant la diffusion de la réponse',
  'The request was cancelled': 'La requête a été annulée',
  'No response within {duration}': 'Aucune réponse en {duration}',
  'This connection needs an API key; add one in its settings':
    'Cette connexion nécessite une clé d’API ; ajoutez-en une dans ses paramètres',
  'No data from {host} for {duration}; the stream was stopped. The text received so far is kept.':
    'Aucune donnée de {host} depuis {duration} ; le flux a été arrêté. Le texte reçu jusqu’ici est conservé.',
  'No data from {host} for {duration} while waiting for the first token; the request was stopped.':
    'Aucune donnée de {host} depuis {duration} en attendant le premier jeton ; la requête a été arrêtée.',
  'The server sent a line longer than {size} without a line break; the stream was stopped. The text received so far is kept.':
    'Le serveur a envoyé une ligne de plus de {size} sans saut de ligne ; le flux a été arrêté. Le texte reçu jusqu’ici est conservé.',
  "The server's reply is larger than {size}; reading it was stopped.":
    'La réponse du serveur dépasse {size} ; sa lecture a été arrêtée.',
  'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.':
    'Le serveur a répondu par une page web (HTML), pas par un flux de chat. L’URL de base pointe peut-être vers une interface web, une page de connexion ou un proxy au lieu de l’API.',
  'The server sent an empty reply ({status} with no content).':
    'Le serveur a envoyé une réponse vide ({status} sans contenu).',
  'the server': 'le serveur',
  'The embeddings reply is not a JSON object.': 'La réponse des embeddings n’est pas un objet JSON.',
  'The reply has no {field} list.': 'La réponse n’a pas de liste {field}.',
  'The reply has no {field} list of embeddings.': 'La réponse n’a pas de liste {field} d’embeddings.',
  'The reply holds {vectors} vectors for {count} texts.': 'La réponse contient {vectors} vecteurs pour {count} textes.',
  'An embedding in the reply is not a list of numbers.': 'Un embedding de la réponse n’est pas une liste de nombres.',
  'The vectors in the reply differ in length.': 'Les vecteurs de la réponse n’ont pas la même longueur.',
  'The model list was not JSON': 'La liste des modèles n’était pas du JSON',
  'The server sent a line that is not JSON; the stream was stopped. The text received so far is kept.':
    'Le serveur a envoyé une ligne qui n’est pas du JSON ; le flux a été arrêté. Le texte reçu jusqu’ici est conservé.',
  'The reply was not a stream of JSON lines': 'La réponse n’était pas un flux de lignes JSON',
  'This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server':
    'Cela ressemble à une liste de modèles de style OpenAI ; utilisez le mode compatible OpenAI pour ce serveur',
  'The reply is not an Ollama model list (no {field} array)':
    'La réponse n’est pas une liste de modèles Ollama (pas de tableau {field})',
  'The reply was not JSON': 'La réponse n’était pas du JSON',
  'The reply was not a JSON object': 'La réponse n’était pas un objet JSON',
  'The reply is not an {endpoint} result (no {field})': 'La réponse n’est pas un résultat {endpoint} (pas de {field})',
  'This looks like an Ollama model list ({endpoint}); use the Ollama mode for this server':
    'Cela ressemble à une liste de modèles Ollama ({endpoint}) ; utilisez le mode Ollama pour ce serveur',
  'The reply is not an OpenAI-style model list (no {field} array)':
    'La réponse n’est pas une liste de modèles de style OpenAI (pas de tableau {field})',
  'The reply is not a chat completion (no {field})': 'La réponse n’est pas une complétion de chat (pas de {field})',
  'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.':
    'Le serveur a envoyé un événement qui n’est pas du JSON ; le flux a été arrêté. Le texte reçu jusqu’ici est conservé.',
  'The server sent an event that is not JSON': 'Le serveur a envoyé un événement qui n’est pas du JSON',
  'The reply was not an event stream': 'La réponse n’était pas un flux d’événements',
  "The server URL is not a full {http} or {https} address; the request was not sent. Edit the connection's base URL":
    'L’URL du serveur n’est pas une adresse {http} ou {https} complète ; la requête n’a pas été envoyée. Modifiez l’URL de base de la connexion',
  "Only {http} and {https} server URLs work; the request was not sent. Edit the connection's base URL":
    'Seules les URL de serveur {http} et {https} fonctionnent ; la requête n’a pas été envoyée. Modifiez l’URL de base de la connexion',
  'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field':
    'L’URL du serveur contient un nom d’utilisateur ou un mot de passe ; la requête n’a pas été envoyée. Retirez-les de l’URL de base et utilisez le champ Clé d’API',
  'The server answered with a redirect ({status} to {location}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Le serveur a répondu par une redirection ({status} vers {location}) ; elle n’a pas été suivie, la clé d’API n’est donc allée nulle part ailleurs. Réglez l’URL de base sur l’adresse vers laquelle le serveur redirige',
  'The server answered with a redirect ({status}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Le serveur a répondu par une redirection ({status}) ; elle n’a pas été suivie, la clé d’API n’est donc allée nulle part ailleurs. Réglez l’URL de base sur l’adresse vers laquelle le serveur redirige',
  'The server answered with a redirect to {location}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Le serveur a répondu par une redirection vers {location} ; elle n’a pas été suivie, la clé d’API n’est donc allée nulle part ailleurs. Réglez l’URL de base sur l’adresse vers laquelle le serveur redirige',
  'The server answered with a redirect; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Le serveur a répondu par une redirection ; elle n’a pas été suivie, la clé d’API n’est donc allée nulle part ailleurs. Réglez l’URL de base sur l’adresse vers laquelle le serveur redirige',
  'The reply is not a transcription (no {field})': 'La réponse n’est pas une transcription (pas de {field})',
};
