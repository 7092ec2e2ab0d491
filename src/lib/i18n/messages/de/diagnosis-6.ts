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
  '{server} requires an API key: set one in {place} and enter the same key here.':
    '{server} verlangt einen API-Schlüssel: Legen Sie einen unter {place} fest und geben Sie hier denselben Schlüssel ein.',
  '{server} checks keys only when started with {option}; enter that key here.':
    '{server} prüft Schlüssel nur, wenn es mit {option} gestartet wurde; geben Sie diesen Schlüssel hier ein.',
  '{server} checks keys only when started with {option} (or {variable}); enter that key here.':
    '{server} prüft Schlüssel nur, wenn es mit {option} (oder {variable}) gestartet wurde; geben Sie diesen Schlüssel hier ein.',
  '{server} checks keys when {variables} is set; enter one of those keys here.':
    '{server} prüft Schlüssel, wenn {variables} gesetzt ist; geben Sie einen dieser Schlüssel hier ein.',
  '{server} checks keys only when "{setting}" is on in the server settings.':
    '{server} prüft Schlüssel nur, wenn „{setting}“ in den Servereinstellungen eingeschaltet ist.',
  'The {server} proxy expects its master key or a virtual key created from it.':
    'Der {server}-Proxy erwartet seinen Master-Schlüssel oder einen daraus erzeugten virtuellen Schlüssel.',
  '{server} checks the key only when started with {option}; enter that password as the key.':
    '{server} prüft den Schlüssel nur, wenn es mit {option} gestartet wurde; geben Sie dieses Passwort als Schlüssel ein.',
  'Create a key at {place}, and check the project has access to this model.':
    'Erstellen Sie einen Schlüssel unter {place} und prüfen Sie, ob das Projekt Zugriff auf dieses Modell hat.',
  'Create a key at {place}.': 'Erstellen Sie einen Schlüssel unter {place}.',
  '{server} checks keys only when started with {option}.':
    '{server} prüft Schlüssel nur, wenn es mit {option} gestartet wurde.',
  'Check the API key': 'API-Schlüssel prüfen',
  'Add an API key': 'API-Schlüssel hinzufügen',
  'The server refused the key this connection sent (HTTP {status}). Copy it again, without spaces, or create a new one.':
    'Der Server hat den Schlüssel abgelehnt, den diese Verbindung gesendet hat (HTTP {status}). Kopieren Sie ihn erneut ohne Leerzeichen oder erstellen Sie einen neuen.',
  'The server wants an API key and this connection sends none (HTTP {status}). Enter the key in the connection settings.':
    'Der Server verlangt einen API-Schlüssel, und diese Verbindung sendet keinen (HTTP {status}). Geben Sie den Schlüssel in den Verbindungseinstellungen ein.',
  '{server} and API keys': '{server} und API-Schlüssel',
  "Add this host to {server}'s {setting}": 'Diesen Host zu {setting} in {server} hinzufügen',
  'A proxy may be answering for {server}': 'Möglicherweise antwortet ein Proxy anstelle von {server}',
  "{server}'s own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.":
    'Das eigene 403 von {server} (Ursprung oder Host abgelehnt) hat keine CORS-Header, die Seite könnte es also nie lesen. Ein lesbares 403 kommt von etwas anderem, etwa einem Reverse-Proxy mit eigenen Zugriffsregeln.',
  'Add credit or raise the limit': 'Guthaben aufladen oder das Limit erhöhen',
  '{server} says the account is out of credit or quota. Check billing and usage limits in its dashboard.':
    '{server} meldet, dass das Konto kein Guthaben oder Kontingent mehr hat. Prüfen Sie Abrechnung und Nutzungslimits im Dashboard.',
  'Pick a model the server lists': 'Ein Modell wählen, das der Server auflistet',
  'Refresh the model list for this connection and choose one of its models.':
    'Aktualisieren Sie die Modellliste dieser Verbindung und wählen Sie eines ihrer Modelle.',
  'Download {model} into {server}': '{model} in {server} herunterladen',
  '{server} has no model called {model}. Download it (names are like {example} or {other}), or pick an installed one.':
    '{server} hat kein Modell namens {model}. Laden Sie es herunter (Namen sehen aus wie {example} oder {other}) oder wählen Sie ein installiertes.',
  'Download the model': 'Das Modell herunterladen',
  'List installed models': 'Installierte Modelle auflisten',
  'Load {model} in {server}': '{model} in {server} laden',
  'Download it in {server}, or load it from a terminal:':
    'Laden Sie es in {server} herunter oder laden Sie es über ein Terminal:',
  'Load the model': 'Das Modell laden',
  'Use the name {server} serves': 'Den Namen verwenden, unter dem {server} das Modell anbietet',
  '{server} serves one model, under {option} if set, else its path. Use exactly that name.':
    '{server} bietet ein Modell an, unter {option}, falls gesetzt, sonst unter seinem Pfad. Verwenden Sie genau diesen Namen.',
  'Check access': 'Zugriff prüfen',
  'The model id may be misspelled, retired, or not enabled for this key at {host}.':
    'Die Modell-ID ist vielleicht falsch geschrieben, eingestellt oder für diesen Schlüssel bei {host} nicht freigeschaltet.',
  'Remove the doubled {path}': 'Das doppelte {path} entfernen',
  'The request URL contains {doubled}. Set the base URL to {url}.':
    'Die Anfrage-URL enthält {doubled}. Setzen Sie die Basis-URL auf {url}.',
  'Try the base URL {url}': 'Die Basis-URL {url} ausprobieren',
  "{server}'s native API lives at the server root (e.g. {example}), not under {path}. Try {suggestions}.":
    'Die native API von {server} liegt im Wurzelverzeichnis des Servers (z. B. {example}), nicht unter {path}. Versuchen Sie {suggestions}.',
  'OpenAI-compatible servers usually serve the API under {path} (e.g. {example}); a few also answer at the root. Try {suggestions}.':
    'OpenAI-kompatible Server bieten die API meist unter {path} an (z. B. {example}); einige antworten auch im Wurzelverzeichnis. Versuchen Sie {suggestions}.',
  'Or switch this connection to OpenAI-compatible mode':
    'Oder diese Verbindung auf den OpenAI-kompatiblen Modus umstellen',
  "If {url} is not {server}, its {paths} paths won't exist. Use OpenAI-compatible mode with the server's {path} URL.":
    'Wenn {url} nicht {server} ist, gibt es dort keine {paths}-Pfade. Verwenden Sie den OpenAI-kompatiblen Modus mit der {path}-URL des Servers.',
  'Check the address': 'Die Adresse prüfen',
  'A 404 means a server answered at {url} but has nothing at that path: check host, port and path prefix.':
    'Ein 404 bedeutet, dass unter {url} ein Server antwortete, unter diesem Pfad aber nichts hat: Prüfen Sie Host, Port und Pfadpräfix.',
  'Pick a model that supports chat': 'Ein Modell wählen, das Chat unterstützt',
  'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.':
    'Dieses Modell kann nicht, was verlangt wurde (zum Beispiel ein Embedding-Modell, das für Chat verwendet wird). Wählen Sie ein anderes Modell.',
  "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.":
    'Der Server hat die Anfrage als ungültig abgelehnt. Prüfen Sie die Parameter der Verbindung und des Chats (maximale Tokens, Antwortformat, Bilder); die Meldung oben nennt das Problem.',
  "{server} is limiting how fast requests may come. Retry in a moment, or check your plan's limits.":
    '{server} begrenzt, wie schnell Anfragen kommen dürfen. Versuchen Sie es gleich noch einmal oder prüfen Sie die Limits Ihres Tarifs.',
  "{server} is limiting how fast requests may come. The server asks to wait {seconds} s. Retry in a moment, or check your plan's limits.":
    '{server} begrenzt, wie schnell Anfragen kommen dürfen. Der Server bittet, {seconds} s zu warten. Versuchen Sie es gleich noch einmal oder prüfen Sie die Limits Ihres Tarifs.',
  "{server} is limiting how fast requests may come. The server asks to wait {retryAfter}. Retry in a moment, or check your plan's limits.":
    '{server} begrenzt, wie schnell Anfragen kommen dürfen. Der Server bittet zu warten: {retryAfter}. Versuchen Sie es gleich noch einmal oder prüfen Sie die Limits Ihres Tarifs.',
  'Wait and retry': 'Warten und erneut versuchen',
  'Wait for the model to load, then retry': 'Warten, bis das Modell geladen ist, dann erneut versuchen',
  '{server} is still loading the model into memory. This can take a minute for large models.':
    '{server} lädt das Modell noch in den Speicher. Bei großen Modellen kann das eine Minute dauern.',
  'Use {url}': '{url} verwenden',
  '{server} only accepts the host names {first} and {second} unless started with {option}.':
    '{server} akzeptiert nur die Hostnamen {first} und {second}, außer es wurde mit {option} gestartet.',
  'Or start it with {option}': 'Oder es mit {option} starten',
  'Then it accepts any host name (and listens on the network).':
    'Dann akzeptiert es jeden Hostnamen (und lauscht im Netzwerk).',
  'Start {server}': '{server} starten',
  'Check the proxy and the server behind it': 'Den Proxy und den Server dahinter prüfen',
  'HTTP {status} comes from a proxy or gateway that could not get an answer from {server} in time. Check that the server behind it is running.':
    'HTTP {status} kommt von einem Proxy oder Gateway, der von {server} nicht rechtzeitig eine Antwort bekam. Prüfen Sie, ob der Server dahinter läuft.',
  "Check {server}'s log": 'Das Log von {server} prüfen',
  'The server failed while handling the request (HTTP {status}). Its console or log says why; out-of-memory while loading a model is a common cause.':
    'Der Server ist beim Bearbeiten der Anfrage gescheitert (HTTP {status}). Seine Konsole oder sein Log nennt den Grund; häufig ist zu wenig Speicher beim Laden eines Modells die Ursache.',
  'Use the address the server redirects to': 'Die Adresse verwenden, an die der Server weiterleitet',
  "{app} never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. Find where the server points (the {header} line of the command below), then put that address in the connection's base URL. Common causes: {http} redirected to {https}, a missing or extra {path}, a proxy or login page in front of the API.":
    '{app} folgt nie einer Weiterleitung mit einem API-Schlüssel, damit Schlüssel und Chat nicht an eine Adresse gehen, die Sie nicht eingegeben haben. Finden Sie heraus, wohin der Server zeigt (die Zeile {header} des Befehls unten), und tragen Sie diese Adresse als Basis-URL der Verbindung ein. Häufige Ursachen: {http} wird auf {https} umgeleitet, ein fehlendes oder überzähliges {path}, ein Proxy oder eine Anmeldeseite vor der API.',
  'Show the redirect': 'Die Weiterleitung anzeigen',
};
