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
};
