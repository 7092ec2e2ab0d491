// German: text written below the UI (storage alerts, imports and restores, speech, statuses), part 2 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp2: Translations = {
  'text to speech (not for chat)': 'Text zu Sprache (nicht für Chats)',
  'Copy code': 'Code kopieren',
  'The text could not be read as JSON': 'Der Text konnte nicht als JSON gelesen werden',
  '(top level)': '(oberste Ebene)',
  '(schema)': '(Schema)',
  'The value does not match the schema.': 'Der Wert entspricht nicht dem Schema.',
  'This is not allowed here.': 'Das ist hier nicht erlaubt.',
  '[Part {number} of this answer could not be read.]': '[Teil {number} dieser Antwort konnte nicht gelesen werden.]',
  'The browser has no room left to save your chats (storage quota exceeded).':
    'Der Browser hat keinen Platz mehr, um Ihre Chats zu speichern (Speicherkontingent überschritten).',
  'Download this chat now, then free space: delete old chats, export and remove large ones, or clear other sites’ data. Switchboard keeps retrying and saves as soon as there is room.':
    'Laden Sie diesen Chat jetzt herunter und schaffen Sie dann Platz: Löschen Sie alte Chats, exportieren und entfernen Sie große oder löschen Sie die Daten anderer Websites. Switchboard versucht es weiter und speichert, sobald wieder Platz ist.',
  'This chat was saved by a newer version of Switchboard, so this version does not overwrite it.':
    'Dieser Chat wurde von einer neueren Version von Switchboard gespeichert, daher überschreibt diese Version ihn nicht.',
  'Reload the page to get the newer version, or download this chat to keep what is on screen.':
    'Laden Sie die Seite neu, um die neuere Version zu erhalten, oder laden Sie diesen Chat herunter, um zu behalten, was auf dem Bildschirm ist.',
  'Another Switchboard tab is holding the database open with a different version, so saving is blocked.':
    'Ein anderer Switchboard-Tab hält die Datenbank mit einer anderen Version offen, daher ist das Speichern blockiert.',
  'Close or reload the other Switchboard tabs. Download this chat if you want to be safe; saving retries on its own.':
    'Schließen Sie die anderen Switchboard-Tabs oder laden Sie sie neu. Laden Sie diesen Chat zur Sicherheit herunter; das Speichern wird von selbst wiederholt.',
  'This browser does not let Switchboard save anything (storage is off, e.g. a private window or blocked site data).':
    'Dieser Browser lässt Switchboard nichts speichern (Speicher ist aus, z. B. in einem privaten Fenster oder bei blockierten Websitedaten).',
  'Your chat works but lives only in this tab: download it before closing. To keep chats, allow site data for this page or use a normal window.':
    'Ihr Chat funktioniert, existiert aber nur in diesem Tab: Laden Sie ihn vor dem Schließen herunter. Um Chats zu behalten, erlauben Sie Websitedaten für diese Seite oder verwenden Sie ein normales Fenster.',
  'Saving your chat failed.': 'Das Speichern Ihres Chats ist fehlgeschlagen.',
  'Download this chat to keep it. Switchboard keeps retrying.':
    'Laden Sie diesen Chat herunter, um ihn zu behalten. Switchboard versucht es weiter.',
  'Using {used} of {quota} (under {percent})': '{used} von {quota} belegt (unter {percent})',
  'Using {used} of {quota} ({percent})': '{used} von {quota} belegt ({percent})',
  'This file is nested too deeply to be a Switchboard chat export. Nothing was imported.':
    'Diese Datei ist zu tief verschachtelt, um ein Switchboard-Chat-Export zu sein. Es wurde nichts importiert.',
  'This file is not JSON, so it cannot be a Switchboard chat export.':
    'Diese Datei ist kein JSON und kann daher kein Switchboard-Chat-Export sein.',
  'This is not a Switchboard chat export (expected {field}).':
    'Das ist kein Switchboard-Chat-Export (erwartet: {field}).',
  'This export has no valid {field}.': 'Dieser Export hat keine gültige {field}.',
  'This export is version {version}, made by a newer Switchboard; this one reads version {supported}. Update Switchboard to import it.':
    'Dieser Export hat Version {version} und stammt von einem neueren Switchboard; dieses liest Version {supported}. Aktualisieren Sie Switchboard, um ihn zu importieren.',
  'This export has no {field} list.': 'Dieser Export hat keine {field}-Liste.',
  'None of the conversations in this export could be read: {reasons}.':
    'Keine der Unterhaltungen in diesem Export konnte gelesen werden: {reasons}.',
  "This backup's {field} is not a list.": '{field} in dieser Sicherung ist keine Liste.',
  '{entry} has the same id as an earlier comparison.': '{entry} hat dieselbe ID wie ein früherer Vergleich.',
  'This file is nested too deeply to be a Switchboard connections file. Nothing was imported.':
    'Diese Datei ist zu tief verschachtelt, um eine Switchboard-Verbindungsdatei zu sein. Es wurde nichts importiert.',
  'This file is not JSON.': 'Diese Datei ist kein JSON.',
  'This is not a Switchboard connections file (expected {field}).':
    'Das ist keine Switchboard-Verbindungsdatei (erwartet: {field}).',
  'This file comes from a newer Switchboard; update the app to import it.':
    'Diese Datei stammt von einem neueren Switchboard; aktualisieren Sie die App, um sie zu importieren.',
  '{field} is not an address Switchboard can use.': '{field} ist keine Adresse, die Switchboard verwenden kann.',
  'This image is not a PNG, JPEG, WebP, GIF or BMP image.':
    'Dieses Bild ist kein PNG-, JPEG-, WebP-, GIF- oder BMP-Bild.',
  '{name} is not a PNG, JPEG, WebP, GIF or BMP image.': '{name} ist kein PNG-, JPEG-, WebP-, GIF- oder BMP-Bild.',
  '{count} MB': '{count} MB',
  'This image is over {limit}; pick a smaller image.':
    'Dieses Bild ist größer als {limit}; wählen Sie ein kleineres Bild.',
  '{name} is over {limit}; pick a smaller image.': '{name} ist größer als {limit}; wählen Sie ein kleineres Bild.',
  'This image could not be read as an image.': 'Dieses Bild konnte nicht als Bild gelesen werden.',
  '{name} could not be read as an image.': '{name} konnte nicht als Bild gelesen werden.',
  'This image could not be resized (no canvas).': 'Dieses Bild konnte nicht verkleinert werden (kein Canvas).',
  '{name} could not be resized (no canvas).': '{name} konnte nicht verkleinert werden (kein Canvas).',
  'This image could not be resized.': 'Dieses Bild konnte nicht verkleinert werden.',
  '{name} could not be resized.': '{name} konnte nicht verkleinert werden.',
  'This file is empty, so it is not a Switchboard backup. Nothing was changed.':
    'Diese Datei ist leer und daher keine Switchboard-Sicherung. Es wurde nichts geändert.',
  'This file is {size}; backups over {limit} are not restored. Nothing was changed.':
    'Diese Datei ist {size} groß; Sicherungen über {limit} werden nicht wiederhergestellt. Es wurde nichts geändert.',
  '{entry} has an API key, but the file says it includes none ({field}).':
    '{entry} hat einen API-Schlüssel, aber laut Datei enthält sie keine ({field}).',
  'Two connections share the id {id}.': 'Zwei Verbindungen haben dieselbe ID {id}.',
  'Two conversations share the id {id}.': 'Zwei Unterhaltungen haben dieselbe ID {id}.',
  'This file is not JSON, so it is not a Switchboard backup. Nothing was changed.':
    'Diese Datei ist kein JSON und daher keine Switchboard-Sicherung. Es wurde nichts geändert.',
  '{problem} Nothing was changed.': '{problem} Es wurde nichts geändert.',
  'This file is not a Switchboard backup (expected a JSON object).':
    'Diese Datei ist keine Switchboard-Sicherung (erwartet wird ein JSON-Objekt).',
  'This is a chats export, not a full backup: import it with “Import” in the chat list.':
    'Das ist ein Chat-Export, keine vollständige Sicherung: Importieren Sie ihn mit „Importieren“ in der Chatliste.',
  'This is a connections export, not a full backup: use “Import connections”.':
    'Das ist ein Verbindungsexport, keine vollständige Sicherung: Verwenden Sie „Verbindungen importieren“.',
  'This is not a Switchboard backup (expected {field}).': 'Das ist keine Switchboard-Sicherung (erwartet: {field}).',
  'This backup has no valid {field}.': 'Diese Sicherung hat keine gültige {field}.',
  'This backup is version {version}, made by a newer Switchboard; this one restores version {supported}. Update Switchboard to restore it.':
    'Diese Sicherung hat Version {version} und stammt von einem neueren Switchboard; dieses stellt Version {supported} wieder her. Aktualisieren Sie Switchboard, um sie wiederherzustellen.',
  'This backup has no {field} time.': 'Diese Sicherung hat keine {field}-Zeitangabe.',
  'This backup does not say whether it includes API keys ({field}).':
    'Diese Sicherung gibt nicht an, ob sie API-Schlüssel enthält ({field}).',
  'This backup has no {field} list.': 'Diese Sicherung hat keine {field}-Liste.',
  '{reasons}; and {count} more': { one: '{reasons}; und {count} weiterer', other: '{reasons}; und {count} weitere' },
  '{count} were already here': { one: '{count} war schon hier', other: '{count} waren schon hier' },
  '{count} were not valid ({reasons})': {
    one: '{count} war ungültig ({reasons})',
    other: '{count} waren ungültig ({reasons})',
  },
  'The file holds no chats.': 'Die Datei enthält keine Chats.',
  'The file holds no connections.': 'Die Datei enthält keine Verbindungen.',
  'The file holds no comparisons.': 'Die Datei enthält keine Vergleiche.',
  'Imported {count} chats.': { one: '{count} Chat importiert.', other: '{count} Chats importiert.' },
  'Imported {count} connections.': { one: '{count} Verbindung importiert.', other: '{count} Verbindungen importiert.' },
  'Imported {count} comparisons.': { one: '{count} Vergleich importiert.', other: '{count} Vergleiche importiert.' },
  'Imported {imported} of {count} chats: {details}.': {
    one: '{imported} von {count} Chat importiert: {details}.',
    other: '{imported} von {count} Chats importiert: {details}.',
  },
  'Imported {imported} of {count} connections: {details}.': {
    one: '{imported} von {count} Verbindung importiert: {details}.',
    other: '{imported} von {count} Verbindungen importiert: {details}.',
  },
  'Imported {imported} of {count} comparisons: {details}.': {
    one: '{imported} von {count} Vergleich importiert: {details}.',
    other: '{imported} von {count} Vergleichen importiert: {details}.',
  },
  '0 imported: {details}.': '0 importiert: {details}.',
  '{name}: PDFs cannot be attached yet; copy its text into the message instead.':
    '{name}: PDFs können noch nicht angehängt werden; kopieren Sie den Text stattdessen in die Nachricht.',
  '{name}: only images and text files (such as {examples} or source code) can be attached.':
    '{name}: Nur Bilder und Textdateien (etwa {examples} oder Quellcode) können angehängt werden.',
  '{name} is {size} KB; text files up to {limit} KB can be attached.':
    '{name} ist {size} KB groß; Textdateien bis {limit} KB können angehängt werden.',
};
