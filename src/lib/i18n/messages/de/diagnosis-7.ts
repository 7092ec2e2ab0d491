// German: diagnosis texts (answers that are no answer, requests beyond chat, images, install guides).
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis7: Translations = {
  // fixes/answers.ts
  'Point the connection at the API, not the web page': 'Die Verbindung auf die API richten, nicht auf die Webseite',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).":
    '{url} lieferte eine Webseite. Verwenden Sie die Basis-URL der API, die meist auf {path} endet (die API von {server} liegt meist auf Port {port}).',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path}.":
    '{url} lieferte eine Webseite. Verwenden Sie die Basis-URL der API, die meist auf {path} endet.',
  'Switch this connection to {mode} mode': 'Diese Verbindung auf den Modus {mode} umstellen',
  'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.':
    'Der Server antwortete im nativen Format von Ollama. Verwenden Sie den Modus „{mode}“ mit der Basis-URL {url}, oder behalten Sie den Modus {other} mit {v1url}.',
  'The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.':
    'Der Server antwortete im Format von OpenAI. Verwenden Sie den Modus „{mode}“ mit der Basis-URL {url}.',
  'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.':
    'Der Server unter {origin} gibt sich als Ollama aus. Bearbeiten Sie die Verbindung: Modus „{mode}“, Basis-URL {origin}. Die native API von Ollama funktioniert mit jeder Ollama-Version.',
  'Or keep {mode} mode with base URL {url}': 'Oder den Modus {mode} mit der Basis-URL {url} behalten',
  'Ollama serves its OpenAI-compatible API under {path}, not at this path.':
    'Ollama stellt seine OpenAI-kompatible API unter {path} bereit, nicht unter diesem Pfad.',
  'Or update Ollama to keep {mode} mode': 'Oder Ollama aktualisieren, um den Modus {mode} zu behalten',
  'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:':
    'Dieses Ollama antwortet unter {url} mit 404: Ältere Ollama-Versionen haben keine (oder keine vollständige) OpenAI-kompatible API, und manche Proxys leiten nur {prefix}-Pfade weiter. Prüfen Sie die Version:',
  "Ollama's version": 'Version von Ollama',
  'Check the API mode and base URL': 'API-Modus und Basis-URL prüfen',
  'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.':
    'Der Server antwortete in einem unerwarteten Format. Stellen Sie sicher, dass der Modus (OpenAI oder Ollama nativ) zum Server passt und die Basis-URL auf seine API zeigt.',
  '{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.':
    '{server} verstummte mitten in der Antwort. Möglicherweise ist der Server überlastet oder hat keinen Speicher mehr; prüfen Sie dessen Log und versuchen Sie es erneut.',
  'The server stopped sending': 'Der Server hat aufgehört zu senden',
  'Retry: the first request may load the model': 'Erneut versuchen: Die erste Anfrage lädt womöglich das Modell',
  '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.':
    '{server} lädt vielleicht gerade das Modell, was länger dauern kann als das Zeitlimit. Versuchen Sie es erneut, sobald es geladen ist.',
  'Check the network path': 'Den Netzwerkweg prüfen',
  'A firewall that silently drops packets also looks like this. Run "{action}" to check.':
    'Eine Firewall, die Pakete stillschweigend verwirft, sieht genauso aus. Führen Sie „{action}“ aus, um das zu prüfen.',
  'Retry; check the server and any proxy': 'Erneut versuchen; Server und etwaigen Proxy prüfen',
  'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).':
    'Die Antwort hatte schon begonnen, also liegt es nicht an CORS oder einer falschen URL: {server} hat mitten im Stream die Verbindung verloren (Absturz oder Neustart des Servers, Proxy-Zeitüberschreitung, Netzwerkwechsel).',
  'Download a model': 'Ein Modell herunterladen',
  'Ollama has no models yet.': 'Ollama hat noch keine Modelle.',
  'For example': 'Zum Beispiel',
  'Load a model on the server, or type its id': 'Ein Modell auf dem Server laden oder seine ID eingeben',
  '{server} listed no models. Load one on the server, or add model ids by hand in the connection.':
    '{server} listete keine Modelle auf. Laden Sie eines auf dem Server, oder tragen Sie Modell-IDs von Hand in der Verbindung ein.',
  // fixes/capabilities.ts, classify-capability.ts, capability-texts.ts
  'Speaches (faster-whisper), LocalAI or vLLM with a Whisper model':
    'Speaches (faster-whisper), LocalAI oder vLLM mit einem Whisper-Modell',
  'Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI': 'Speaches (Piper oder Kokoro), Kokoro-FastAPI oder LocalAI',
  'Ollama, LM Studio, llama.cpp started with {flag}, vLLM with an embedding model, or LocalAI':
    'Ollama, LM Studio, llama.cpp mit {flag} gestartet, vLLM mit einem Embedding-Modell oder LocalAI',
  'Run Speaches (speech to text and text to speech) on port {port}':
    'Speaches (Sprache zu Text und Text zu Sprache) auf Port {port} ausführen',
  'Run Kokoro-FastAPI (text to speech) on port {port}': 'Kokoro-FastAPI (Text zu Sprache) auf Port {port} ausführen',
  'Or pull an embedding model into Ollama': 'Oder ein Embedding-Modell in Ollama laden',
  'Install a model for embeddings in LocalAI': 'In LocalAI ein Modell für Embeddings installieren',
  'Install a model for text to speech in LocalAI': 'In LocalAI ein Modell für Text zu Sprache installieren',
  'Install a model for speech to text in LocalAI': 'In LocalAI ein Modell für Sprache zu Text installieren',
  'Start llama-server with {flag}': 'llama-server mit {flag} starten',
  'llama-server answers {path} only when started with {flag} (and an embedding model works best).':
    'llama-server beantwortet {path} nur, wenn er mit {flag} gestartet wurde (und am besten mit einem Embedding-Modell).',
  'Start it with': 'Starten mit',
  'Update Ollama': 'Ollama aktualisieren',
  'Ollama before {version} has no {path} (nor {other}). Update it, then pull an embedding model.':
    'Ollama vor {version} hat kein {path} (und kein {other}). Aktualisieren Sie es und laden Sie dann ein Embedding-Modell.',
  Then: 'Dann',
  'Serve an embedding model with vLLM': 'Ein Embedding-Modell mit vLLM bereitstellen',
  'Serve a Whisper model with vLLM': 'Ein Whisper-Modell mit vLLM bereitstellen',
  'vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.':
    'vLLM bietet diesen Endpunkt nur für ein Modell, das diese Arbeit kann; ein vLLM stellt ein Modell bereit, also starten Sie ein zweites auf einem anderen Port und fügen Sie es als eigene Verbindung hinzu.',
  'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).':
    'LocalAI hat diesen Endpunkt, antwortet aber mit 404, bis ein Modell mit passendem Backend installiert ist (aus seiner Galerie).',
  'Check the base URL ends in {path}': 'Prüfen, dass die Basis-URL auf {path} endet',
  '{server} serves this under {path} (e.g. {url}).': '{server} stellt dies unter {path} bereit (z. B. {url}).',
  'Use a server that does embeddings': 'Einen Server verwenden, der Embeddings kann',
  'Use a server that does text to speech': 'Einen Server verwenden, der Text zu Sprache kann',
  'Use a server that does speech to text': 'Einen Server verwenden, der Sprache zu Text kann',
  '{server} has no {path}. Servers that have it: {servers}. Run one beside your chat server and add it as its own connection ({where}; its kind sets what it does).':
    '{server} hat kein {path}. Server, die es haben: {servers}. Starten Sie einen neben Ihrem Chat-Server und fügen Sie ihn als eigene Verbindung hinzu ({where}; seine Art legt fest, was er tut).',
  'This server': 'Dieser Server',
  'Pick an embedding model': 'Ein Embedding-Modell wählen',
  "Choose a model that does embeddings. {where} shows each model's kind; a chat model cannot do this work.":
    'Wählen Sie ein Modell, das Embeddings kann. {where} zeigt die Art jedes Modells; ein Chat-Modell kann diese Arbeit nicht.',
  'Pick a text-to-speech model': 'Ein Text-zu-Sprache-Modell wählen',
  "Choose a model that does text to speech. {where} shows each model's kind; a chat model cannot do this work.":
    'Wählen Sie ein Modell, das Text zu Sprache kann. {where} zeigt die Art jedes Modells; ein Chat-Modell kann diese Arbeit nicht.',
  'Pick a speech-to-text (Whisper) model': 'Ein Sprache-zu-Text-Modell (Whisper) wählen',
  "Choose a model that does speech to text. {where} shows each model's kind; a chat model cannot do this work.":
    'Wählen Sie ein Modell, das Sprache zu Text kann. {where} zeigt die Art jedes Modells; ein Chat-Modell kann diese Arbeit nicht.',
  'Record a shorter piece, or send a smaller file': 'Ein kürzeres Stück aufnehmen oder eine kleinere Datei senden',
  'Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.':
    'Teilen Sie lange Aufnahmen, oder wandeln Sie das Audio vor dem Senden in ein komprimiertes Format (Opus, MP3) um.',
  "Raise the server's upload limit": 'Das Upload-Limit des Servers erhöhen',
  'Servers behind a reverse proxy (nginx: {option}) refuse large uploads before the server sees them; raise the limit there or on the server.':
    'Server hinter einem Reverse-Proxy (nginx: {option}) lehnen große Uploads ab, bevor der Server sie sieht; erhöhen Sie das Limit dort oder auf dem Server.',
  '{method} {url} answered HTTP {status}': '{method} {url} antwortete mit HTTP {status}',
  'The answer carried no error message': 'Die Antwort enthielt keine Fehlermeldung',
  'This server has embeddings turned off': 'Dieser Server hat Embeddings ausgeschaltet',
  "The upload's {header} ({type}) needs no preflight, but {names} does (it carries the API key)":
    'Der {header} des Uploads ({type}) braucht keinen Preflight, {names} aber schon (er trägt den API-Schlüssel)',
  "The upload's {header} ({type}) needs no preflight, but {names} does":
    'Der {header} des Uploads ({type}) braucht keinen Preflight, {names} aber schon',
  "The server rejects the preflight for the upload's {names} header":
    'Der Server lehnt den Preflight für den Header {names} des Uploads ab',
  'The upload carried only headers that need no preflight ({type}), so the answer itself lacks permission for this page':
    'Der Upload trug nur Header, die keinen Preflight brauchen ({type}), also fehlt der Antwort selbst die Erlaubnis für diese Seite',
  'This request needs a preflight ({method}) for its {names} headers': {
    one: 'Diese Anfrage braucht einen Preflight ({method}) für ihren Header {names}',
    other: 'Diese Anfrage braucht einen Preflight ({method}) für ihre Header {names}',
  },
  'Check that the server has {path}': 'Prüfen, ob der Server {path} hat',
  'A server without {path} may answer 404 without CORS headers, which the browser reports the same way. {advice}':
    'Ein Server ohne {path} antwortet womöglich mit 404 ohne CORS-Header, was der Browser genauso meldet. {advice}',
  'This model does no embeddings; pick an embedding model':
    'Dieses Modell kann keine Embeddings; wählen Sie ein Embedding-Modell',
  '{model} is a chat model; pick an embedding model': '{model} ist ein Chat-Modell; wählen Sie ein Embedding-Modell',
  '{model} is a speech-to-text model; pick an embedding model':
    '{model} ist ein Sprache-zu-Text-Modell; wählen Sie ein Embedding-Modell',
  '{model} is a text-to-speech model; pick an embedding model':
    '{model} ist ein Text-zu-Sprache-Modell; wählen Sie ein Embedding-Modell',
  '{model} does no embeddings here; pick an embedding model':
    '{model} liefert hier keine Embeddings; wählen Sie ein Embedding-Modell',
  'This model does no text to speech; pick a text-to-speech model':
    'Dieses Modell kann kein Text zu Sprache; wählen Sie ein Text-zu-Sprache-Modell',
  '{model} is a chat model; pick a text-to-speech model':
    '{model} ist ein Chat-Modell; wählen Sie ein Text-zu-Sprache-Modell',
  '{model} is a speech-to-text model; pick a text-to-speech model':
    '{model} ist ein Sprache-zu-Text-Modell; wählen Sie ein Text-zu-Sprache-Modell',
  '{model} is an embedding model; pick a text-to-speech model':
    '{model} ist ein Embedding-Modell; wählen Sie ein Text-zu-Sprache-Modell',
  '{model} does no text to speech here; pick a text-to-speech model':
    '{model} liefert hier kein Text zu Sprache; wählen Sie ein Text-zu-Sprache-Modell',
  'This model does no speech to text; pick a speech-to-text model':
    'Dieses Modell kann kein Sprache zu Text; wählen Sie ein Sprache-zu-Text-Modell',
  '{model} is a chat model; pick a speech-to-text model':
    '{model} ist ein Chat-Modell; wählen Sie ein Sprache-zu-Text-Modell',
  '{model} is a text-to-speech model; pick a speech-to-text model':
    '{model} ist ein Text-zu-Sprache-Modell; wählen Sie ein Sprache-zu-Text-Modell',
  '{model} is an embedding model; pick a speech-to-text model':
    '{model} ist ein Embedding-Modell; wählen Sie ein Sprache-zu-Text-Modell',
  '{model} does no speech to text here; pick a speech-to-text model':
    '{model} liefert hier kein Sprache zu Text; wählen Sie ein Sprache-zu-Text-Modell',
  '{server} does not do embeddings (no {path})': '{server} kann keine Embeddings (kein {path})',
  '{server} does not do text to speech (no {path})': '{server} kann kein Text zu Sprache (kein {path})',
  '{server} does not do speech to text (no {path})': '{server} kann kein Sprache zu Text (kein {path})',
  'Servers that do embeddings answer at {path}': 'Server, die Embeddings können, antworten unter {path}',
  'Servers that do text to speech answer at {path}': 'Server, die Text zu Sprache können, antworten unter {path}',
  'Servers that do speech to text answer at {path}': 'Server, die Sprache zu Text können, antworten unter {path}',
  'The file is {size}; the server takes at most {limit}':
    'Die Datei ist {size} groß; der Server nimmt höchstens {limit} an',
  'The file is {size}; the server takes at most {limit}: record shorter or raise its limit':
    'Die Datei ist {size} groß; der Server nimmt höchstens {limit} an: kürzer aufnehmen oder das Limit erhöhen',
  'The file is {size}': 'Die Datei ist {size} groß',
  'The file is {size}: record shorter or raise its limit':
    'Die Datei ist {size} groß: kürzer aufnehmen oder das Limit des Servers erhöhen',
  'The file is too large for the server; the server takes at most {limit}':
    'Die Datei ist zu groß für den Server; der Server nimmt höchstens {limit} an',
  'The file is too large for the server; the server takes at most {limit}: record shorter or raise its limit':
    'Die Datei ist zu groß für den Server; der Server nimmt höchstens {limit} an: kürzer aufnehmen oder das Limit erhöhen',
  'The file is too large for the server': 'Die Datei ist zu groß für den Server',
  'The file is too large for the server: record shorter or raise its limit':
    'Die Datei ist zu groß für den Server: kürzer aufnehmen oder das Limit des Servers erhöhen',
  // fixes/vision.ts, classify-vision.ts
  'Download a vision model into Ollama': 'Ein Vision-Modell in Ollama herunterladen',
  'Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.':
    'Modelle wie gemma3, qwen2.5vl oder llava nehmen Bilder an. Laden Sie eines herunter und wählen Sie es dann für diesen Chat.',
  'Download a vision model': 'Ein Vision-Modell herunterladen',
  'Start llama-server with the vision projector': 'llama-server mit dem Vision-Projektor starten',
  'llama-server reads images only when the model comes with its multimodal projector: add {option} (or load the model with {hf}, which fetches it).':
    'llama-server liest Bilder nur, wenn das Modell mit seinem multimodalen Projektor kommt: Fügen Sie {option} hinzu (oder laden Sie das Modell mit {hf}, das ihn mitholt).',
  'Serve a multimodal model': 'Ein multimodales Modell bereitstellen',
  'vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).':
    'vLLM nimmt Bilder nur mit einem Modell an, das dafür gebaut ist (zum Beispiel ein Qwen2.5-VL- oder Gemma-3-Modell).',
  'Load a vision model in LM Studio': 'Ein Vision-Modell in LM Studio laden',
  'Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).':
    'In LM Studio mit „Vision“ markierte Modelle nehmen Bilder an (zum Beispiel Gemma 3 oder Qwen2.5-VL).',
  '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      one: '„{model}“ nimmt keine Bilder an. Dieser Server listet auch {models} und {count} weiteres auf, die das können: Wählen Sie eines in der Modellauswahl und senden Sie erneut.',
      other:
        '„{model}“ nimmt keine Bilder an. Dieser Server listet auch {models} und {count} weitere auf, die das können: Wählen Sie eines in der Modellauswahl und senden Sie erneut.',
    },
  'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      one: 'Dieses Modell nimmt keine Bilder an. Dieser Server listet auch {models} und {count} weiteres auf, die das können: Wählen Sie eines in der Modellauswahl und senden Sie erneut.',
      other:
        'Dieses Modell nimmt keine Bilder an. Dieser Server listet auch {models} und {count} weitere auf, die das können: Wählen Sie eines in der Modellauswahl und senden Sie erneut.',
    },
  '"{model}" does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    '„{model}“ nimmt keine Bilder an. Dieser Server listet auch {models} auf, die das können: Wählen Sie eines in der Modellauswahl und senden Sie erneut.',
  'This model does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    'Dieses Modell nimmt keine Bilder an. Dieser Server listet auch {models} auf, die das können: Wählen Sie eines in der Modellauswahl und senden Sie erneut.',
  'Use "{model}" or another model that can see': '„{model}“ oder ein anderes Modell verwenden, das sehen kann',
  'Use a model that can see images': 'Ein Modell verwenden, das Bilder sehen kann',
  '"{model}" does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    '„{model}“ nimmt keine Bilder an, und {server} listet kein Modell auf, von dem das bekannt ist. Laden Sie ein Vision-Modell (die Namen enthalten oft vision, VL oder llava) und wählen Sie es dann.',
  'This model does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    'Dieses Modell nimmt keine Bilder an, und {server} listet kein Modell auf, von dem das bekannt ist. Laden Sie ein Vision-Modell (die Namen enthalten oft vision, VL oder llava) und wählen Sie es dann.',
  'Or send the message without the image': 'Oder die Nachricht ohne das Bild senden',
  '"{model}" can still answer the text: edit the message and remove the image.':
    '„{model}“ kann den Text trotzdem beantworten: Bearbeiten Sie die Nachricht und entfernen Sie das Bild.',
  'This model can still answer the text: edit the message and remove the image.':
    'Dieses Modell kann den Text trotzdem beantworten: Bearbeiten Sie die Nachricht und entfernen Sie das Bild.',
  'The model cannot see images: {model}': 'Das Modell kann keine Bilder sehen: {model}',
  'The model cannot see images': 'Das Modell kann keine Bilder sehen',
  'The request carried an image, and the error is about image input':
    'Die Anfrage enthielt ein Bild, und der Fehler betrifft die Bildeingabe',
  'The server also lists models that take images: {models}':
    'Der Server listet auch Modelle auf, die Bilder annehmen: {models}',
  'No other model on this server is known to take images (checked {count} listed models besides "{model}")': {
    one: 'Von keinem anderen Modell auf diesem Server ist bekannt, dass es Bilder annimmt ({count} gelistetes Modell neben „{model}“ geprüft)',
    other:
      'Von keinem anderen Modell auf diesem Server ist bekannt, dass es Bilder annimmt ({count} gelistete Modelle neben „{model}“ geprüft)',
  },
  'No other model on this server is known to take images (checked {count} listed models besides the model)': {
    one: 'Von keinem anderen Modell auf diesem Server ist bekannt, dass es Bilder annimmt ({count} gelistetes Modell neben dem Modell geprüft)',
    other:
      'Von keinem anderen Modell auf diesem Server ist bekannt, dass es Bilder annimmt ({count} gelistete Modelle neben dem Modell geprüft)',
  },
  // install-guides.ts
  'Install {server}': '{server} installieren',
  'macOS: download the app from {site}, or with Homebrew': 'macOS: die App von {site} herunterladen oder mit Homebrew',
  'Linux: the official install script': 'Linux: das offizielle Installationsskript',
  'Windows: the installer from {site}, or with winget': 'Windows: das Installationsprogramm von {site} oder mit winget',
  'Download a small model': 'Ein kleines Modell herunterladen',
  'The app starts the server itself; without the app, run "{command}" in another terminal first.':
    'Die App startet den Server selbst; ohne die App führen Sie zuerst „{command}“ in einem anderen Terminal aus.',
  'A small model (about {size} GB)': 'Ein kleines Modell (etwa {size} GB)',
  'Allow this page ({origin})': 'Diese Seite erlauben ({origin})',
  'Nothing to do: Ollama allows pages on {localhost} and {loopback} by default.':
    'Nichts zu tun: Ollama erlaubt Seiten auf {localhost} und {loopback} standardmäßig.',
  'Set {variable} to {origin} exactly (no trailing slash), then restart Ollama.':
    'Setzen Sie {variable} auf genau {origin} (ohne abschließenden Schrägstrich) und starten Sie Ollama neu.',
  'Started by hand instead: stop it, then': 'Stattdessen von Hand gestartet: beenden, dann',
  'Download it from {site} (macOS, Windows, Linux), open it and download a model from its Discover tab.':
    'Laden Sie es von {site} herunter (macOS, Windows, Linux), öffnen Sie es und laden Sie im Tab „Discover“ ein Modell herunter.',
  'Start the server and allow this page ({origin})': 'Den Server starten und diese Seite erlauben ({origin})',
  'Developer tab → Server Settings → turn on "Enable CORS", then start the server; without it the browser keeps its answers from this page. From a terminal:':
    'Tab „Developer“ → Server Settings → „Enable CORS“ einschalten, dann den Server starten; ohne das hält der Browser seine Antworten von dieser Seite fern. Im Terminal:',
  'Start the server with CORS on': 'Den Server mit eingeschaltetem CORS starten',
  'macOS: with Homebrew': 'macOS: mit Homebrew',
  'Linux: with Homebrew, or a release build from its GitHub page':
    'Linux: mit Homebrew oder ein Release-Build von seiner GitHub-Seite',
  'Windows: with winget': 'Windows: mit winget',
  'Start llama-server with a small model, allowing this page ({origin})':
    'llama-server mit einem kleinen Modell starten und diese Seite erlauben ({origin})',
  'It downloads the model on first start. llama-server answers every page by default; {option} keeps this page allowed when tools or agents are turned on.':
    'Er lädt das Modell beim ersten Start herunter. llama-server beantwortet standardmäßig jede Seite; {option} hält diese Seite erlaubt, wenn Tools oder Agenten eingeschaltet sind.',
  'Start the server on port {port}': 'Den Server auf Port {port} starten',
  // checklist-steps.ts, checklist.ts
  '"{title}" does not apply: {fact}, so the browser does not treat this page as public':
    '„{title}“ trifft nicht zu: {fact}, also behandelt der Browser diese Seite nicht als öffentlich',
  '{url} listed no models': '{url} listete keine Modelle auf',
  '{server} has no models to offer': '{server} hat keine Modelle anzubieten',
  'a non-error value': 'ein Wert, der kein Fehler ist',
  'no diagnosis given': 'keine Diagnose angegeben',
};
