// French: text written below the UI (storage alerts, imports and restores, speech, statuses), part 2 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp2: Translations = {
  'text to speech (not for chat)': 'texte vers parole (pas pour le chat)',
  'Copy code': 'Copier le code',
  'The text could not be read as JSON': 'Le texte n’a pas pu être lu comme du JSON',
  '(top level)': '(niveau supérieur)',
  '(schema)': '(schéma)',
  'The value does not match the schema.': 'La valeur ne correspond pas au schéma.',
  'This is not allowed here.': 'Ce n’est pas autorisé ici.',
  '[Part {number} of this answer could not be read.]': '[La partie {number} de cette réponse n’a pas pu être lue.]',
  'The browser has no room left to save your chats (storage quota exceeded).':
    'Le navigateur n’a plus de place pour enregistrer vos chats (quota de stockage dépassé).',
  'Download this chat now, then free space: delete old chats, export and remove large ones, or clear other sites’ data. Switchboard keeps retrying and saves as soon as there is room.':
    'Téléchargez ce chat maintenant, puis libérez de l’espace : supprimez d’anciens chats, exportez et retirez les plus gros, ou effacez les données d’autres sites. Switchboard réessaie et enregistre dès qu’il y a de la place.',
  'This chat was saved by a newer version of Switchboard, so this version does not overwrite it.':
    'Ce chat a été enregistré par une version plus récente de Switchboard, donc cette version ne l’écrase pas.',
  'Reload the page to get the newer version, or download this chat to keep what is on screen.':
    'Rechargez la page pour obtenir la version plus récente, ou téléchargez ce chat pour garder ce qui est à l’écran.',
  'Another Switchboard tab is holding the database open with a different version, so saving is blocked.':
    'Un autre onglet Switchboard garde la base de données ouverte avec une autre version, donc l’enregistrement est bloqué.',
  'Close or reload the other Switchboard tabs. Download this chat if you want to be safe; saving retries on its own.':
    'Fermez ou rechargez les autres onglets Switchboard. Téléchargez ce chat par précaution ; l’enregistrement réessaie de lui-même.',
  'This browser does not let Switchboard save anything (storage is off, e.g. a private window or blocked site data).':
    'Ce navigateur ne laisse Switchboard rien enregistrer (stockage désactivé, p. ex. une fenêtre privée ou des données de site bloquées).',
  'Your chat works but lives only in this tab: download it before closing. To keep chats, allow site data for this page or use a normal window.':
    'Votre chat fonctionne mais n’existe que dans cet onglet : téléchargez-le avant de fermer. Pour garder vos chats, autorisez les données de site pour cette page ou utilisez une fenêtre normale.',
  'Saving your chat failed.': 'L’enregistrement de votre chat a échoué.',
  'Download this chat to keep it. Switchboard keeps retrying.':
    'Téléchargez ce chat pour le garder. Switchboard continue de réessayer.',
  'Using {used} of {quota} (under {percent})': '{used} utilisés sur {quota} (moins de {percent})',
  'Using {used} of {quota} ({percent})': '{used} utilisés sur {quota} ({percent})',
  'This file is nested too deeply to be a Switchboard chat export. Nothing was imported.':
    'Ce fichier est trop profondément imbriqué pour être un export de chats Switchboard. Rien n’a été importé.',
  'This file is not JSON, so it cannot be a Switchboard chat export.':
    'Ce fichier n’est pas du JSON, il ne peut donc pas être un export de chats Switchboard.',
  'This is not a Switchboard chat export (expected {field}).':
    'Ce n’est pas un export de chats Switchboard (attendu : {field}).',
  'This export has no valid {field}.': 'Cet export n’a pas de {field} valide.',
  'This export is version {version}, made by a newer Switchboard; this one reads version {supported}. Update Switchboard to import it.':
    'Cet export est en version {version}, créé par un Switchboard plus récent ; celui-ci lit la version {supported}. Mettez Switchboard à jour pour l’importer.',
  'This export has no {field} list.': 'Cet export n’a pas de liste {field}.',
  'None of the conversations in this export could be read: {reasons}.':
    'Aucune des conversations de cet export n’a pu être lue : {reasons}.',
  "This backup's {field} is not a list.": 'Le champ {field} de cette sauvegarde n’est pas une liste.',
  '{entry} has the same id as an earlier comparison.': '{entry} a le même identifiant qu’une comparaison précédente.',
  'This file is nested too deeply to be a Switchboard connections file. Nothing was imported.':
    'Ce fichier est trop profondément imbriqué pour être un fichier de connexions Switchboard. Rien n’a été importé.',
  'This file is not JSON.': 'Ce fichier n’est pas du JSON.',
  'This is not a Switchboard connections file (expected {field}).':
    'Ce n’est pas un fichier de connexions Switchboard (attendu : {field}).',
  'This file comes from a newer Switchboard; update the app to import it.':
    'Ce fichier vient d’un Switchboard plus récent ; mettez l’application à jour pour l’importer.',
  '{field} is not an address Switchboard can use.': '{field} n’est pas une adresse utilisable par Switchboard.',
  'This image is not a PNG, JPEG, WebP, GIF or BMP image.':
    'Cette image n’est pas une image PNG, JPEG, WebP, GIF ou BMP.',
  '{name} is not a PNG, JPEG, WebP, GIF or BMP image.': '{name} n’est pas une image PNG, JPEG, WebP, GIF ou BMP.',
  '{count} MB': '{count} Mo',
  'This image is over {limit}; pick a smaller image.':
    'Cette image dépasse {limit} ; choisissez une image plus petite.',
  '{name} is over {limit}; pick a smaller image.': '{name} dépasse {limit} ; choisissez une image plus petite.',
  'This image could not be read as an image.': 'Cette image n’a pas pu être lue comme une image.',
  '{name} could not be read as an image.': '{name} n’a pas pu être lu comme une image.',
  'This image could not be resized (no canvas).': 'Cette image n’a pas pu être redimensionnée (pas de canvas).',
  '{name} could not be resized (no canvas).': '{name} n’a pas pu être redimensionné (pas de canvas).',
  'This image could not be resized.': 'Cette image n’a pas pu être redimensionnée.',
  '{name} could not be resized.': '{name} n’a pas pu être redimensionné.',
  'This file is empty, so it is not a Switchboard backup. Nothing was changed.':
    'Ce fichier est vide, ce n’est donc pas une sauvegarde Switchboard. Rien n’a été modifié.',
  'This file is {size}; backups over {limit} are not restored. Nothing was changed.':
    'Ce fichier fait {size} ; les sauvegardes de plus de {limit} ne sont pas restaurées. Rien n’a été modifié.',
  '{entry} has an API key, but the file says it includes none ({field}).':
    '{entry} a une clé API, mais le fichier indique n’en contenir aucune ({field}).',
  'Two connections share the id {id}.': 'Deux connexions partagent l’identifiant {id}.',
  'Two conversations share the id {id}.': 'Deux conversations partagent l’identifiant {id}.',
  'This file is not JSON, so it is not a Switchboard backup. Nothing was changed.':
    'Ce fichier n’est pas du JSON, ce n’est donc pas une sauvegarde Switchboard. Rien n’a été modifié.',
  '{problem} Nothing was changed.': '{problem} Rien n’a été modifié.',
  'This file is not a Switchboard backup (expected a JSON object).':
    'Ce fichier n’est pas une sauvegarde Switchboard (un objet JSON était attendu).',
  'This is a chats export, not a full backup: import it with “Import” in the chat list.':
    'C’est un export de chats, pas une sauvegarde complète : importez-le avec « Importer » dans la liste des chats.',
  'This is a connections export, not a full backup: use “Import connections”.':
    'C’est un export de connexions, pas une sauvegarde complète : utilisez « Importer des connexions ».',
  'This is not a Switchboard backup (expected {field}).':
    'Ce n’est pas une sauvegarde Switchboard (attendu : {field}).',
  'This backup has no valid {field}.': 'Cette sauvegarde n’a pas de {field} valide.',
  'This backup is version {version}, made by a newer Switchboard; this one restores version {supported}. Update Switchboard to restore it.':
    'Cette sauvegarde est en version {version}, créée par un Switchboard plus récent ; celui-ci restaure la version {supported}. Mettez Switchboard à jour pour la restaurer.',
  'This backup has no {field} time.': 'Cette sauvegarde n’a pas d’heure {field}.',
  'This backup does not say whether it includes API keys ({field}).':
    'Cette sauvegarde n’indique pas si elle contient des clés API ({field}).',
  'This backup has no {field} list.': 'Cette sauvegarde n’a pas de liste {field}.',
  '{reasons}; and {count} more': { one: '{reasons} ; et {count} autre', other: '{reasons} ; et {count} autres' },
  '{count} were already here': { one: '{count} était déjà présent', other: '{count} étaient déjà présents' },
  '{count} were not valid ({reasons})': {
    one: '{count} n’était pas valide ({reasons})',
    other: '{count} n’étaient pas valides ({reasons})',
  },
  'The file holds no chats.': 'Le fichier ne contient aucun chat.',
  'The file holds no connections.': 'Le fichier ne contient aucune connexion.',
  'The file holds no comparisons.': 'Le fichier ne contient aucune comparaison.',
  'Imported {count} chats.': { one: '{count} chat importé.', other: '{count} chats importés.' },
  'Imported {count} connections.': { one: '{count} connexion importée.', other: '{count} connexions importées.' },
  'Imported {count} comparisons.': { one: '{count} comparaison importée.', other: '{count} comparaisons importées.' },
  'Imported {imported} of {count} chats: {details}.': {
    one: '{imported} sur {count} chat importé : {details}.',
    other: '{imported} sur {count} chats importés : {details}.',
  },
  'Imported {imported} of {count} connections: {details}.': {
    one: '{imported} sur {count} connexion importée : {details}.',
    other: '{imported} sur {count} connexions importées : {details}.',
  },
  'Imported {imported} of {count} comparisons: {details}.': {
    one: '{imported} sur {count} comparaison importée : {details}.',
    other: '{imported} sur {count} comparaisons importées : {details}.',
  },
  '0 imported: {details}.': '0 importé : {details}.',
  '{name}: PDFs cannot be attached yet; copy its text into the message instead.':
    '{name} : les PDF ne peuvent pas encore être joints ; copiez plutôt leur texte dans le message.',
  '{name}: only images and text files (such as {examples} or source code) can be attached.':
    '{name} : seuls les images et les fichiers texte (comme {examples} ou du code source) peuvent être joints.',
  '{name} is {size} KB; text files up to {limit} KB can be attached.':
    '{name} fait {size} Ko ; les fichiers texte jusqu’à {limit} Ko peuvent être joints.',
};
