// German: diagnosis texts (CORS and Ollama fixes). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis2: Translations = {
  'Check from a terminal: look for an {header} line in the answer':
    'Vom Terminal prüfen: Suchen Sie in der Antwort nach einer Zeile {header}',
  'Allow {origin} on the server (CORS)': '{origin} auf dem Server erlauben (CORS)',
  'The server answered, but not with permission for this page to read it. It must send "{header}" (or "*") and answer OPTIONS preflights allowing the Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a proxy in front that adds these headers.':
    'Der Server hat geantwortet, aber ohne Erlaubnis für diese Seite, die Antwort zu lesen. Er muss „{header}“ (oder „*“) senden und OPTIONS-Preflights beantworten, die die Header Authorization und Content-Type erlauben. Suchen Sie nach einer Einstellung für CORS oder „allowed origins“, oder schalten Sie einen Proxy davor, der diese Header ergänzt.',
  'Ollama already allows this origin: check what is answering':
    'Ollama erlaubt diesen Ursprung bereits: Prüfen Sie, was antwortet',
  'Ollama allows {origin} without configuration, so the refusal probably comes from something else at {host}: a reverse proxy, another program on that port, or a browser extension.':
    'Ollama erlaubt {origin} ohne Konfiguration, die Ablehnung kommt also wahrscheinlich von etwas anderem unter {host}: einem Reverse-Proxy, einem anderen Programm auf diesem Port oder einer Browsererweiterung.',
  'Enable CORS in LM Studio': 'CORS in LM Studio aktivieren',
  'Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:':
    'Tab „Developer“ → Server Settings → „Enable CORS“ einschalten, dann den Server neu starten. Im Terminal:',
  'Restart the server with CORS on': 'Server mit eingeschaltetem CORS neu starten',
  'Allow {origin} in {server}': '{origin} in {server} erlauben',
  'llama-server allows every origin by default, but only localhost when {tools}, {agent} or MCP servers are configured. Start it with {flag} (or {variable}):':
    'llama-server erlaubt standardmäßig jeden Ursprung, aber nur localhost, wenn {tools}, {agent} oder MCP-Server konfiguriert sind. Starten Sie ihn mit {flag} (oder {variable}):',
  'Add to your llama-server command': 'Zu Ihrem llama-server-Befehl hinzufügen',
  'vLLM allows every origin unless {option} narrows it. Start it with:':
    'vLLM erlaubt jeden Ursprung, außer {option} schränkt das ein. Starten Sie es mit:',
  'vLLM takes a JSON list': 'vLLM erwartet eine JSON-Liste',
  'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key before adding CORS headers, so also check the key.':
    'Schalten Sie CORS mit Ihrem Ursprung ein. Mit gesetzten API-Schlüsseln beantwortet LocalAI Anfragen ohne gültigen Schlüssel womöglich, bevor es CORS-Header hinzufügt; prüfen Sie also auch den Schlüssel.',
  'Start LocalAI with': 'LocalAI starten mit',
  'Allow {origin} in the LiteLLM proxy': '{origin} im LiteLLM-Proxy erlauben',
  'Set the allowed origins and restart the proxy:':
    'Legen Sie die erlaubten Ursprünge fest und starten Sie den Proxy neu:',
  'Start LiteLLM with': 'LiteLLM starten mit',
  'Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add {origin} (comma-separated; * allows all).':
    'Osaurus sendet keine CORS-Header, bis Sie Ursprünge hinzufügen: Settings → Allowed Origins → {origin} hinzufügen (durch Kommas getrennt; * erlaubt alle).',
  "Check Jan's Local API Server settings": 'Die Einstellungen des Local API Server von Jan prüfen',
  'Settings → Local API Server: turn on CORS, and add {host} to Trusted Hosts. Jan also needs an API key set there and in this connection.':
    'Settings → Local API Server: CORS einschalten und {host} zu Trusted Hosts hinzufügen. Jan braucht außerdem einen API-Schlüssel, dort und in dieser Verbindung gesetzt.',
  'Use localhost, or start text-generation-webui with {flag}':
    'localhost verwenden oder text-generation-webui mit {flag} starten',
  'text-generation-webui allows every origin, but without {flag} it rejects any host name other than {hosts} ({error}, which the browser hides). Use {url}, or restart it with {flag}.':
    'text-generation-webui erlaubt jeden Ursprung, lehnt aber ohne {flag} jeden Hostnamen außer {hosts} ab ({error}, was der Browser verbirgt). Verwenden Sie {url} oder starten Sie es mit {flag} neu.',
  'KoboldCpp allows every origin: the cause is probably elsewhere':
    'KoboldCpp erlaubt jeden Ursprung: Die Ursache liegt wahrscheinlich woanders',
  'KoboldCpp sends "{header}" on every answer. Check that this URL really reaches KoboldCpp (not a proxy or another program on that port), and that no browser extension blocks the request.':
    'KoboldCpp sendet „{header}“ bei jeder Antwort. Prüfen Sie, ob diese URL wirklich KoboldCpp erreicht (keinen Proxy oder ein anderes Programm auf diesem Port) und ob keine Browsererweiterung die Anfrage blockiert.',
  '{server} allows browser calls: check the URL and extensions':
    '{server} erlaubt Aufrufe aus dem Browser: Prüfen Sie die URL und Erweiterungen',
  '{server} sends CORS headers on its normal answers, but some error answers (for example a wrong path) come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.':
    '{server} sendet CORS-Header bei normalen Antworten, aber manche Fehlerantworten (etwa bei einem falschen Pfad) kommen ohne sie. Prüfen Sie die Basis-URL und ob keine Erweiterung, kein VPN und kein Firmenproxy die Anfrage blockiert. Für Anbieter, die Browseraufrufe ganz ablehnen, schalten Sie einen Proxy wie LiteLLM dazwischen.',
  'Or go through a proxy that allows browsers': 'Oder über einen Proxy gehen, der Browser zulässt',
  'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.':
    'Hat der Server keine CORS-Einstellung, betreiben Sie einen Proxy wie LiteLLM davor und verbinden Sie Switchboard mit dem Proxy.',
  'Remove the API key if this server does not need one': 'API-Schlüssel entfernen, wenn dieser Server keinen braucht',
  'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.':
    'Ein API-Schlüssel fügt den Header Authorization hinzu, der einen Preflight erfordert. Ist auf dem Server kein Schlüssel gesetzt, löschen Sie den Schlüssel in dieser Verbindung.',
  'Allow the request headers {headers} for {origin}': 'Die Anfrage-Header {headers} für {origin} erlauben',
  'llama-server narrows the allowed headers with {option}; include these:':
    'llama-server schränkt die erlaubten Header mit {option} ein; nehmen Sie diese auf:',
  'vLLM narrows the allowed headers and methods with {headers} / {methods}:':
    'vLLM schränkt die erlaubten Header und Methoden mit {headers} / {methods} ein:',
  'vLLM takes JSON lists': 'vLLM erwartet JSON-Listen',
  'Set {headers} and {methods}, then restart the proxy:':
    'Setzen Sie {headers} und {methods} und starten Sie dann den Proxy neu:',
  'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.':
    'Ollama akzeptiert Authorization und Content-Type in Preflights; wahrscheinlich lehnt ein vorgeschalteter Proxy die OPTIONS-Anfrage ab. Lassen Sie OPTIONS durch.',
  'The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "{header}".':
    'Der Server (oder ein vorgeschalteter Proxy) muss OPTIONS mit einem 2xx-Status, ohne Weiterleitung und mit „{header}“ beantworten.',
  'Avoid redirects': 'Weiterleitungen vermeiden',
  'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.':
    'Ein Preflight, der eine Weiterleitung erhält (http → https oder ein hinzugefügter oder entfernter Schrägstrich am Ende), schlägt immer fehl. Verwenden Sie die genaue endgültige URL als Basis-URL.',
  'Allow {origin} in Ollama ({variable})': '{origin} in Ollama erlauben ({variable})',
  "Ollama only answers pages whose origin is on its list. Set {variable} to {origin} and restart Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to Ollama's defaults ({defaults}); to keep other origins you already set, list them all, separated by commas.":
    'Ollama antwortet nur Seiten, deren Ursprung auf seiner Liste steht. Setzen Sie {variable} auf {origin} und starten Sie Ollama neu. Kopieren Sie den Ursprung genau: Schema, Host und Port, ohne Schrägstrich am Ende. Ihre Einträge ergänzen die Standardwerte von Ollama ({defaults}); um bereits gesetzte andere Ursprünge zu behalten, führen Sie alle durch Kommas getrennt auf.',
  'macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)':
    'macOS-App: Variable setzen, dann Ollama beenden und neu öffnen (gilt bis zum Neustart)',
  'macOS app: restart Ollama': 'macOS-App: Ollama neu starten',
  'Linux (systemd): add an override and restart (same as {command})':
    'Linux (systemd): Override hinzufügen und neu starten (wie {command})',
  'Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu':
    'Windows: Ollama im Infobereich beenden, dies ausführen, dann Ollama aus dem Startmenü starten',
  'Docker: recreate the container with the variable': 'Docker: Container mit der Variablen neu erstellen',
  'Started by hand: stop it, then': 'Von Hand gestartet: beenden, dann',
  'Use localhost or an IP address instead of {host}': 'localhost oder eine IP-Adresse statt {host} verwenden',
  "When Ollama listens on {address} it refuses requests whose Host is a custom name like {host} (a guard against DNS rebinding). Use {url} or the machine's IP address, or make Ollama listen on all interfaces ({variable}), where this check does not apply.":
    'Wenn Ollama auf {address} lauscht, lehnt es Anfragen ab, deren Host ein eigener Name wie {host} ist (ein Schutz gegen DNS-Rebinding). Verwenden Sie {url} oder die IP-Adresse des Rechners, oder lassen Sie Ollama auf allen Schnittstellen lauschen ({variable}), wo diese Prüfung nicht gilt.',
};
