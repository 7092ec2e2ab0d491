// German: diagnosis texts (HTTP errors, answers in the wrong format, and their fixes). Machine-assisted:
// corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis6: Translations = {
  '{method} {url} answered HTTP {status}': '{method} {url} antwortete mit HTTP {status}',
  '{method} {url} was not sent: this connection has no API key and the server needs one':
    '{method} {url} wurde nicht gesendet: Diese Verbindung hat keinen API-Schlüssel, der Server braucht aber einen',
  'This connection needs an API key': 'Diese Verbindung braucht einen API-Schlüssel',
  '{method} {url} was not sent: it is not a full {http} or {https} address without a user name or password':
    '{method} {url} wurde nicht gesendet: Es ist keine vollständige {http}- oder {https}-Adresse ohne Benutzername oder Passwort',
  'This is not a valid server URL': 'Dies ist keine gültige Server-URL',
  '{method} {url} was answered with a redirect to another address':
    '{method} {url} wurde mit einer Weiterleitung an eine andere Adresse beantwortet',
  'The request carried an API key, so the redirect was not followed: nothing was sent to the other address':
    'Die Anfrage enthielt einen API-Schlüssel, deshalb wurde der Weiterleitung nicht gefolgt: An die andere Adresse wurde nichts gesendet',
  'The server redirects this request elsewhere': 'Der Server leitet diese Anfrage woandershin weiter',
  '{method} {url} answered HTTP {status}, then reported an error in the middle of the answer':
    '{method} {url} antwortete mit HTTP {status} und meldete dann mitten in der Antwort einen Fehler',
  '{method} {url} answered HTTP {status}, then reported an error in its body':
    '{method} {url} antwortete mit HTTP {status} und meldete dann im Inhalt einen Fehler',
  'The server said: "{message}"': 'Der Server sagte: „{message}“',
  'The answer carried no error message': 'Die Antwort enthielt keine Fehlermeldung',
  'The request carried an API key': 'Die Anfrage enthielt einen API-Schlüssel',
  'The request carried no API key': 'Die Anfrage enthielt keinen API-Schlüssel',
  'The server wants a valid API key': 'Der Server verlangt einen gültigen API-Schlüssel',
  'The server refused access (403)': 'Der Server hat den Zugriff verweigert (403)',
  'The account is out of credit or quota': 'Das Konto hat kein Guthaben oder Kontingent mehr',
  'Too many requests: the server is rate limiting': 'Zu viele Anfragen: Der Server begrenzt die Anfragerate',
  'The server has no model "{model}"': 'Der Server hat kein Modell „{model}“',
  'The server does not know this model': 'Der Server kennt dieses Modell nicht',
  'The request URL contains {path}': 'Die Anfrage-URL enthält {path}',
  'The 404 answer is an HTML page': 'Die 404-Antwort ist eine HTML-Seite',
  'The URL has {path} twice': 'Die URL enthält {path} zweimal',
  'Nothing at this path on the server (HTTP {status})':
    'Unter diesem Pfad gibt es auf dem Server nichts (HTTP {status})',
  'The server rejected the host name in the URL': 'Der Server hat den Hostnamen in der URL abgelehnt',
  'The model is still loading': 'Das Modell wird noch geladen',
  'The request is too large for the server': 'Die Anfrage ist für den Server zu groß',
  'The server rejected the request': 'Der Server hat die Anfrage abgelehnt',
  'The server reported an error': 'Der Server hat einen Fehler gemeldet',
  "Read the server's message": 'Die Meldung des Servers lesen',
  "The message above says what went wrong. Check the server's log, then retry.":
    'Die Meldung oben sagt, was schiefging. Prüfen Sie das Log des Servers und versuchen Sie es dann erneut.',
  "It gave no details. Check the server's log, then retry.":
    'Er hat keine Details genannt. Prüfen Sie das Log des Servers und versuchen Sie es dann erneut.',
  'The server failed (HTTP {status})': 'Der Server ist gescheitert (HTTP {status})',
  'The server answered HTTP {status}': 'Der Server antwortete mit HTTP {status}',
  'This status is unusual for an LLM API; the message above says more.':
    'Dieser Status ist für eine LLM-API ungewöhnlich; die Meldung oben sagt mehr.',
  'This server is {server}: use {server} mode': 'Dieser Server ist {server}: Verwenden Sie den {server}-Modus',
  '{method} {url} answered HTTP {status}, but not in the expected format':
    '{method} {url} antwortete mit HTTP {status}, aber nicht im erwarteten Format',
  '{method} {url} answered, but not in the expected format':
    '{method} {url} antwortete, aber nicht im erwarteten Format',
  'The answer is an HTML page': 'Die Antwort ist eine HTML-Seite',
  'This URL is a web page, not the API': 'Diese URL ist eine Webseite, nicht die API',
  'The body is an {server} model list ({shape})': 'Der Inhalt ist eine {server}-Modellliste ({shape})',
  "The body is in {server}'s native format": 'Der Inhalt ist im nativen Format von {server}',
  'The server speaks the {server} API, but this connection uses {mode} mode':
    'Der Server spricht die {server}-API, aber diese Verbindung verwendet den {mode}-Modus',
  "The body is in {server}'s format": 'Der Inhalt ist im Format von {server}',
  'The body was empty': 'Der Inhalt war leer',
  'The body looks like {shape}': 'Der Inhalt sieht aus wie {shape}',
  'The server answered in an unexpected format': 'Der Server antwortete in einem unerwarteten Format',
};
