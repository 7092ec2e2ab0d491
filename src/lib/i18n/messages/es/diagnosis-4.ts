// Spanish: diagnosis texts (the connection test checklist). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis4: Translations = {
  'The URL is well formed': 'La URL está bien formada',
  'This page may call it (mixed content, local network access)':
    'Esta página puede llamarlo (contenido mixto, acceso a la red local)',
  'The server answers': 'El servidor responde',
  'The server allows this page (CORS)': 'El servidor permite esta página (CORS)',
  'The server accepts our request headers (preflight)':
    'El servidor acepta nuestras cabeceras de solicitud (preflight)',
  'The model list can be read': 'La lista de modelos se puede leer',
  'A one-token chat works': 'Un chat de un token funciona',
  'The step failed unexpectedly ({error})': 'El paso falló de forma inesperada ({error})',
  'The test could not finish': 'La prueba no pudo terminar',
  'Not run: an earlier step failed': 'No ejecutado: un paso anterior falló',
  'Test stopped': 'Prueba detenida',
  'Stopped before "{step}"': 'Detenido antes de «{step}»',
  'Not run: the test was stopped': 'No ejecutado: la prueba se detuvo',
  'The connection works': 'La conexión funciona',
  'Warning: {warning}': 'Advertencia: {warning}',
  '{url} is a valid http(s) URL': '{url} es una URL http(s) válida',
  'No mixed-content or local-network rule blocks this request':
    'Ninguna regla de contenido mixto o de red local bloquea esta solicitud',
  'No valid URL': 'No hay una URL válida',
  'No model-list function was given': 'No se proporcionó ninguna función de lista de modelos',
  'The server listed {count} models: {names}': {
    one: 'El servidor listó {count} modelo: {names}',
    other: 'El servidor listó {count} modelos: {names}',
  },
  'Chat test not requested': 'Prueba de chat no solicitada',
  'No model to try': 'No hay ningún modelo que probar',
  'A one-token chat with {model} got an answer': 'Un chat de un token con {model} recibió respuesta',
};
