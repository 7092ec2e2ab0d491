// French: the last texts chosen below the UI (record checks, browser models, Ollama warnings, presets). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libRest: Translations = {
  'The download ended at {loaded} of {total}.': 'Le téléchargement s’est arrêté à {loaded} sur {total}.',
  'The download could not start: the host did not answer or does not allow downloads from this page ({cause}).':
    'Le téléchargement n’a pas pu démarrer : l’hôte n’a pas répondu ou n’autorise pas les téléchargements depuis cette page ({cause}).',
  'The server refused the resume ({status}); delete the download and start again.':
    'Le serveur a refusé la reprise ({status}) ; supprimez le téléchargement et recommencez.',
  'The server answered {status}.': 'Le serveur a répondu {status}.',
  'The server sent no file.': 'Le serveur n’a envoyé aucun fichier.',
  'The connection broke after {loaded} of {total} ({cause}); {kept} are kept and Resume continues from there.':
    'La connexion s’est interrompue après {loaded} sur {total} ({cause}) ; {kept} sont conservés et Reprendre repart de là.',
  'The connection broke after {loaded} ({cause}); {kept} are kept and Resume continues from there.':
    'La connexion s’est interrompue après {loaded} ({cause}) ; {kept} sont conservés et Reprendre repart de là.',
  'A downloaded part went missing; start the download again.':
    'Une partie téléchargée a disparu ; relancez le téléchargement.',
  'The file is {size}; a model in this browser must be one file of at most {max}.':
    'Le fichier fait {size} ; un modèle dans ce navigateur doit tenir en un seul fichier d’au plus {max}.',
  'The file is {size} but this browser has only {left} of storage left for this site.':
    'Le fichier fait {size}, mais ce navigateur n’a plus que {left} de stockage pour ce site.',
  'The model needs about {size} of memory; this device reports {memory}, so a tab can safely hold {safe}.':
    'Le modèle a besoin d’environ {size} de mémoire ; cet appareil indique {memory}, un onglet peut donc contenir sans risque {safe}.',
  'This tab ran out of memory for the model. Close other tabs or choose a smaller model; the chat is kept.':
    'Cet onglet manque de mémoire pour le modèle. Fermez d’autres onglets ou choisissez un modèle plus petit ; la conversation est conservée.',
  'The model in this browser failed: {reason}': 'Le modèle dans ce navigateur a échoué : {reason}',
  "The engine's worker stopped: {reason}": 'Le worker du moteur s’est arrêté : {reason}',
  "{key} is not supported by Ollama's {path} and was not sent":
    '{key} n’est pas pris en charge par {path} d’Ollama et n’a pas été envoyé',
  'Ollama takes only inline ({kinds}) images; {count} images given by link were not sent': {
    one: 'Ollama n’accepte que les images intégrées ({kinds}) ; {count} image donnée par lien n’a pas été envoyée',
    other:
      'Ollama n’accepte que les images intégrées ({kinds}) ; {count} images données par lien n’ont pas été envoyées',
  },
  '{at} is not an object.': '{at} n’est pas un objet.',
  '{at} has no {field}.': '{at} n’a pas de {field}.',
  '{field} is empty.': '{field} est vide.',
  '{field} must be one of {values}.': '{field} doit être l’une de ces valeurs : {values}.',
  '{field} must be an {http} or {https} address without a user name or password (nor a query or fragment).':
    '{field} doit être une adresse {http} ou {https} sans nom d’utilisateur ni mot de passe (ni requête ni fragment).',
  '{field} must be true or false.': '{field} doit valoir true ou false.',
  '{at} needs {created} and {updated} times (numbers).':
    '{at} a besoin des horodatages {created} et {updated} (des nombres).',
  '{field} must be a list of text.': '{field} doit être une liste de textes.',
  '{field} must be text.': '{field} doit être du texte.',
  '{field} must be a whole number.': '{field} doit être un nombre entier.',
  '{at} was saved by a newer Switchboard (schema {version}); update Switchboard to restore it.':
    '{at} a été enregistré par un Switchboard plus récent (schéma {version}) ; mettez Switchboard à jour pour le restaurer.',
  '{field} must be an object of messages.': '{field} doit être un objet de messages.',
  '{field} must be a list.': '{field} doit être une liste.',
  '{at} has neither {nodes} nor {messages}.': '{at} n’a ni {nodes} ni {messages}.',
  '{at} could not be read as a conversation.': '{at} n’a pas pu être lu comme une conversation.',
  'entry {n}': 'entrée {n}',
  '(unnamed)': '(sans nom)',
  Precise: 'Précis',
  Balanced: 'Équilibré',
  Creative: 'Créatif',
  Person: 'Personne',
  'List of steps': 'Liste d’étapes',
  Sentiment: 'Sentiment',
  '{name} is not a GGUF file (its name should end in {extension}).':
    '{name} n’est pas un fichier GGUF (son nom devrait se terminer par {extension}).',
  '{field} must be {value}.': '{field} doit valoir {value}.',
  '{field} must name one of its columns.': '{field} doit désigner l’une de ses colonnes.',
  '{field} must be a whole number from 1.': '{field} doit être un nombre entier à partir de 1.',
  '{field} must be an assistant message with an id.':
    '{field} doit être un message de l’assistant avec un identifiant.',
  '{field} must be a time (number).': '{field} doit être un horodatage (un nombre).',
  '{at} was saved by a newer Switchboard (schema {version}).':
    '{at} a été enregistré par un Switchboard plus récent (schéma {version}).',
  '{field} must be a list of 1 to {max} columns.': '{field} doit être une liste de 1 à {max} colonnes.',
  '{field} must be an object of runs.': '{field} doit être un objet d’exécutions.',
  '{field} must be text or a list of texts.': '{field} doit être un texte ou une liste de textes.',
  '{field} must be a number.': '{field} doit être un nombre.',
  'its server is no longer in Settings': 'son serveur ne figure plus dans les Paramètres',
  'temperature {value}': 'température {value}',
  'max tokens {value}': 'tokens max. {value}',
  'own system prompt': 'prompt système propre',
  '[part {n} of this message is missing]': '[la partie {n} de ce message est manquante]',
};
