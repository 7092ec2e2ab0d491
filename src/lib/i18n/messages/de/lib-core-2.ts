// German: text written below the UI — providers and conversation (errors, failures, descriptions). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore2: Translations = {
  // conversation: the chat's output settings
  'The schema is not valid JSON: {error}': 'Das Schema ist kein gültiges JSON: {error}',
  'The tool definitions are not valid JSON: {error}': 'Die Werkzeugdefinitionen sind kein gültiges JSON: {error}',
  'The schema must be a JSON object, such as {example}.': 'Das Schema muss ein JSON-Objekt sein, etwa {example}.',
  '{field} must be one of {types} (found {found}).': '{field} muss einer von {types} sein (gefunden: {found}).',
  '{field} must be an object.': '{field} muss ein Objekt sein.',
  '{field} must be a list of names.': '{field} muss eine Liste von Namen sein.',
  'Paste or write a JSON schema, or pick an example.':
    'Fügen Sie ein JSON-Schema ein, schreiben Sie eines oder wählen Sie ein Beispiel.',
  '{field} may hold only letters, digits, {underscore} and {hyphen} (at most {max}).':
    '{field} darf nur Buchstaben, Ziffern, {underscore} und {hyphen} enthalten (höchstens {max}).',
  'Tool definitions must be a JSON list: {example}.': 'Werkzeugdefinitionen müssen eine JSON-Liste sein: {example}.',
  'Tool {n} needs {field}.': 'Werkzeug {n} braucht {field}.',
  'Tool {n} needs a {field} object.': 'Werkzeug {n} braucht ein {field}-Objekt.',
  'Tool {n}: {field} must be letters, digits, {underscore} or {hyphen} (at most {max}).':
    'Werkzeug {n}: {field} muss aus Buchstaben, Ziffern, {underscore} oder {hyphen} bestehen (höchstens {max}).',
  'Tool {n}: the name {name} is used twice.': 'Werkzeug {n}: Der Name {name} wird zweimal verwendet.',
  'Tool {n}: {field} must be text.': 'Werkzeug {n}: {field} muss Text sein.',
  'Tool {n}: {field} must be a JSON schema object.': 'Werkzeug {n}: {field} muss ein JSON-Schema-Objekt sein.',
  // providers: this browser's engine and models
  'This browser offers a WebGPU adapter, so the model runs on the GPU.':
    'Dieser Browser bietet einen WebGPU-Adapter, daher läuft das Modell auf der GPU.',
  'No WebGPU; the page is cross-origin isolated, so WebAssembly runs on {count} threads.':
    'Kein WebGPU; die Seite ist cross-origin-isoliert, daher läuft WebAssembly in {count} Threads.',
  'No WebGPU, and the page is not cross-origin isolated (its host does not send the {headers} headers), so threads are unavailable: WebAssembly runs on one thread.':
    'Kein WebGPU, und die Seite ist nicht cross-origin-isoliert (ihr Host sendet die {headers}-Header nicht), daher sind keine Threads verfügbar: WebAssembly läuft in einem Thread.',
  'No WebGPU, and this device has too few cores for threads to help: WebAssembly runs on one thread.':
    'Kein WebGPU, und dieses Gerät hat zu wenige Kerne, als dass Threads helfen würden: WebAssembly läuft in einem Thread.',
  'WebAssembly, several threads': 'WebAssembly, mehrere Threads',
  'WebAssembly, one thread': 'WebAssembly, ein Thread',
  'Tiny and fast: short answers and simple rewrites, on any laptop.':
    'Winzig und schnell: kurze Antworten und einfache Umformulierungen, auf jedem Laptop.',
  'Small all-rounder for quick questions and summaries.':
    'Kleiner Allrounder für schnelle Fragen und Zusammenfassungen.',
  'Multilingual, follows instructions well for its size; some code.':
    'Mehrsprachig, folgt Anweisungen für seine Größe gut; etwas Code.',
  'The most capable here: better reasoning and writing, slower on the CPU.':
    'Das leistungsfähigste hier: besseres Schlussfolgern und Schreiben, langsamer auf der CPU.',
  // providers: errors
  '{status} (the server sent an HTML page, not an API error)':
    '{status} (der Server hat eine HTML-Seite gesendet, keinen API-Fehler)',
  '{status} (empty body)': '{status} (leerer Inhalt)',
  'The server reported an error without a message': 'Der Server hat einen Fehler ohne Meldung gemeldet',
  'The request got no response': 'Die Anfrage hat keine Antwort erhalten',
  'The connection broke while the reply was streaming': 'Die Verbindung brach ab, während die Antwort gestreamt wurde',
  'The request was cancelled': 'Die Anfrage wurde abgebrochen',
  'No response within {duration}': 'Keine Antwort innerhalb von {duration}',
  'This connection needs an API key; add one in its settings':
    'Diese Verbindung braucht einen API-Schlüssel; fügen Sie ihn in ihren Einstellungen hinzu',
  'No data from {host} for {duration}; the stream was stopped. The text received so far is kept.':
    'Seit {duration} keine Daten von {host}; der Stream wurde gestoppt. Der bisher empfangene Text bleibt erhalten.',
  'No data from {host} for {duration} while waiting for the first token; the request was stopped.':
    'Seit {duration} keine Daten von {host} beim Warten auf das erste Token; die Anfrage wurde gestoppt.',
  'The server sent a line longer than {size} without a line break; the stream was stopped. The text received so far is kept.':
    'Der Server hat eine Zeile länger als {size} ohne Zeilenumbruch gesendet; der Stream wurde gestoppt. Der bisher empfangene Text bleibt erhalten.',
  "The server's reply is larger than {size}; reading it was stopped.":
    'Die Antwort des Servers ist größer als {size}; das Lesen wurde gestoppt.',
  'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.':
    'Der Server hat mit einer Webseite (HTML) geantwortet, nicht mit einem Chat-Stream. Die Basis-URL zeigt vielleicht auf eine Web-Oberfläche, eine Anmeldeseite oder einen Proxy statt auf die API.',
  'The server sent an empty reply ({status} with no content).':
    'Der Server hat eine leere Antwort gesendet ({status} ohne Inhalt).',
  'The embeddings reply is not a JSON object.': 'Die Embeddings-Antwort ist kein JSON-Objekt.',
  'The reply has no {field} list.': 'Die Antwort hat keine {field}-Liste.',
  'The reply has no {field} list of embeddings.': 'Die Antwort hat keine {field}-Liste von Embeddings.',
  'The reply holds {vectors} vectors for {count} texts.': 'Die Antwort enthält {vectors} Vektoren für {count} Texte.',
  'An embedding in the reply is not a list of numbers.': 'Ein Embedding in der Antwort ist keine Liste von Zahlen.',
  'The vectors in the reply differ in length.': 'Die Vektoren in der Antwort sind unterschiedlich lang.',
  'The model list was not JSON': 'Die Modellliste war kein JSON',
  'The server sent a line that is not JSON; the stream was stopped. The text received so far is kept.':
    'Der Server hat eine Zeile gesendet, die kein JSON ist; der Stream wurde gestoppt. Der bisher empfangene Text bleibt erhalten.',
  'The reply was not a stream of JSON lines': 'Die Antwort war kein Stream aus JSON-Zeilen',
  'This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server':
    'Das sieht aus wie eine Modellliste im OpenAI-Stil; verwenden Sie für diesen Server den OpenAI-kompatiblen Modus',
  'The reply is not an Ollama model list (no {field} array)':
    'Die Antwort ist keine Ollama-Modellliste (kein {field}-Array)',
  'The reply was not JSON': 'Die Antwort war kein JSON',
  'The reply was not a JSON object': 'Die Antwort war kein JSON-Objekt',
  'The reply is not an {endpoint} result (no {field})': 'Die Antwort ist kein {endpoint}-Ergebnis (kein {field})',
  'This looks like an Ollama model list ({endpoint}); use the Ollama mode for this server':
    'Das sieht aus wie eine Ollama-Modellliste ({endpoint}); verwenden Sie für diesen Server den Ollama-Modus',
  'The reply is not an OpenAI-style model list (no {field} array)':
    'Die Antwort ist keine Modellliste im OpenAI-Stil (kein {field}-Array)',
  'The reply is not a chat completion (no {field})': 'Die Antwort ist keine Chat-Completion (kein {field})',
  'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.':
    'Der Server hat ein Ereignis gesendet, das kein JSON ist; der Stream wurde gestoppt. Der bisher empfangene Text bleibt erhalten.',
  'The server sent an event that is not JSON': 'Der Server hat ein Ereignis gesendet, das kein JSON ist',
  'The reply was not an event stream': 'Die Antwort war kein Event-Stream',
  "The server URL is not a full {http} or {https} address; the request was not sent. Edit the connection's base URL":
    'Die Server-URL ist keine vollständige {http}- oder {https}-Adresse; die Anfrage wurde nicht gesendet. Bearbeiten Sie die Basis-URL der Verbindung',
  "Only {http} and {https} server URLs work; the request was not sent. Edit the connection's base URL":
    'Nur {http}- und {https}-Server-URLs funktionieren; die Anfrage wurde nicht gesendet. Bearbeiten Sie die Basis-URL der Verbindung',
  'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field':
    'Die Server-URL enthält einen Benutzernamen oder ein Passwort; die Anfrage wurde nicht gesendet. Entfernen Sie sie aus der Basis-URL und verwenden Sie das Feld API-Schlüssel',
  'The server answered with a redirect ({status} to {location}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Der Server hat mit einer Weiterleitung geantwortet ({status} nach {location}); ihr wurde nicht gefolgt, der API-Schlüssel ging also nirgendwo anders hin. Setzen Sie die Basis-URL auf die Adresse, auf die der Server weiterleitet',
  'The server answered with a redirect ({status}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Der Server hat mit einer Weiterleitung geantwortet ({status}); ihr wurde nicht gefolgt, der API-Schlüssel ging also nirgendwo anders hin. Setzen Sie die Basis-URL auf die Adresse, auf die der Server weiterleitet',
  'The server answered with a redirect to {location}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Der Server hat mit einer Weiterleitung nach {location} geantwortet; ihr wurde nicht gefolgt, der API-Schlüssel ging also nirgendwo anders hin. Setzen Sie die Basis-URL auf die Adresse, auf die der Server weiterleitet',
  'The server answered with a redirect; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'Der Server hat mit einer Weiterleitung geantwortet; ihr wurde nicht gefolgt, der API-Schlüssel ging also nirgendwo anders hin. Setzen Sie die Basis-URL auf die Adresse, auf die der Server weiterleitet',
  'The reply is not a transcription (no {field})': 'Die Antwort ist keine Transkription (kein {field})',
};
