// Spanish: diagnosis texts (guessing the server kind). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis5: Translations = {
  '{url} answered "{text}", which is what {server} does': '{url} respondió «{text}», como hace {server}',
  '{url} answered with a version number, which is what {server} does':
    '{url} respondió con un número de versión, como hace {server}',
  '{url} sent "{header}", which is what {server} does': '{url} envió «{header}», como hace {server}',
  "{url} answered KoboldCpp's unknown-endpoint text, which is what {server} does":
    '{url} respondió con el texto de KoboldCpp para un endpoint desconocido, como hace {server}',
  '{url} lists models owned by "{owner}", which is what {server} does':
    '{url} lista modelos cuyo propietario es «{owner}», como hace {server}',
  '{url} returned both an Ollama and an OpenAI model list, which is what {server} does':
    '{url} devolvió a la vez una lista de modelos de Ollama y de OpenAI, como hace {server}',
  '{url} lists models with canonical slugs, which is what {server} does':
    '{url} lista modelos con slugs canónicos, como hace {server}',
  "{host} is OpenAI's API host": '{host} es el host de la API de OpenAI',
  "{host} is OpenRouter's host": '{host} es el host de OpenRouter',
  "Port {port} is {server}'s default port": 'El puerto {port} es el puerto predeterminado de {server}',
};
