// French: diagnosis texts (guessing the server kind). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis5: Translations = {
  '{url} answered "{text}", which is what {server} does': '{url} a répondu « {text} », comme le fait {server}',
  '{url} answered with a version number, which is what {server} does':
    '{url} a répondu par un numéro de version, comme le fait {server}',
  '{url} sent "{header}", which is what {server} does': '{url} a envoyé « {header} », comme le fait {server}',
  "{url} answered KoboldCpp's unknown-endpoint text, which is what {server} does":
    '{url} a répondu par le texte de KoboldCpp pour un point d’accès inconnu, comme le fait {server}',
  '{url} lists models owned by "{owner}", which is what {server} does':
    '{url} liste des modèles appartenant à « {owner} », comme le fait {server}',
  '{url} returned both an Ollama and an OpenAI model list, which is what {server} does':
    '{url} a renvoyé à la fois une liste de modèles Ollama et OpenAI, comme le fait {server}',
  '{url} lists models with canonical slugs, which is what {server} does':
    '{url} liste des modèles avec des slugs canoniques, comme le fait {server}',
  "{host} is OpenAI's API host": '{host} est l’hôte de l’API d’OpenAI',
  "{host} is OpenRouter's host": '{host} est l’hôte d’OpenRouter',
  "Port {port} is {server}'s default port": 'Le port {port} est le port par défaut de {server}',
};
