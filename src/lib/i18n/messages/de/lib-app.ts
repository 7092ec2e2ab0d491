// German: text written below the UI (storage alerts, imports and restores, speech, statuses), part 1 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp: Translations = {
  '{name} could not be read.': '{name} konnte nicht gelesen werden.',
  '{count} messages': { one: '{count} Nachricht', other: '{count} Nachrichten' },
  '{count} comparisons updated from a newer copy.': {
    one: '{count} Vergleich aus einer neueren Kopie aktualisiert.',
    other: '{count} Vergleiche aus einer neueren Kopie aktualisiert.',
  },
  '{count} connections': { one: '{count} Verbindung', other: '{count} Verbindungen' },
  '{count} new chats': { one: '{count} neuer Chat', other: '{count} neue Chats' },
  'Restored {connections} (with API keys) and {chats}.':
    '{connections} (mit API-Schlüsseln) und {chats} wiederhergestellt.',
  'Restored {connections} (without API keys) and {chats}.':
    '{connections} (ohne API-Schlüssel) und {chats} wiederhergestellt.',
  'Restored {connections} (without API keys: stored keys were kept) and {chats}.':
    '{connections} (ohne API-Schlüssel: gespeicherte Schlüssel wurden behalten) und {chats} wiederhergestellt.',
  'Left unchanged because the file differs: {messages} and the title or settings of {count} chats.': {
    one: 'Unverändert gelassen, weil die Datei abweicht: {messages} sowie Titel oder Einstellungen von {count} Chat.',
    other:
      'Unverändert gelassen, weil die Datei abweicht: {messages} sowie Titel oder Einstellungen von {count} Chats.',
  },
  'Left unchanged because the file differs: {messages}.': 'Unverändert gelassen, weil die Datei abweicht: {messages}.',
  'Left unchanged because the file differs: the title or settings of {count} chats.': {
    one: 'Unverändert gelassen, weil die Datei abweicht: Titel oder Einstellungen von {count} Chat.',
    other: 'Unverändert gelassen, weil die Datei abweicht: Titel oder Einstellungen von {count} Chats.',
  },
  '{count} chats already here: {messages} added.': {
    one: '{count} Chat war schon hier: {messages} hinzugefügt.',
    other: '{count} Chats waren schon hier: {messages} hinzugefügt.',
  },
  'The key of {name} was not kept: its address changed to {origin}.':
    'Der Schlüssel von {name} wurde nicht behalten: Die Adresse wurde zu {origin} geändert.',
  'This file could not be read. Nothing was changed.':
    'Diese Datei konnte nicht gelesen werden. Es wurde nichts geändert.',
  'Restoring failed and was undone: {problem} Nothing was changed.':
    'Die Wiederherstellung ist fehlgeschlagen und wurde rückgängig gemacht: {problem} Es wurde nichts geändert.',
  'That file is not JSON.': 'Diese Datei ist kein JSON.',
  'That file is not a Switchboard comparison.': 'Diese Datei ist kein Switchboard-Vergleich.',
  'That comparison file cannot be read: {problem}': 'Diese Vergleichsdatei kann nicht gelesen werden: {problem}',
  'Imported the comparison “{title}”.': 'Der Vergleich „{title}“ wurde importiert.',
  '{name} was added, but it did not answer yet ({problem}). Settings can test it.':
    '{name} wurde hinzugefügt, hat aber noch nicht geantwortet ({problem}). In den Einstellungen können Sie die Verbindung testen.',
  'No enabled server offers the link’s model {model}; pick another below.':
    'Kein aktivierter Server bietet das Modell {model} aus dem Link an; wählen Sie unten ein anderes.',
  'No enabled server offers the link’s model {model} on {server}; pick another below.':
    'Kein aktivierter Server bietet das Modell {model} aus dem Link auf {server} an; wählen Sie unten ein anderes.',
  'Set at least one parameter for this chat first': 'Legen Sie zuerst mindestens einen Parameter für diesen Chat fest',
  'This browser refused to store the preset': 'Dieser Browser hat das Speichern der Vorlage verweigert',
  "The browser's voice failed ({error}).": 'Die Stimme des Browsers ist fehlgeschlagen ({error}).',
  'There is no text to read aloud here.': 'Hier gibt es keinen Text zum Vorlesen.',
  'This browser has no voice of its own; add a speech connection.':
    'Dieser Browser hat keine eigene Stimme; fügen Sie eine Sprachverbindung hinzu.',
  'The browser': 'Der Browser',
  "{server} refused the speech request (HTTP {status}): {said}. Check the connection's API key.":
    '{server} hat die Sprachanfrage abgelehnt (HTTP {status}): {said}. Prüfen Sie den API-Schlüssel der Verbindung.',
  "{server} refused the speech request (HTTP {status}). Check the connection's API key.":
    '{server} hat die Sprachanfrage abgelehnt (HTTP {status}). Prüfen Sie den API-Schlüssel der Verbindung.',
  '{server} has no such speech endpoint or model (HTTP 404): {said}.':
    '{server} hat keinen solchen Sprach-Endpunkt und kein solches Modell (HTTP 404): {said}.',
  '{server} has no such speech endpoint or model (HTTP 404).':
    '{server} hat keinen solchen Sprach-Endpunkt und kein solches Modell (HTTP 404).',
  '{server} could not make speech (HTTP {status}): {said}.':
    '{server} konnte keine Sprache erzeugen (HTTP {status}): {said}.',
  '{server} could not make speech (HTTP {status}).': '{server} konnte keine Sprache erzeugen (HTTP {status}).',
  'The browser blocked playback: click Read aloud again.':
    'Der Browser hat die Wiedergabe blockiert: Klicken Sie erneut auf Vorlesen.',
  'This browser cannot play the audio {server} sent; try another format.':
    'Dieser Browser kann das Audio, das {server} gesendet hat, nicht abspielen; versuchen Sie ein anderes Format.',
  'Reading aloud failed: {error}': 'Vorlesen fehlgeschlagen: {error}',
  '{server} needs an API key to make speech.': '{server} braucht einen API-Schlüssel, um Sprache zu erzeugen.',
  'Could not reach {server} for speech: it is not running, or it does not allow requests from this page (CORS).':
    '{server} ist für Sprache nicht erreichbar: Der Server läuft nicht oder erlaubt keine Anfragen von dieser Seite (CORS).',
  '{server} took too long to make speech.': '{server} hat zu lange gebraucht, um Sprache zu erzeugen.',
  '{server} sent something that is not audio.': '{server} hat etwas gesendet, das kein Audio ist.',
  'Reading aloud was stopped.': 'Das Vorlesen wurde beendet.',
  'The server said: “{said}”': 'Der Server meldete: „{said}“',
  'The server refused the audio format (HTTP {status}).{said} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).':
    'Der Server hat das Audioformat abgelehnt (HTTP {status}).{said} Versuchen Sie eine Datei in einem Format, das er annimmt (WAV oder MP3 werden am häufigsten angenommen).',
  'The audio is too large for the server (HTTP 413).{said} Record a shorter clip, or raise the server’s upload limit.':
    'Das Audio ist zu groß für den Server (HTTP 413).{said} Nehmen Sie einen kürzeren Clip auf oder erhöhen Sie das Upload-Limit des Servers.',
  'The server has no speech-to-text endpoint at this address (HTTP {status}): this connection may not serve transcription, or the model is unknown.{said}':
    'Der Server hat unter dieser Adresse keinen Sprache-zu-Text-Endpunkt (HTTP {status}): Diese Verbindung bietet vielleicht keine Transkription an, oder das Modell ist unbekannt.{said}',
  'The server refused the API key (HTTP {status}). Check the key in Settings.':
    'Der Server hat den API-Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel in den Einstellungen.',
  'The server did not finish the transcription in time.':
    'Der Server hat die Transkription nicht rechtzeitig abgeschlossen.',
  'The transcription request did not reach the server (network error or blocked by CORS).':
    'Die Transkriptionsanfrage hat den Server nicht erreicht (Netzwerkfehler oder durch CORS blockiert).',
  'The server’s reply held no transcription.': 'Die Antwort des Servers enthielt keine Transkription.',
  'The server refused the transcription (HTTP {status}).{said}':
    'Der Server hat die Transkription abgelehnt (HTTP {status}).{said}',
  'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.':
    'Die Mikrofonberechtigung wurde verweigert. Erlauben Sie das Mikrofon für diese Seite im Browser (das Symbol neben der Adresse) und drücken Sie dann erneut Sprache aufnehmen.',
  'No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.':
    'Es wurde kein Mikrofon gefunden. Schließen Sie eines an (oder wählen Sie eines in den Toneinstellungen Ihres Systems) und versuchen Sie es erneut.',
  'The microphone could not be started: another program may be using it.':
    'Das Mikrofon konnte nicht gestartet werden: Vielleicht verwendet es ein anderes Programm.',
  'This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).':
    'Dieser Browser kann auf dieser Seite kein Audio aufnehmen (Aufnahmen brauchen https oder localhost und MediaRecorder).',
  'The recording could not be made or sent.': 'Die Aufnahme konnte nicht erstellt oder gesendet werden.',
  '{count} migration copies, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).':
    {
      one: '{count} Migrationskopie, {size}: Datensätze, wie sie vor einer Aktualisierung waren, die sie umgeschrieben hat (wer einen Chat oder eine Verbindung löscht, löscht auch deren Kopien).',
      other:
        '{count} Migrationskopien, {size}: Datensätze, wie sie vor einer Aktualisierung waren, die sie umgeschrieben hat (wer einen Chat oder eine Verbindung löscht, löscht auch deren Kopien).',
    },
  'Failed: unexpected error': 'Fehlgeschlagen: unerwarteter Fehler',
  'Unreachable · {count} models typed by hand': {
    one: 'Nicht erreichbar · {count} Modell von Hand eingetragen',
    other: 'Nicht erreichbar · {count} Modelle von Hand eingetragen',
  },
  'Model list failed: {cause} · {count} models typed by hand': {
    one: 'Modellliste fehlgeschlagen: {cause} · {count} Modell von Hand eingetragen',
    other: 'Modellliste fehlgeschlagen: {cause} · {count} Modelle von Hand eingetragen',
  },
  'Online · {count} models': { one: 'Online · {count} Modell', other: 'Online · {count} Modelle' },
  'this server needs an API key': 'dieser Server braucht einen API-Schlüssel',
  'the server redirects elsewhere (not followed, to keep the API key safe)':
    'der Server leitet woandershin um (nicht gefolgt, um den API-Schlüssel zu schützen)',
  'the address is not a full {http} or {https} URL (nothing was sent)':
    'die Adresse ist keine vollständige {http}- oder {https}-URL (es wurde nichts gesendet)',
  'no answer in time': 'keine Antwort in der Zeit',
  cancelled: 'abgebrochen',
  'could not connect (server down, or blocked by the browser)':
    'keine Verbindung (Server aus oder vom Browser blockiert)',
  'unexpected answer (wrong mode or URL?)': 'unerwartete Antwort (falscher Modus oder falsche URL?)',
  'HTTP error': 'HTTP-Fehler',
  'The server reported an error in the middle of the answer':
    'Der Server hat mitten in der Antwort einen Fehler gemeldet',
  '{problem}. The text received so far is kept.': '{problem}. Der bisher empfangene Text bleibt erhalten.',
  '{count} embedding models': { one: '{count} Embedding-Modell', other: '{count} Embedding-Modelle' },
  '{count} transcription models': { one: '{count} Transkriptionsmodell', other: '{count} Transkriptionsmodelle' },
  '{count} speech models': { one: '{count} Sprachmodell', other: '{count} Sprachmodelle' },
  chat: 'Chat',
  'embedding (not for chat)': 'Embedding (nicht für Chats)',
  'speech to text (not for chat)': 'Sprache zu Text (nicht für Chats)',
};
