// Spanish: the embeddings workbench. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const embeddings: Translations = {
  'Run the texts first.': 'Ejecuta primero los textos.',
  'The query could not be embedded.': 'No se pudo generar el embedding de la consulta.',
  'Texts, one per line': 'Textos, uno por línea',
  'Load a file': 'Cargar un archivo',
  '{count} texts': '{count} textos',
  'Embedding model': 'Modelo de embeddings',
  'Another model on {server}…': 'Otro modelo en {server}…',
  'Dimensions (optional)': 'Dimensiones (opcional)',
  'Texts per request': 'Textos por solicitud',
  'No enabled connection: add one in Settings.': 'Ninguna conexión activada: añade una en Ajustes.',
  Run: 'Ejecutar',
  'Embedding progress': 'Progreso de los embeddings',
  '{done} of {total} texts': '{done} de {total} textos',
  'Cancelled: {done} of {total} texts were embedded before you cancelled; the results below are for those.':
    'Cancelado: se generaron embeddings de {done} de {total} textos antes de que cancelaras; los resultados de abajo son de esos.',
  'The server said: {message}': 'El servidor dijo: {message}',
  '{count} texts were embedded before the failure.': 'Se generaron embeddings de {count} textos antes del fallo.',
  'Diagnosis: {title}': 'Diagnóstico: {title}',
  Dimensions: 'Dimensiones',
  'Texts embedded': 'Textos procesados',
  'Time per batch (median)': 'Tiempo por lote (mediana)',
  '{time} over {count} batches': '{time} en {count} lotes',
  'Export JSON': 'Exportar JSON',
  'Export CSV': 'Exportar CSV',
  'Nearest to a query': 'Más cercanos a una consulta',
  'Query text': 'Texto de la consulta',
  'Searching…': 'Buscando…',
  'Find nearest': 'Buscar los más cercanos',
  'Nearest texts': 'Textos más cercanos',
  'Cosine similarity': 'Similitud coseno',
  'Heatmap of the cosine similarity of {count} texts': 'Mapa de calor de la similitud coseno de {count} textos',
  'Row and column i stand for text i (the first {count} of {total} texts); dark blue is 0 or less, bright yellow is 1 (the same text).':
    'La fila y la columna i representan el texto i (los primeros {count} de {total} textos); el azul oscuro es 0 o menos, el amarillo brillante es 1 (el mismo texto).',
  'Row and column i stand for text i; dark blue is 0 or less, bright yellow is 1 (the same text).':
    'La fila y la columna i representan el texto i; el azul oscuro es 0 o menos, el amarillo brillante es 1 (el mismo texto).',
  'Most similar: “{a}” and “{b}” ({score}). Least similar: “{c}” and “{d}” ({lowest}).':
    'Más similares: «{a}» y «{b}» ({score}). Menos similares: «{c}» y «{d}» ({lowest}).',
  'Cosine similarity of each pair': 'Similitud coseno de cada par',
};
