// German: diagnosis texts (network failures, evidence, server defaults). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis1: Translations = {
  'Chromium-based (Chrome, Edge, Brave, Opera)': 'Chromium-basiert (Chrome, Edge, Brave, Opera)',
  'not recognised': 'nicht erkannt',
  'Page origin {origin} is a public site, served over {protocol} (a secure context)':
    'Seitenursprung {origin} ist eine öffentliche Website, ausgeliefert über {protocol} (ein sicherer Kontext)',
  'Page origin {origin} is on this computer, served over {protocol} (a secure context)':
    'Seitenursprung {origin} liegt auf diesem Computer, ausgeliefert über {protocol} (ein sicherer Kontext)',
  'Page origin {origin} is on a private network, served over {protocol} (a secure context)':
    'Seitenursprung {origin} liegt in einem privaten Netzwerk, ausgeliefert über {protocol} (ein sicherer Kontext)',
  'Page origin {origin} is a public site, served over {protocol} (not a secure context)':
    'Seitenursprung {origin} ist eine öffentliche Website, ausgeliefert über {protocol} (kein sicherer Kontext)',
  'Page origin {origin} is on this computer, served over {protocol} (not a secure context)':
    'Seitenursprung {origin} liegt auf diesem Computer, ausgeliefert über {protocol} (kein sicherer Kontext)',
  'Page origin {origin} is on a private network, served over {protocol} (not a secure context)':
    'Seitenursprung {origin} liegt in einem privaten Netzwerk, ausgeliefert über {protocol} (kein sicherer Kontext)',
  'Browser engine is {browser} and asks permission for local network access':
    'Browser-Engine ist {browser} und fragt nach der Erlaubnis für den Zugriff aufs lokale Netzwerk',
  'Browser engine is {browser} and has no local network access permission':
    'Browser-Engine ist {browser} und hat keine Berechtigung für den Zugriff aufs lokale Netzwerk',
  'Server {origin} is on this computer (loopback), over {protocol}':
    'Server {origin} liegt auf diesem Computer (Loopback), über {protocol}',
  'Server {origin} is a private network address, over {protocol}':
    'Server {origin} ist eine private Netzwerkadresse, über {protocol}',
  'Server {origin} is a public address or a host name, over {protocol}':
    'Server {origin} ist eine öffentliche Adresse oder ein Hostname, über {protocol}',
  'No-CORS probe of {url} got an answer in {ms} ms': 'No-CORS-Test von {url} bekam nach {ms} ms eine Antwort',
  'No-CORS probe of {url} got no answer within {ms} ms':
    'No-CORS-Test von {url} bekam innerhalb von {ms} ms keine Antwort',
  'No-CORS probe of {url} failed after {ms} ms without an answer':
    'No-CORS-Test von {url} schlug nach {ms} ms ohne Antwort fehl',
  'Simple CORS GET of {url} was readable (HTTP {status}), so this origin is allowed':
    'Einfaches CORS-GET von {url} war lesbar (HTTP {status}), dieser Ursprung ist also erlaubt',
  'Simple CORS GET of {url} got no answer within {ms} ms':
    'Einfaches CORS-GET von {url} bekam innerhalb von {ms} ms keine Antwort',
  'Simple CORS GET of {url} (no Authorization, no Content-Type) was blocked by the browser':
    'Einfaches CORS-GET von {url} (ohne Authorization, ohne Content-Type) wurde vom Browser blockiert',
  'Request to {url} with headers {headers} passed the preflight (HTTP {status})':
    'Anfrage an {url} mit den Headern {headers} hat den Preflight bestanden (HTTP {status})',
  'Request to {url} with headers {headers} was blocked: the preflight was rejected':
    'Anfrage an {url} mit den Headern {headers} wurde blockiert: Der Preflight wurde abgelehnt',
  'Request to {url} passed the preflight (HTTP {status})':
    'Anfrage an {url} hat den Preflight bestanden (HTTP {status})',
  'Request to {url} was blocked: the preflight was rejected':
    'Anfrage an {url} wurde blockiert: Der Preflight wurde abgelehnt',
  'The answer from {url} started, then stopped arriving before the time limit':
    'Die Antwort von {url} begann, kam dann aber vor Ablauf des Zeitlimits nicht mehr an',
  '{method} {url} got no answer before the time limit': '{method} {url} bekam vor Ablauf des Zeitlimits keine Antwort',
  'The server stopped sending': 'Der Server hat aufgehört zu senden',
  'The server took too long to answer': 'Der Server hat zu lange für die Antwort gebraucht',
  '{guess} (a guess from the port alone)': '{guess} (nur anhand des Ports vermutet)',
  'This is not a valid server URL': 'Dies ist keine gültige Server-URL',
  '"{url}" is not a usable http(s) URL': '„{url}“ ist keine verwendbare http(s)-URL',
  'The request to {url} was cancelled': 'Die Anfrage an {url} wurde abgebrochen',
  'No problem found': 'Kein Problem gefunden',
  '{method} {url} failed before any answer could be read':
    '{method} {url} schlug fehl, bevor eine Antwort gelesen werden konnte',
  'The browser reported: {message} (the wording differs per browser and is not used)':
    'Der Browser meldete: {message} (der Wortlaut unterscheidet sich je nach Browser und wird nicht ausgewertet)',
  'https to a local address or IP usually means a self-signed certificate, which the browser rejects silently':
    'https zu einer lokalen Adresse oder IP bedeutet meist ein selbstsigniertes Zertifikat, das der Browser stillschweigend ablehnt',
  'The certificate of {host} is probably not trusted':
    'Das Zertifikat von {host} wird wahrscheinlich nicht als vertrauenswürdig eingestuft',
  'Nothing answered at {host}': 'Unter {host} hat nichts geantwortet',
  'The connection dropped in the middle of the answer': 'Die Verbindung brach mitten in der Antwort ab',
  'The status and headers had arrived before the failure': 'Status und Header waren vor dem Fehler angekommen',
  'The browser could not complete the request to {host}': 'Der Browser konnte die Anfrage an {host} nicht abschließen',
  'No probes were run, so the cause is not yet known':
    'Es wurden keine Tests ausgeführt, daher ist die Ursache noch unbekannt',
  'Run "Test connection"': '„Verbindung testen“ ausführen',
  'It checks step by step whether the server answers, allows this page, and accepts our headers.':
    'Er prüft Schritt für Schritt, ob der Server antwortet, diese Seite zulässt und unsere Header akzeptiert.',
  'That probe got through, so local network access did not block it: the browser does not treat {host} as a public site':
    'Dieser Test kam durch, der Zugriff aufs lokale Netzwerk hat ihn also nicht blockiert: Der Browser behandelt {host} nicht als öffentliche Website',
  'Local network access permission is still "prompt": a dismissed prompt also blocks the request':
    'Die Berechtigung für den lokalen Netzwerkzugriff steht noch auf „prompt“: Auch eine geschlossene Nachfrage blockiert die Anfrage',
  'Servers that leave CORS headers off error answers (e.g. 401 or 404) also land here':
    'Auch Server, die bei Fehlerantworten (z. B. 401 oder 404) keine CORS-Header senden, landen hier',
  'The server does not allow requests from {origin}': 'Der Server erlaubt keine Anfragen von {origin}',
  '{server} does not allow requests from {origin}': '{server} erlaubt keine Anfragen von {origin}',
  'The server allows this page, but rejects the preflight for our request headers':
    'Der Server lässt diese Seite zu, lehnt aber den Preflight für unsere Anfrage-Header ab',
  '{host} answers and allows this page': '{host} antwortet und lässt diese Seite zu',
  'The probes got through, but the request failed': 'Die Tests kamen durch, aber die Anfrage schlug fehl',
  'Every probe reached the server, so CORS and reachability look fine':
    'Jeder Test erreichte den Server, CORS und Erreichbarkeit sehen also gut aus',
  'The failure may have been temporary (server restart, network change).':
    'Der Fehler war möglicherweise vorübergehend (Serverneustart, Netzwerkwechsel).',
  'Check extensions and proxies': 'Erweiterungen und Proxys prüfen',
  'An ad blocker, privacy extension or company proxy can block or cut requests, or a proxy may reject large bodies without CORS headers.':
    'Ein Werbeblocker, eine Datenschutzerweiterung oder ein Firmenproxy kann Anfragen blockieren oder abbrechen, oder ein Proxy lehnt große Bodys ohne CORS-Header ab.',
  'Set {variable} and restart Ollama.': 'Setzen Sie {variable} und starten Sie Ollama neu.',
  'Developer tab → Server Settings → turn on "Serve on Local Network".':
    'Tab „Developer“ → Server Settings → „Serve on Local Network“ einschalten.',
  'Start llama-server with {flag}.': 'Starten Sie llama-server mit {flag}.',
  'vLLM listens on every interface unless {option} narrows it; start it with {flag}.':
    'vLLM lauscht auf allen Schnittstellen, außer {option} schränkt das ein; starten Sie es mit {flag}.',
  'LocalAI listens on every interface by default ({port}); in Docker, publish the port with {flag}.':
    'LocalAI lauscht standardmäßig auf allen Schnittstellen ({port}); in Docker veröffentlichen Sie den Port mit {flag}.',
  'Jan → Settings → Local API Server → set Server Host to {address}.':
    'Jan → Settings → Local API Server → Server Host auf {address} setzen.',
  'KoboldCpp listens on every interface unless {option} narrows it; drop {option} or use {flag}.':
    'KoboldCpp lauscht auf allen Schnittstellen, außer {option} schränkt das ein; lassen Sie {option} weg oder verwenden Sie {flag}.',
  'Start text-generation-webui with {flag} (or {other}).':
    'Starten Sie text-generation-webui mit {flag} (oder {other}).',
  'LiteLLM listens on {address} by default; check that {option} does not narrow it.':
    'LiteLLM lauscht standardmäßig auf {address}; prüfen Sie, dass {option} das nicht einschränkt.',
  '{server} listens on {address} by default; in Docker, publish the port with {flag}.':
    '{server} lauscht standardmäßig auf {address}; in Docker veröffentlichen Sie den Port mit {flag}.',
  'the server': 'der Server',
  'Open the Osaurus app and start its server': 'Öffnen Sie die Osaurus-App und starten Sie ihren Server',
  'Check that {server} is running': 'Prüfen Sie, ob {server} läuft',
  'Nothing answered at {origin}. Start it with: {command}. Then try again.':
    'Unter {origin} hat nichts geantwortet. Starten Sie ihn mit: {command}. Versuchen Sie es dann erneut.',
  'Nothing answered at {origin}. Then try again.':
    'Unter {origin} hat nichts geantwortet. Starten Sie den Server und versuchen Sie es dann erneut.',
  'Check from a terminal on this computer': 'Von einem Terminal auf diesem Computer prüfen',
  'Check the port ({server} uses {port} by default)': 'Port prüfen ({server} verwendet standardmäßig {port})',
  "This URL uses port {port}; {server}'s default is {default}, unless you changed it.":
    'Diese URL verwendet Port {port}; der Standard von {server} ist {default}, sofern Sie ihn nicht geändert haben.',
  'Make the server listen on the network, and open the firewall':
    'Server im Netzwerk lauschen lassen und die Firewall öffnen',
  'Many servers listen only on {address} by default, which other machines cannot reach. {advice} Then allow port {port} through the firewall of the machine running it. In Docker, publish the port ({flag}).':
    'Viele Server lauschen standardmäßig nur auf {address}, was andere Rechner nicht erreichen können. {advice} Erlauben Sie dann Port {port} in der Firewall des Rechners, auf dem er läuft. In Docker veröffentlichen Sie den Port ({flag}).',
  'Start it with {flag} (or its equivalent).': 'Starten Sie ihn mit {flag} (oder dem Gegenstück).',
  'Ollama, started by hand': 'Ollama, von Hand gestartet',
  'Is the server on this computer?': 'Läuft der Server auf diesem Computer?',
  "{host} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.":
    '{host} bedeutet immer den Computer, auf dem dieser Browser läuft. Läuft der Server woanders, verwenden Sie die Adresse dieses Rechners.',
  'Open the server in a tab and accept its certificate': 'Server in einem Tab öffnen und sein Zertifikat akzeptieren',
  'Open {url} in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.':
    'Öffnen Sie {url} in einem neuen Tab, akzeptieren Sie die Zertifikatswarnung, kommen Sie dann zurück und versuchen Sie es erneut. Der Browser vertraut ihm dann für diese Sitzung.',
  'Or give the server a trusted certificate': 'Oder geben Sie dem Server ein vertrauenswürdiges Zertifikat',
  '{tool} creates certificates your browsers trust on this computer:':
    '{tool} erstellt Zertifikate, denen Ihre Browser auf diesem Computer vertrauen:',
  'Create a local CA and a certificate': 'Eine lokale CA und ein Zertifikat erstellen',
  'Or use plain http on this computer': 'Oder verwenden Sie auf diesem Computer einfaches http',
  'If the server runs on this computer, {url} needs no certificate (except from an https page in Safari).':
    'Läuft der Server auf diesem Computer, braucht {url} kein Zertifikat (außer von einer https-Seite in Safari).',
  'Allow local network access when the browser asks': 'Zugriff aufs lokale Netzwerk erlauben, wenn der Browser fragt',
  'This browser lets https pages call private addresses like {host} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.':
    'Dieser Browser lässt https-Seiten private Adressen wie {host} über http aufrufen, sobald Sie den Zugriff aufs lokale Netzwerk erlauben. Wählen Sie in der Nachfrage „Zulassen“ oder Website-Einstellungen → Lokales Netzwerk → Zulassen und laden Sie dann neu.',
  'If the server is on this computer, use {url}': 'Läuft der Server auf diesem Computer, verwenden Sie {url}',
  'Browsers allow https pages to call {localhost} and {loopback}, but not other http addresses. Change the base URL to {url}.':
    'Browser erlauben https-Seiten, {localhost} und {loopback} aufzurufen, aber keine anderen http-Adressen. Ändern Sie die Basis-URL zu {url}.',
  "Use the server's private IP address instead of its name":
    'Die private IP-Adresse des Servers statt seines Namens verwenden',
  'Chrome lets https pages call private IP addresses (e.g. {example}) over http after you allow local network access, but not names like {host}.':
    'Chrome lässt https-Seiten private IP-Adressen (z. B. {example}) über http aufrufen, nachdem Sie den Zugriff aufs lokale Netzwerk erlaubt haben, aber keine Namen wie {host}.',
  'Serve the model over https': 'Das Modell über https bereitstellen',
  'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.':
    'Schalten Sie einen Reverse-Proxy mit vertrauenswürdigem Zertifikat vor den Server (Caddy erstellt eines für localhost automatisch) und verwenden Sie dessen https://-URL.',
  'Caddy reverse proxy': 'Caddy als Reverse-Proxy',
  'Or open this app over http': 'Oder öffnen Sie diese App über http',
  'Mixed-content rules apply only because this page ({origin}) is https. A copy of Switchboard served over http, or from {url}, can call http servers.':
    'Die Mixed-Content-Regeln gelten nur, weil diese Seite ({origin}) https ist. Eine über http oder von {url} ausgelieferte Kopie von Switchboard kann http-Server aufrufen.',
  'Open Switchboard over https': 'Switchboard über https öffnen',
  'Chrome only lets secure pages reach your computer or local network. This page ({origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.':
    'Chrome lässt nur sichere Seiten auf Ihren Computer oder Ihr lokales Netzwerk zugreifen. Diese Seite ({origin}) ist einfaches http, daher verwirft Chrome diese Anfragen ohne Nachfrage. Öffnen Sie die https-Version dieser App.',
  'Or run Switchboard locally': 'Oder führen Sie Switchboard lokal aus',
  'A copy served from {url} counts as secure and is not public, so it can reach local servers.':
    'Eine von {url} ausgelieferte Kopie gilt als sicher und nicht öffentlich und kann daher lokale Server erreichen.',
  'Allow local network access for this site': 'Zugriff aufs lokale Netzwerk für diese Website erlauben',
  '{origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.':
    '{origin} wurde der Zugriff auf Ihr lokales Netzwerk verweigert. Klicken Sie auf das Symbol für Website-Einstellungen links neben der Adressleiste → Lokales Netzwerk → Zulassen und laden Sie die Seite dann neu.',
  'Choose "Allow" when the browser asks': '„Zulassen“ wählen, wenn der Browser fragt',
  'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.':
    'Die erste Anfrage an einen lokalen Server zeigt eine Nachfrage, ob diese Website sich mit Geräten in Ihrem lokalen Netzwerk verbinden darf. Erlauben Sie es, sonst schlägt die Anfrage fehl.',
  "Use {url} (or the machine's IP) instead": 'Stattdessen {url} (oder die IP des Rechners) verwenden',
  '{host} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.':
    '{host} bedeutet beim Lauschen eines Servers „alle Schnittstellen“; es ist keine Adresse zum Verbinden, und Browser blockieren es oder behandeln es besonders. Läuft der Server auf diesem Computer, verwenden Sie localhost, sonst seine IP-Adresse.',
  'Remove the user name and password from the URL': 'Benutzername und Passwort aus der URL entfernen',
  'Browsers refuse URLs with {example}. Put a key in the API key field instead.':
    'Browser lehnen URLs mit {example} ab. Tragen Sie stattdessen einen Schlüssel im Feld API-Schlüssel ein.',
  'Add {scheme} in front': '{scheme} voranstellen',
  'Try {url}. A server URL starts with {http} or {https}.':
    'Versuchen Sie {url}. Eine Server-URL beginnt mit {http} oder {https}.',
  'Enter a full {http} or {https} URL': 'Eine vollständige {http}- oder {https}-URL eingeben',
  'For example {first} (Ollama) or {second} (LM Studio).': 'Zum Beispiel {first} (Ollama) oder {second} (LM Studio).',
};
