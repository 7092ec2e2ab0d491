// German: diagnosis texts (guessing the server kind). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis5: Translations = {
  '{url} answered "{text}", which is what {server} does': '{url} antwortete „{text}“, wie es {server} tut',
  '{url} answered with a version number, which is what {server} does':
    '{url} antwortete mit einer Versionsnummer, wie es {server} tut',
  '{url} sent "{header}", which is what {server} does': '{url} sendete „{header}“, wie es {server} tut',
  "{url} answered KoboldCpp's unknown-endpoint text, which is what {server} does":
    '{url} antwortete mit dem Text von KoboldCpp für unbekannte Endpunkte, wie es {server} tut',
  '{url} lists models owned by "{owner}", which is what {server} does':
    '{url} listet Modelle mit dem Eigentümer „{owner}“ auf, wie es {server} tut',
  '{url} returned both an Ollama and an OpenAI model list, which is what {server} does':
    '{url} lieferte sowohl eine Ollama- als auch eine OpenAI-Modellliste, wie es {server} tut',
  '{url} lists models with canonical slugs, which is what {server} does':
    '{url} listet Modelle mit kanonischen Slugs auf, wie es {server} tut',
  "{host} is OpenAI's API host": '{host} ist der API-Host von OpenAI',
  "{host} is OpenRouter's host": '{host} ist der Host von OpenRouter',
  "Port {port} is {server}'s default port": 'Port {port} ist der Standardport von {server}',
};
