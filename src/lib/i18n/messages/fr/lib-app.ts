// French: text written below the UI (storage alerts, imports and restores, speech, statuses), part 1 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp: Translations = {
  '{name} could not be read.': '{name} n’a pas pu être lu.',
  '{count} messages': { one: '{count} message', other: '{count} messages' },
  '{count} comparisons updated from a newer copy.': {
    one: '{count} comparaison mise à jour depuis une copie plus récente.',
    other: '{count} comparaisons mises à jour depuis une copie plus récente.',
  },
  '{count} connections': { one: '{count} connexion', other: '{count} connexions' },
  '{count} new chats': { one: '{count} nouveau chat', other: '{count} nouveaux chats' },
  'Restored {connections} (with API keys) and {chats}.': '{connections} (avec clés API) et {chats} restaurés.',
  'Restored {connections} (without API keys) and {chats}.': '{connections} (sans clés API) et {chats} restaurés.',
  'Restored {connections} (without API keys: stored keys were kept) and {chats}.':
    '{connections} (sans clés API : les clés enregistrées ont été conservées) et {chats} restaurés.',
  'Left unchanged because the file differs: {messages} and the title or settings of {count} chats.': {
    one: 'Laissé inchangé car le fichier diffère : {messages} et le titre ou les réglages de {count} chat.',
    other: 'Laissé inchangé car le fichier diffère : {messages} et le titre ou les réglages de {count} chats.',
  },
  'Left unchanged because the file differs: {messages}.': 'Laissé inchangé car le fichier diffère : {messages}.',
  'Left unchanged because the file differs: the title or settings of {count} chats.': {
    one: 'Laissé inchangé car le fichier diffère : le titre ou les réglages de {count} chat.',
    other: 'Laissé inchangé car le fichier diffère : le titre ou les réglages de {count} chats.',
  },
  '{count} chats already here: {messages} added.': {
    one: '{count} chat déjà présent : {messages} ajoutés.',
    other: '{count} chats déjà présents : {messages} ajoutés.',
  },
  'The key of {name} was not kept: its address changed to {origin}.':
    'La clé de {name} n’a pas été conservée : son adresse est devenue {origin}.',
  'This file could not be read. Nothing was changed.': 'Ce fichier n’a pas pu être lu. Rien n’a été modifié.',
  'Restoring failed and was undone: {problem} Nothing was changed.':
    'La restauration a échoué et a été annulée : {problem} Rien n’a été modifié.',
  'That file is not JSON.': 'Ce fichier n’est pas du JSON.',
  'That file is not a Switchboard comparison.': 'Ce fichier n’est pas une comparaison Switchboard.',
  'That comparison file cannot be read: {problem}': 'Ce fichier de comparaison est illisible : {problem}',
  'Imported the comparison “{title}”.': 'Comparaison « {title} » importée.',
  '{name} was added, but it did not answer yet ({problem}). Settings can test it.':
    '{name} a été ajouté, mais n’a pas encore répondu ({problem}). Les Réglages peuvent le tester.',
  'No enabled server offers the link’s model {model}; pick another below.':
    'Aucun serveur activé ne propose le modèle {model} du lien ; choisissez-en un autre ci-dessous.',
  'No enabled server offers the link’s model {model} on {server}; pick another below.':
    'Aucun serveur activé ne propose le modèle {model} du lien sur {server} ; choisissez-en un autre ci-dessous.',
  'Set at least one parameter for this chat first': 'Définissez d’abord au moins un paramètre pour ce chat',
  'This browser refused to store the preset': 'Ce navigateur a refusé d’enregistrer le préréglage',
  "The browser's voice failed ({error}).": 'La voix du navigateur a échoué ({error}).',
  'There is no text to read aloud here.': 'Il n’y a pas de texte à lire à voix haute ici.',
  'This browser has no voice of its own; add a speech connection.':
    'Ce navigateur n’a pas de voix propre ; ajoutez une connexion vocale.',
  'The browser': 'Le navigateur',
  "{server} refused the speech request (HTTP {status}): {said}. Check the connection's API key.":
    '{server} a refusé la demande vocale (HTTP {status}) : {said}. Vérifiez la clé API de la connexion.',
  "{server} refused the speech request (HTTP {status}). Check the connection's API key.":
    '{server} a refusé la demande vocale (HTTP {status}). Vérifiez la clé API de la connexion.',
  '{server} has no such speech endpoint or model (HTTP 404): {said}.':
    '{server} n’a pas ce point d’accès vocal ou ce modèle (HTTP 404) : {said}.',
  '{server} has no such speech endpoint or model (HTTP 404).':
    '{server} n’a pas ce point d’accès vocal ou ce modèle (HTTP 404).',
  '{server} could not make speech (HTTP {status}): {said}.':
    '{server} n’a pas pu produire la voix (HTTP {status}) : {said}.',
  '{server} could not make speech (HTTP {status}).': '{server} n’a pas pu produire la voix (HTTP {status}).',
  'The browser blocked playback: click Read aloud again.':
    'Le navigateur a bloqué la lecture : cliquez à nouveau sur Lire à voix haute.',
  'This browser cannot play the audio {server} sent; try another format.':
    'Ce navigateur ne peut pas lire l’audio envoyé par {server} ; essayez un autre format.',
  'Reading aloud failed: {error}': 'La lecture à voix haute a échoué : {error}',
  '{server} needs an API key to make speech.': '{server} a besoin d’une clé API pour produire la voix.',
  'Could not reach {server} for speech: it is not running, or it does not allow requests from this page (CORS).':
    'Impossible de joindre {server} pour la voix : il ne tourne pas, ou il n’accepte pas les requêtes de cette page (CORS).',
  '{server} took too long to make speech.': '{server} a mis trop de temps à produire la voix.',
  '{server} sent something that is not audio.': '{server} a envoyé quelque chose qui n’est pas de l’audio.',
  'Reading aloud was stopped.': 'La lecture à voix haute a été arrêtée.',
  'The server said: “{said}”': 'Le serveur a dit : « {said} »',
  'The server refused the audio format (HTTP {status}).{said} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).':
    'Le serveur a refusé le format audio (HTTP {status}).{said} Essayez un fichier dans un format qu’il accepte (WAV ou MP3 sont les plus largement acceptés).',
  'The audio is too large for the server (HTTP 413).{said} Record a shorter clip, or raise the server’s upload limit.':
    'L’audio est trop volumineux pour le serveur (HTTP 413).{said} Enregistrez un extrait plus court ou augmentez la limite d’envoi du serveur.',
  'The server has no speech-to-text endpoint at this address (HTTP {status}): this connection may not serve transcription, or the model is unknown.{said}':
    'Le serveur n’a pas de point d’accès de transcription à cette adresse (HTTP {status}) : cette connexion ne fait peut-être pas de transcription, ou le modèle est inconnu.{said}',
  'The server refused the API key (HTTP {status}). Check the key in Settings.':
    'Le serveur a refusé la clé API (HTTP {status}). Vérifiez la clé dans les Réglages.',
  'The server did not finish the transcription in time.': 'Le serveur n’a pas terminé la transcription à temps.',
  'The transcription request did not reach the server (network error or blocked by CORS).':
    'La demande de transcription n’a pas atteint le serveur (erreur réseau ou blocage CORS).',
  'The server’s reply held no transcription.': 'La réponse du serveur ne contenait aucune transcription.',
  'The server refused the transcription (HTTP {status}).{said}':
    'Le serveur a refusé la transcription (HTTP {status}).{said}',
  'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.':
    'L’accès au micro a été refusé. Autorisez le micro pour ce site dans le navigateur (l’icône à côté de l’adresse), puis appuyez à nouveau sur Enregistrer la voix.',
  'No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.':
    'Aucun micro n’a été trouvé. Branchez-en un (ou choisissez-en un dans les réglages son de votre système), puis réessayez.',
  'The microphone could not be started: another program may be using it.':
    'Le micro n’a pas pu démarrer : un autre programme l’utilise peut-être.',
  'This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).':
    'Ce navigateur ne peut pas enregistrer d’audio sur cette page (l’enregistrement exige https ou localhost et MediaRecorder).',
  'The recording could not be made or sent.': 'L’enregistrement n’a pas pu être fait ou envoyé.',
  '{count} migration copies, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).':
    {
      one: '{count} copie de migration, {size} : des enregistrements tels qu’ils étaient avant qu’une mise à jour ne les réécrive (supprimer un chat ou une connexion supprime ses copies).',
      other:
        '{count} copies de migration, {size} : des enregistrements tels qu’ils étaient avant qu’une mise à jour ne les réécrive (supprimer un chat ou une connexion supprime ses copies).',
    },
  'Failed: unexpected error': 'Échec : erreur inattendue',
  'Unreachable · {count} models typed by hand': {
    one: 'Injoignable · {count} modèle saisi à la main',
    other: 'Injoignable · {count} modèles saisis à la main',
  },
  'Model list failed: {cause} · {count} models typed by hand': {
    one: 'Échec de la liste des modèles : {cause} · {count} modèle saisi à la main',
    other: 'Échec de la liste des modèles : {cause} · {count} modèles saisis à la main',
  },
  'Online · {count} models': { one: 'En ligne · {count} modèle', other: 'En ligne · {count} modèles' },
  'this server needs an API key': 'ce serveur a besoin d’une clé API',
  'the server redirects elsewhere (not followed, to keep the API key safe)':
    'le serveur redirige ailleurs (non suivi, pour protéger la clé API)',
  'the address is not a full {http} or {https} URL (nothing was sent)':
    'l’adresse n’est pas une URL {http} ou {https} complète (rien n’a été envoyé)',
  'no answer in time': 'pas de réponse à temps',
  cancelled: 'annulé',
  'could not connect (server down, or blocked by the browser)':
    'connexion impossible (serveur arrêté, ou bloqué par le navigateur)',
  'unexpected answer (wrong mode or URL?)': 'réponse inattendue (mauvais mode ou mauvaise URL ?)',
  'HTTP error': 'erreur HTTP',
  'The server reported an error in the middle of the answer': 'Le serveur a signalé une erreur au milieu de la réponse',
  '{problem}. The text received so far is kept.': '{problem}. Le texte reçu jusqu’ici est conservé.',
  '{count} embedding models': { one: '{count} modèle d’embedding', other: '{count} modèles d’embedding' },
  '{count} transcription models': { one: '{count} modèle de transcription', other: '{count} modèles de transcription' },
  '{count} speech models': { one: '{count} modèle vocal', other: '{count} modèles vocaux' },
  chat: 'chat',
  'embedding (not for chat)': 'embedding (pas pour le chat)',
  'speech to text (not for chat)': 'parole vers texte (pas pour le chat)',
};
