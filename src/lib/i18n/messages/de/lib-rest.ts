// German: the last texts chosen below the UI (record checks, browser models, Ollama warnings, presets). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libRest: Translations = {
  'The download ended at {loaded} of {total}.': 'Der Download endete bei {loaded} von {total}.',
  'The download could not start: the host did not answer or does not allow downloads from this page ({cause}).':
    'Der Download konnte nicht starten: Der Host hat nicht geantwortet oder erlaubt keine Downloads von dieser Seite ({cause}).',
  'The server refused the resume ({status}); delete the download and start again.':
    'Der Server hat das Fortsetzen abgelehnt ({status}); löschen Sie den Download und beginnen Sie neu.',
  'The server answered {status}.': 'Der Server antwortete mit {status}.',
  'The server sent no file.': 'Der Server hat keine Datei gesendet.',
  'The connection broke after {loaded} of {total} ({cause}); {kept} are kept and Resume continues from there.':
    'Die Verbindung brach nach {loaded} von {total} ab ({cause}); {kept} bleiben erhalten, und Fortsetzen macht dort weiter.',
  'The connection broke after {loaded} ({cause}); {kept} are kept and Resume continues from there.':
    'Die Verbindung brach nach {loaded} ab ({cause}); {kept} bleiben erhalten, und Fortsetzen macht dort weiter.',
  'A downloaded part went missing; start the download again.':
    'Ein heruntergeladener Teil fehlt; starten Sie den Download erneut.',
  'The file is {size}; a model in this browser must be one file of at most {max}.':
    'Die Datei ist {size} groß; ein Modell in diesem Browser muss eine einzige Datei von höchstens {max} sein.',
  'The file is {size} but this browser has only {left} of storage left for this site.':
    'Die Datei ist {size} groß, aber dieser Browser hat für diese Website nur noch {left} Speicher frei.',
  'The model needs about {size} of memory; this device reports {memory}, so a tab can safely hold {safe}.':
    'Das Modell braucht etwa {size} Arbeitsspeicher; dieses Gerät meldet {memory}, also kann ein Tab sicher {safe} halten.',
  'This tab ran out of memory for the model. Close other tabs or choose a smaller model; the chat is kept.':
    'Diesem Tab ist der Speicher für das Modell ausgegangen. Schließen Sie andere Tabs oder wählen Sie ein kleineres Modell; der Chat bleibt erhalten.',
  'The model in this browser failed: {reason}': 'Das Modell in diesem Browser ist fehlgeschlagen: {reason}',
  "The engine's worker stopped: {reason}": 'Der Worker der Engine wurde beendet: {reason}',
  "{key} is not supported by Ollama's {path} and was not sent":
    '{key} wird von Ollamas {path} nicht unterstützt und wurde nicht gesendet',
  'Ollama takes only inline ({kinds}) images; {count} images given by link were not sent': {
    one: 'Ollama nimmt nur eingebettete Bilder ({kinds}); {count} als Link angegebenes Bild wurde nicht gesendet',
    other: 'Ollama nimmt nur eingebettete Bilder ({kinds}); {count} als Link angegebene Bilder wurden nicht gesendet',
  },
  '{at} is not an object.': '{at} ist kein Objekt.',
  '{at} has no {field}.': '{at} hat kein {field}.',
  '{field} is empty.': '{field} ist leer.',
  '{field} must be one of {values}.': '{field} muss einer dieser Werte sein: {values}.',
  '{field} must be an {http} or {https} address without a user name or password (nor a query or fragment).':
    '{field} muss eine {http}- oder {https}-Adresse ohne Benutzername oder Passwort sein (und ohne Query oder Fragment).',
  '{field} must be true or false.': '{field} muss true oder false sein.',
  '{at} needs {created} and {updated} times (numbers).':
    '{at} braucht die Zeitangaben {created} und {updated} (Zahlen).',
  '{field} must be a list of text.': '{field} muss eine Liste von Texten sein.',
  '{field} must be text.': '{field} muss Text sein.',
  '{field} must be a whole number.': '{field} muss eine ganze Zahl sein.',
  '{at} was saved by a newer Switchboard (schema {version}); update Switchboard to restore it.':
    '{at} wurde von einem neueren Switchboard gespeichert (Schema {version}); aktualisieren Sie Switchboard, um es wiederherzustellen.',
  '{field} must be an object of messages.': '{field} muss ein Objekt aus Nachrichten sein.',
  '{field} must be a list.': '{field} muss eine Liste sein.',
  '{at} has neither {nodes} nor {messages}.': '{at} hat weder {nodes} noch {messages}.',
  '{at} could not be read as a conversation.': '{at} konnte nicht als Unterhaltung gelesen werden.',
  'entry {n}': 'Eintrag {n}',
  '(unnamed)': '(ohne Namen)',
  Precise: 'Präzise',
  Balanced: 'Ausgewogen',
  Creative: 'Kreativ',
  Person: 'Person',
  'List of steps': 'Liste von Schritten',
  Sentiment: 'Stimmung',
  '{name} is not a GGUF file (its name should end in {extension}).':
    '{name} ist keine GGUF-Datei (ihr Name sollte auf {extension} enden).',
  '{field} must be {value}.': '{field} muss {value} sein.',
  '{field} must name one of its columns.': '{field} muss eine ihrer Spalten nennen.',
  '{field} must be a whole number from 1.': '{field} muss eine ganze Zahl ab 1 sein.',
  '{field} must be an assistant message with an id.': '{field} muss eine Assistentennachricht mit einer ID sein.',
  '{field} must be a time (number).': '{field} muss eine Zeitangabe (Zahl) sein.',
  '{at} was saved by a newer Switchboard (schema {version}).':
    '{at} wurde von einem neueren Switchboard gespeichert (Schema {version}).',
  '{field} must be a list of 1 to {max} columns.': '{field} muss eine Liste von 1 bis {max} Spalten sein.',
  '{field} must be an object of runs.': '{field} muss ein Objekt aus Läufen sein.',
  '{field} must be text or a list of texts.': '{field} muss Text oder eine Liste von Texten sein.',
  '{field} must be a number.': '{field} muss eine Zahl sein.',
  'its server is no longer in Settings': 'sein Server ist nicht mehr in den Einstellungen',
  'temperature {value}': 'Temperatur {value}',
  'max tokens {value}': 'max. Tokens {value}',
  'own system prompt': 'eigener Systemprompt',
  '[part {n} of this message is missing]': '[Teil {n} dieser Nachricht fehlt]',
};
