// German: diagnosis texts (the connection test checklist). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis4: Translations = {
  'The URL is well formed': 'Die URL ist korrekt aufgebaut',
  'This page may call it (mixed content, local network access)':
    'Diese Seite darf ihn aufrufen (Mixed Content, lokaler Netzwerkzugriff)',
  'The server answers': 'Der Server antwortet',
  'The server allows this page (CORS)': 'Der Server lässt diese Seite zu (CORS)',
  'The server accepts our request headers (preflight)': 'Der Server akzeptiert unsere Anfrage-Header (Preflight)',
  'The model list can be read': 'Die Modellliste kann gelesen werden',
  'A one-token chat works': 'Ein Chat mit einem Token funktioniert',
  'The step failed unexpectedly ({error})': 'Der Schritt ist unerwartet fehlgeschlagen ({error})',
  'The test could not finish': 'Der Test konnte nicht abgeschlossen werden',
  'Not run: an earlier step failed': 'Nicht ausgeführt: Ein früherer Schritt ist fehlgeschlagen',
  'Test stopped': 'Test gestoppt',
  'Stopped before "{step}"': 'Vor „{step}“ gestoppt',
  'Not run: the test was stopped': 'Nicht ausgeführt: Der Test wurde gestoppt',
  'The connection works': 'Die Verbindung funktioniert',
  'Warning: {warning}': 'Warnung: {warning}',
  '{url} is a valid http(s) URL': '{url} ist eine gültige http(s)-URL',
  'No mixed-content or local-network rule blocks this request':
    'Keine Mixed-Content- oder Lokales-Netzwerk-Regel blockiert diese Anfrage',
  'No valid URL': 'Keine gültige URL',
  'No model-list function was given': 'Es wurde keine Funktion für die Modellliste übergeben',
  'The server listed {count} models: {names}': {
    one: 'Der Server hat {count} Modell aufgelistet: {names}',
    other: 'Der Server hat {count} Modelle aufgelistet: {names}',
  },
  'Chat test not requested': 'Chat-Test nicht angefordert',
  'No model to try': 'Kein Modell zum Ausprobieren',
  'A one-token chat with {model} got an answer': 'Ein Chat mit einem Token mit {model} hat eine Antwort erhalten',
};
