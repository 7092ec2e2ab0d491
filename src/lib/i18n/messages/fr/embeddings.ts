// French: the embeddings workbench. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const embeddings: Translations = {
  'Run the texts first.': 'Lancez d’abord les textes.',
  'The query could not be embedded.': 'La requête n’a pas pu être vectorisée.',
  'Texts, one per line': 'Textes, un par ligne',
  'Load a file': 'Charger un fichier',
  '{count} texts': '{count} textes',
  'Embedding model': 'Modèle d’embeddings',
  'Another model on {server}…': 'Un autre modèle sur {server}…',
  'Dimensions (optional)': 'Dimensions (facultatif)',
  'Texts per request': 'Textes par requête',
  'No enabled connection: add one in Settings.': 'Aucune connexion activée : ajoutez-en une dans les Paramètres.',
  Run: 'Lancer',
  'Embedding progress': 'Progression des embeddings',
  '{done} of {total} texts': '{done} textes sur {total}',
  'Cancelled: {done} of {total} texts were embedded before you cancelled; the results below are for those.':
    'Annulé : {done} textes sur {total} ont été vectorisés avant l’annulation ; les résultats ci-dessous portent sur ceux-là.',
  'The server said: {message}': 'Le serveur a répondu : {message}',
  '{count} texts were embedded before the failure.': '{count} textes ont été vectorisés avant l’échec.',
  'Diagnosis: {title}': 'Diagnostic : {title}',
  Dimensions: 'Dimensions',
  'Texts embedded': 'Textes vectorisés',
  'Time per batch (median)': 'Temps par lot (médiane)',
  '{time} over {count} batches': '{time} sur {count} lots',
  'Export JSON': 'Exporter en JSON',
  'Export CSV': 'Exporter en CSV',
  'Nearest to a query': 'Les plus proches d’une requête',
  'Query text': 'Texte de la requête',
  'Searching…': 'Recherche…',
  'Find nearest': 'Trouver les plus proches',
  'Nearest texts': 'Textes les plus proches',
  'Cosine similarity': 'Similarité cosinus',
  'Heatmap of the cosine similarity of {count} texts': 'Carte de chaleur de la similarité cosinus de {count} textes',
  'Row and column i stand for text i (the first {count} of {total} texts); dark blue is 0 or less, bright yellow is 1 (the same text).':
    'La ligne et la colonne i représentent le texte i (les {count} premiers textes sur {total}) ; le bleu foncé vaut 0 ou moins, le jaune vif vaut 1 (le même texte).',
  'Row and column i stand for text i; dark blue is 0 or less, bright yellow is 1 (the same text).':
    'La ligne et la colonne i représentent le texte i ; le bleu foncé vaut 0 ou moins, le jaune vif vaut 1 (le même texte).',
  'Most similar: “{a}” and “{b}” ({score}). Least similar: “{c}” and “{d}” ({lowest}).':
    'Les plus similaires : « {a} » et « {b} » ({score}). Les moins similaires : « {c} » et « {d} » ({lowest}).',
  'Cosine similarity of each pair': 'Similarité cosinus de chaque paire',
};
