// French: text written below the UI — connections (validation, links, parameters). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore: Translations = {
  // connections: the form's validation
  'Give the connection a name': 'Donnez un nom à la connexion',
  'A connection named "{name}" already exists': 'Une connexion nommée « {name} » existe déjà',
  'This server is already added as "{name}"': 'Ce serveur est déjà ajouté sous le nom « {name} »',
  'First-token timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Le délai du premier jeton doit être un nombre de secondes de 0 à {max} (0 = sans limite)',
  'Idle timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Le délai d’inactivité doit être un nombre de secondes de 0 à {max} (0 = sans limite)',
  'Embeddings timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Le délai des embeddings doit être un nombre de secondes de 0 à {max} (0 = sans limite)',
  'Speech to text timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Le délai de la transcription doit être un nombre de secondes de 0 à {max} (0 = sans limite)',
  'Text to speech timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Le délai de la synthèse vocale doit être un nombre de secondes de 0 à {max} (0 = sans limite)',
  'Extra parameters are not valid JSON ({error})':
    'Les paramètres supplémentaires ne sont pas du JSON valide ({error})',
  'Extra parameters must be a JSON object, e.g. {example}':
    'Les paramètres supplémentaires doivent être un objet JSON, par ex. {example}',
  'Enter the server address, e.g. {example}': 'Saisissez l’adresse du serveur, par ex. {example}',
  '"{address}" is not a valid URL': '« {address} » n’est pas une URL valide',
  'Only {http} and {https} addresses work here, not {scheme}':
    'Seules les adresses {http} et {https} fonctionnent ici, pas {scheme}',
  'The address has no host name': 'L’adresse n’a pas de nom d’hôte',
  '"{host}" is not a usable host name: use letters, digits, dots, hyphens and underscores, or an IP address':
    '« {host} » n’est pas un nom d’hôte utilisable : utilisez des lettres, chiffres, points, tirets et tirets bas, ou une adresse IP',
  'Remove the user name or password from the address: put an API key in the API key field instead':
    'Retirez le nom d’utilisateur ou le mot de passe de l’adresse : mettez plutôt une clé d’API dans le champ Clé d’API',
  'Remove the query ({query}) and fragment ({fragment}) from the address: put an API key in the API key field instead':
    'Retirez la requête ({query}) et le fragment ({fragment}) de l’adresse : mettez plutôt une clé d’API dans le champ Clé d’API',
  'The host name mixes Latin with Cyrillic or Greek letters, so it can imitate another name; the browser reaches it as {host}.':
    'Le nom d’hôte mélange des lettres latines avec des lettres cyrilliques ou grecques et peut donc imiter un autre nom ; le navigateur le joint sous {host}.',
  'The host name has letters outside plain ASCII and can imitate another name; the browser reaches it as {host}.':
    'Le nom d’hôte contient des lettres hors ASCII simple et peut imiter un autre nom ; le navigateur le joint sous {host}.',
  // connections: links
  'The link names a server kind this app does not know: {kind}.':
    'Le lien indique un type de serveur que cette application ne connaît pas : {kind}.',
  'The link names an API mode this app does not know: {mode}.':
    'Le lien indique un mode d’API que cette application ne connaît pas : {mode}.',
  'The link gives no server address ({param}).': 'Le lien ne donne aucune adresse de serveur ({param}).',
  'The link’s server address must start with {http} or {https}.':
    'L’adresse du serveur du lien doit commencer par {http} ou {https}.',
  'The link’s server address is refused: {reason}.': 'L’adresse du serveur du lien est refusée : {reason}.',
  'The link’s name is longer than {max} characters.': 'Le nom du lien dépasse {max} caractères.',
  'This link’s API key or password was ignored: keys are never taken from links.':
    'La clé d’API ou le mot de passe de ce lien a été ignoré : les clés ne sont jamais reprises des liens.',
  'This link was refused, and nothing was stored. {reason}':
    'Ce lien a été refusé et rien n’a été enregistré. {reason}',
  'The link is longer than {size} KB, so it was not read.': 'Le lien dépasse {size} Ko, il n’a donc pas été lu.',
  'The link is not valid percent-encoding.': 'Le lien n’est pas un encodage-pourcent valide.',
  'The link has a parameter this app does not know: {param}.':
    'Le lien contient un paramètre que cette application ne connaît pas : {param}.',
  'The link gives {param} more than once.': 'Le lien donne {param} plus d’une fois.',
  "The link's {param} is longer than {max} characters.": 'Le paramètre {param} du lien dépasse {max} caractères.',
  "The link's {param} holds control characters.": 'Le paramètre {param} du lien contient des caractères de contrôle.',
  // connections: parameters and presets
  Temperature: 'Température',
  'Top P': 'Top P',
  'Top K': 'Top K',
  'Min P': 'Min P',
  'Repeat penalty': 'Pénalité de répétition',
  'Presence penalty': 'Pénalité de présence',
  'Frequency penalty': 'Pénalité de fréquence',
  'Max tokens': 'Jetons max.',
  Seed: 'Graine',
  'Not part of the OpenAI API; llama.cpp, vLLM, LM Studio and others accept it, a server that does not may ignore or refuse it.':
    'Ne fait pas partie de l’API OpenAI ; llama.cpp, vLLM, LM Studio et d’autres l’acceptent, un serveur qui ne l’accepte pas peut l’ignorer ou le refuser.',
  'The OpenAI API has no such parameter, so it is not sent.':
    'L’API OpenAI n’a pas ce paramètre, il n’est donc pas envoyé.',
  '{label}: at most {max} (one per line)': '{label} : {max} au maximum (une par ligne)',
  '{label} must be a number': '{label} doit être un nombre',
  '{label} must be a whole number': '{label} doit être un nombre entier',
  '{label} must be between {min} and {max}': '{label} doit être compris entre {min} et {max}',
  'From this chat': 'De ce chat',
  'No limit set: the server decides': 'Aucune limite définie : le serveur décide',
  'From connection {name}: {value}': 'De la connexion {name} : {value}',
  'From the connection: {value}': 'De la connexion : {value}',
  'Server default ({server}: {value})': 'Valeur par défaut du serveur ({server} : {value})',
  "Server default (the server's own)": 'Valeur par défaut du serveur (la sienne)',
  'Give the preset a name': 'Donnez un nom au préréglage',
  'Keep the name under {max} characters': 'Le nom doit faire moins de {max} caractères',
  'A preset named "{name}" already exists': 'Un préréglage nommé « {name} » existe déjà',
  Other: 'Autre',
  'OpenAI-compatible': 'Compatible OpenAI',
};
