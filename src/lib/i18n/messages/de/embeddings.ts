// German: the embeddings workbench. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const embeddings: Translations = {
  'Run the texts first.': 'Führen Sie zuerst die Texte aus.',
  'The query could not be embedded.': 'Die Anfrage konnte nicht eingebettet werden.',
  'Texts, one per line': 'Texte, einer pro Zeile',
  'Load a file': 'Datei laden',
  '{count} texts': '{count} Texte',
  'Embedding model': 'Embedding-Modell',
  'Another model on {server}…': 'Ein anderes Modell auf {server} …',
  'Dimensions (optional)': 'Dimensionen (optional)',
  'Texts per request': 'Texte pro Anfrage',
  'No enabled connection: add one in Settings.':
    'Keine aktivierte Verbindung: Fügen Sie eine in den Einstellungen hinzu.',
  Run: 'Ausführen',
  'Embedding progress': 'Embedding-Fortschritt',
  '{done} of {total} texts': '{done} von {total} Texten',
  'Cancelled: {done} of {total} texts were embedded before you cancelled; the results below are for those.':
    'Abgebrochen: {done} von {total} Texten wurden eingebettet, bevor Sie abgebrochen haben; die Ergebnisse unten gelten für diese.',
  'The server said: {message}': 'Der Server sagte: {message}',
  '{count} texts were embedded before the failure.': '{count} Texte wurden vor dem Fehler eingebettet.',
  'Diagnosis: {title}': 'Diagnose: {title}',
  Dimensions: 'Dimensionen',
  'Texts embedded': 'Eingebettete Texte',
  'Time per batch (median)': 'Zeit pro Batch (Median)',
  '{time} over {count} batches': '{time} über {count} Batches',
  'Export JSON': 'JSON exportieren',
  'Export CSV': 'CSV exportieren',
  'Nearest to a query': 'Am nächsten an einer Anfrage',
  'Query text': 'Anfragetext',
  'Searching…': 'Suche läuft …',
  'Find nearest': 'Nächste finden',
  'Nearest texts': 'Nächste Texte',
  'Cosine similarity': 'Kosinus-Ähnlichkeit',
  'Heatmap of the cosine similarity of {count} texts': 'Heatmap der Kosinus-Ähnlichkeit von {count} Texten',
  'Row and column i stand for text i (the first {count} of {total} texts); dark blue is 0 or less, bright yellow is 1 (the same text).':
    'Zeile und Spalte i stehen für Text i (die ersten {count} von {total} Texten); Dunkelblau ist 0 oder weniger, Hellgelb ist 1 (derselbe Text).',
  'Row and column i stand for text i; dark blue is 0 or less, bright yellow is 1 (the same text).':
    'Zeile und Spalte i stehen für Text i; Dunkelblau ist 0 oder weniger, Hellgelb ist 1 (derselbe Text).',
  'Most similar: “{a}” and “{b}” ({score}). Least similar: “{c}” and “{d}” ({lowest}).':
    'Am ähnlichsten: „{a}“ und „{b}“ ({score}). Am wenigsten ähnlich: „{c}“ und „{d}“ ({lowest}).',
  'Cosine similarity of each pair': 'Kosinus-Ähnlichkeit jedes Paars',
};
