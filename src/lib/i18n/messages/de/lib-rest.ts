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
};
