// French: diagnosis texts (answers that are no answer, requests beyond chat, images, install guides).
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis7: Translations = {
  // fixes/answers.ts
  'Point the connection at the API, not the web page': 'Faire pointer la connexion vers l’API, pas vers la page web',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).":
    '{url} a renvoyé une page web. Utilisez l’URL de base de l’API, qui se termine généralement par {path} (l’API de {server} est généralement sur le port {port}).',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path}.":
    '{url} a renvoyé une page web. Utilisez l’URL de base de l’API, qui se termine généralement par {path}.',
  'Switch this connection to {mode} mode': 'Passer cette connexion en mode {mode}',
  'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.':
    'Le serveur a répondu dans le format natif d’Ollama. Utilisez le mode « {mode} » avec l’URL de base {url}, ou gardez le mode {other} avec {v1url}.',
  'The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.':
    'Le serveur a répondu dans le format d’OpenAI. Utilisez le mode « {mode} » avec l’URL de base {url}.',
  'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.':
    'Le serveur à {origin} indique être Ollama. Modifiez la connexion : mode « {mode} », URL de base {origin}. L’API native d’Ollama fonctionne avec toutes les versions d’Ollama.',
  'Or keep {mode} mode with base URL {url}': 'Ou garder le mode {mode} avec l’URL de base {url}',
  'Ollama serves its OpenAI-compatible API under {path}, not at this path.':
    'Ollama sert son API compatible OpenAI sous {path}, pas à ce chemin.',
  'Or update Ollama to keep {mode} mode': 'Ou mettre à jour Ollama pour garder le mode {mode}',
  'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:':
    'Cet Ollama répond 404 à {url} : les anciennes versions d’Ollama n’ont pas d’API compatible OpenAI (ou pas complète), et certains proxys ne transmettent que les chemins {prefix}. Vérifiez sa version :',
  "Ollama's version": 'Version d’Ollama',
  'Check the API mode and base URL': 'Vérifier le mode d’API et l’URL de base',
  'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.':
    'Le serveur a répondu dans un format inattendu. Vérifiez que le mode (OpenAI ou Ollama natif) correspond au serveur et que l’URL de base pointe vers son API.',
  '{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.':
    '{server} s’est tu en pleine réponse. Il est peut-être surchargé ou à court de mémoire ; consultez son journal et réessayez.',
  'The server stopped sending': 'Le serveur a cessé d’envoyer',
  'Retry: the first request may load the model': 'Réessayer : la première requête charge peut-être le modèle',
  '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.':
    '{server} charge peut-être le modèle, ce qui peut dépasser le délai imparti. Réessayez une fois le modèle chargé.',
  'Check the network path': 'Vérifier le chemin réseau',
  'A firewall that silently drops packets also looks like this. Run "{action}" to check.':
    'Un pare-feu qui rejette silencieusement les paquets produit le même effet. Lancez « {action} » pour vérifier.',
  'Retry; check the server and any proxy': 'Réessayer ; vérifier le serveur et tout proxy',
  'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).':
    'La réponse avait commencé, ce n’est donc ni CORS ni une mauvaise URL : la connexion à {server} s’est coupée en plein flux (plantage ou redémarrage du serveur, délai du proxy, changement de réseau).',
  'Download a model': 'Télécharger un modèle',
  'Ollama has no models yet.': 'Ollama n’a encore aucun modèle.',
  'For example': 'Par exemple',
  'Load a model on the server, or type its id': 'Charger un modèle sur le serveur, ou saisir son identifiant',
  '{server} listed no models. Load one on the server, or add model ids by hand in the connection.':
    '{server} n’a listé aucun modèle. Chargez-en un sur le serveur, ou ajoutez des identifiants de modèle à la main dans la connexion.',
  // fixes/capabilities.ts, classify-capability.ts, capability-texts.ts
  'Speaches (faster-whisper), LocalAI or vLLM with a Whisper model':
    'Speaches (faster-whisper), LocalAI ou vLLM avec un modèle Whisper',
  'Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI': 'Speaches (Piper ou Kokoro), Kokoro-FastAPI ou LocalAI',
  'Ollama, LM Studio, llama.cpp started with {flag}, vLLM with an embedding model, or LocalAI':
    'Ollama, LM Studio, llama.cpp lancé avec {flag}, vLLM avec un modèle d’embeddings, ou LocalAI',
  'Run Speaches (speech to text and text to speech) on port {port}':
    'Lancer Speaches (parole vers texte et texte vers parole) sur le port {port}',
  'Run Kokoro-FastAPI (text to speech) on port {port}': 'Lancer Kokoro-FastAPI (texte vers parole) sur le port {port}',
  'Or pull an embedding model into Ollama': 'Ou télécharger un modèle d’embeddings dans Ollama',
  'Install a model for embeddings in LocalAI': 'Installer un modèle d’embeddings dans LocalAI',
  'Install a model for text to speech in LocalAI': 'Installer un modèle de synthèse vocale dans LocalAI',
  'Install a model for speech to text in LocalAI': 'Installer un modèle de transcription dans LocalAI',
  'Start llama-server with {flag}': 'Lancer llama-server avec {flag}',
  'llama-server answers {path} only when started with {flag} (and an embedding model works best).':
    'llama-server ne répond à {path} que s’il est lancé avec {flag} (et un modèle d’embeddings convient mieux).',
  'Start it with': 'Le lancer avec',
  'Update Ollama': 'Mettre à jour Ollama',
  'Ollama before {version} has no {path} (nor {other}). Update it, then pull an embedding model.':
    'Ollama avant {version} n’a pas {path} (ni {other}). Mettez-le à jour, puis téléchargez un modèle d’embeddings.',
  Then: 'Puis',
  'Serve an embedding model with vLLM': 'Servir un modèle d’embeddings avec vLLM',
  'Serve a Whisper model with vLLM': 'Servir un modèle Whisper avec vLLM',
  'vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.':
    'vLLM n’offre ce point d’accès que pour un modèle qui fait ce travail ; un vLLM sert un seul modèle, donc lancez-en un second sur un autre port et ajoutez-le comme connexion à part.',
  'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).':
    'LocalAI a ce point d’accès, mais répond 404 tant qu’aucun modèle avec un backend adapté n’est installé (depuis sa galerie).',
  'Check the base URL ends in {path}': 'Vérifier que l’URL de base se termine par {path}',
  '{server} serves this under {path} (e.g. {url}).': '{server} sert ceci sous {path} (par ex. {url}).',
  'Use a server that does embeddings': 'Utiliser un serveur qui fait des embeddings',
  'Use a server that does text to speech': 'Utiliser un serveur qui fait de la synthèse vocale',
  'Use a server that does speech to text': 'Utiliser un serveur qui fait de la transcription',
  '{server} has no {path}. Servers that have it: {servers}. Run one beside your chat server and add it as its own connection ({where}; its kind sets what it does).':
    '{server} n’a pas {path}. Serveurs qui l’ont : {servers}. Lancez-en un à côté de votre serveur de chat et ajoutez-le comme connexion à part ({where} ; son type définit ce qu’il fait).',
  'This server': 'Ce serveur',
  'Pick an embedding model': 'Choisir un modèle d’embeddings',
  "Choose a model that does embeddings. {where} shows each model's kind; a chat model cannot do this work.":
    'Choisissez un modèle qui fait des embeddings. {where} montre le type de chaque modèle ; un modèle de chat ne peut pas faire ce travail.',
  'Pick a text-to-speech model': 'Choisir un modèle de synthèse vocale',
  "Choose a model that does text to speech. {where} shows each model's kind; a chat model cannot do this work.":
    'Choisissez un modèle qui fait de la synthèse vocale. {where} montre le type de chaque modèle ; un modèle de chat ne peut pas faire ce travail.',
  'Pick a speech-to-text (Whisper) model': 'Choisir un modèle de transcription (Whisper)',
  "Choose a model that does speech to text. {where} shows each model's kind; a chat model cannot do this work.":
    'Choisissez un modèle qui fait de la transcription. {where} montre le type de chaque modèle ; un modèle de chat ne peut pas faire ce travail.',
  'Record a shorter piece, or send a smaller file':
    'Enregistrer un passage plus court, ou envoyer un fichier plus petit',
  'Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.':
    'Découpez les longs enregistrements, ou convertissez l’audio dans un format compressé (Opus, MP3) avant l’envoi.',
  "Raise the server's upload limit": 'Augmenter la limite d’envoi du serveur',
  'Servers behind a reverse proxy (nginx: {option}) refuse large uploads before the server sees them; raise the limit there or on the server.':
    'Les serveurs derrière un proxy inverse (nginx : {option}) refusent les gros envois avant que le serveur ne les voie ; augmentez la limite là ou sur le serveur.',
  '{method} {url} answered HTTP {status}': '{method} {url} a répondu HTTP {status}',
  'The server said: "{message}"': 'Le serveur a dit : « {message} »',
  'The answer carried no error message': 'La réponse ne contenait aucun message d’erreur',
  'This server has embeddings turned off': 'Ce serveur a les embeddings désactivés',
  "The upload's {header} ({type}) needs no preflight, but {names} does (it carries the API key)":
    'Le {header} de l’envoi ({type}) ne demande pas de preflight, mais {names} si (il porte la clé d’API)',
  "The upload's {header} ({type}) needs no preflight, but {names} does":
    'Le {header} de l’envoi ({type}) ne demande pas de preflight, mais {names} si',
  "The server rejects the preflight for the upload's {names} header":
    'Le serveur rejette le preflight pour l’en-tête {names} de l’envoi',
  'The upload carried only headers that need no preflight ({type}), so the answer itself lacks permission for this page':
    'L’envoi ne portait que des en-têtes sans preflight ({type}), donc c’est la réponse elle-même qui n’a pas la permission pour cette page',
  'This request needs a preflight ({method}) for its {names} headers': {
    one: 'Cette requête demande un preflight ({method}) pour son en-tête {names}',
    other: 'Cette requête demande un preflight ({method}) pour ses en-têtes {names}',
  },
  'Check that the server has {path}': 'Vérifier que le serveur a {path}',
  'A server without {path} may answer 404 without CORS headers, which the browser reports the same way. {advice}':
    'Un serveur sans {path} peut répondre 404 sans en-têtes CORS, ce que le navigateur signale de la même façon. {advice}',
  'This model does no embeddings; pick an embedding model':
    'Ce modèle ne fait pas d’embeddings ; choisissez un modèle d’embeddings',
  '{model} is a chat model; pick an embedding model':
    '{model} est un modèle de chat ; choisissez un modèle d’embeddings',
  '{model} is a speech-to-text model; pick an embedding model':
    '{model} est un modèle de transcription ; choisissez un modèle d’embeddings',
  '{model} is a text-to-speech model; pick an embedding model':
    '{model} est un modèle de synthèse vocale ; choisissez un modèle d’embeddings',
  '{model} does no embeddings here; pick an embedding model':
    '{model} ne fait pas d’embeddings ici ; choisissez un modèle d’embeddings',
  'This model does no text to speech; pick a text-to-speech model':
    'Ce modèle ne fait pas de synthèse vocale ; choisissez un modèle de synthèse vocale',
  '{model} is a chat model; pick a text-to-speech model':
    '{model} est un modèle de chat ; choisissez un modèle de synthèse vocale',
  '{model} is a speech-to-text model; pick a text-to-speech model':
    '{model} est un modèle de transcription ; choisissez un modèle de synthèse vocale',
  '{model} is an embedding model; pick a text-to-speech model':
    '{model} est un modèle d’embeddings ; choisissez un modèle de synthèse vocale',
  '{model} does no text to speech here; pick a text-to-speech model':
    '{model} ne fait pas de synthèse vocale ici ; choisissez un modèle de synthèse vocale',
  'This model does no speech to text; pick a speech-to-text model':
    'Ce modèle ne fait pas de transcription ; choisissez un modèle de transcription',
  '{model} is a chat model; pick a speech-to-text model':
    '{model} est un modèle de chat ; choisissez un modèle de transcription',
  '{model} is a text-to-speech model; pick a speech-to-text model':
    '{model} est un modèle de synthèse vocale ; choisissez un modèle de transcription',
  '{model} is an embedding model; pick a speech-to-text model':
    '{model} est un modèle d’embeddings ; choisissez un modèle de transcription',
  '{model} does no speech to text here; pick a speech-to-text model':
    '{model} ne fait pas de transcription ici ; choisissez un modèle de transcription',
  '{server} does not do embeddings (no {path})': '{server} ne fait pas d’embeddings (pas de {path})',
  '{server} does not do text to speech (no {path})': '{server} ne fait pas de synthèse vocale (pas de {path})',
  '{server} does not do speech to text (no {path})': '{server} ne fait pas de transcription (pas de {path})',
  'Servers that do embeddings answer at {path}': 'Les serveurs qui font des embeddings répondent à {path}',
  'Servers that do text to speech answer at {path}': 'Les serveurs qui font de la synthèse vocale répondent à {path}',
  'Servers that do speech to text answer at {path}': 'Les serveurs qui font de la transcription répondent à {path}',
  'The file is {size}; the server takes at most {limit}': 'Le fichier fait {size} ; le serveur accepte au plus {limit}',
  'The file is {size}; the server takes at most {limit}: record shorter or raise its limit':
    'Le fichier fait {size} ; le serveur accepte au plus {limit} : enregistrez plus court ou augmentez sa limite',
  'The file is {size}': 'Le fichier fait {size}',
  'The file is {size}: record shorter or raise its limit':
    'Le fichier fait {size} : enregistrez plus court ou augmentez sa limite',
  'The file is too large for the server; the server takes at most {limit}':
    'Le fichier est trop gros pour le serveur ; le serveur accepte au plus {limit}',
  'The file is too large for the server; the server takes at most {limit}: record shorter or raise its limit':
    'Le fichier est trop gros pour le serveur ; le serveur accepte au plus {limit} : enregistrez plus court ou augmentez sa limite',
  'The file is too large for the server': 'Le fichier est trop gros pour le serveur',
  'The file is too large for the server: record shorter or raise its limit':
    'Le fichier est trop gros pour le serveur : enregistrez plus court ou augmentez sa limite',
  // fixes/vision.ts, classify-vision.ts
  'Download a vision model into Ollama': 'Télécharger un modèle de vision dans Ollama',
  'Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.':
    'Des modèles comme gemma3, qwen2.5vl ou llava acceptent les images. Téléchargez-en un, puis choisissez-le pour ce chat.',
  'Download a vision model': 'Télécharger un modèle de vision',
  'Start llama-server with the vision projector': 'Lancer llama-server avec le projecteur de vision',
  'llama-server reads images only when the model comes with its multimodal projector: add {option} (or load the model with {hf}, which fetches it).':
    'llama-server ne lit les images que si le modèle est fourni avec son projecteur multimodal : ajoutez {option} (ou chargez le modèle avec {hf}, qui le récupère).',
  'Serve a multimodal model': 'Servir un modèle multimodal',
  'vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).':
    'vLLM n’accepte les images qu’avec un modèle conçu pour elles (par exemple un modèle Qwen2.5-VL ou Gemma 3).',
  'Load a vision model in LM Studio': 'Charger un modèle de vision dans LM Studio',
  'Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).':
    'Les modèles marqués « Vision » dans LM Studio acceptent les images (par exemple Gemma 3 ou Qwen2.5-VL).',
  '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      one: '« {model} » n’accepte pas les images. Ce serveur liste aussi {models} et {count} autre, qui le peuvent : choisissez-en un dans le sélecteur de modèle et renvoyez.',
      other:
        '« {model} » n’accepte pas les images. Ce serveur liste aussi {models} et {count} autres, qui le peuvent : choisissez-en un dans le sélecteur de modèle et renvoyez.',
    },
  'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      one: 'Ce modèle n’accepte pas les images. Ce serveur liste aussi {models} et {count} autre, qui le peuvent : choisissez-en un dans le sélecteur de modèle et renvoyez.',
      other:
        'Ce modèle n’accepte pas les images. Ce serveur liste aussi {models} et {count} autres, qui le peuvent : choisissez-en un dans le sélecteur de modèle et renvoyez.',
    },
  '"{model}" does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    '« {model} » n’accepte pas les images. Ce serveur liste aussi {models}, qui le peuvent : choisissez-en un dans le sélecteur de modèle et renvoyez.',
  'This model does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    'Ce modèle n’accepte pas les images. Ce serveur liste aussi {models}, qui le peuvent : choisissez-en un dans le sélecteur de modèle et renvoyez.',
  'Use "{model}" or another model that can see': 'Utiliser « {model} » ou un autre modèle qui voit',
  'Use a model that can see images': 'Utiliser un modèle qui voit les images',
  '"{model}" does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    '« {model} » n’accepte pas les images, et {server} ne liste aucun modèle connu pour le faire. Chargez un modèle de vision (les noms contiennent souvent vision, VL ou llava), puis choisissez-le.',
  'This model does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    'Ce modèle n’accepte pas les images, et {server} ne liste aucun modèle connu pour le faire. Chargez un modèle de vision (les noms contiennent souvent vision, VL ou llava), puis choisissez-le.',
  'Or send the message without the image': 'Ou envoyer le message sans l’image',
  '"{model}" can still answer the text: edit the message and remove the image.':
    '« {model} » peut tout de même répondre au texte : modifiez le message et retirez l’image.',
  'This model can still answer the text: edit the message and remove the image.':
    'Ce modèle peut tout de même répondre au texte : modifiez le message et retirez l’image.',
  'The model cannot see images: {model}': 'Le modèle ne voit pas les images : {model}',
  'The model cannot see images': 'Le modèle ne voit pas les images',
  'The request carried an image, and the error is about image input':
    'La requête contenait une image, et l’erreur porte sur l’entrée d’image',
  'The server also lists models that take images: {models}':
    'Le serveur liste aussi des modèles qui acceptent les images : {models}',
  'No other model on this server is known to take images (checked {count} listed models besides "{model}")': {
    one: 'Aucun autre modèle de ce serveur n’est connu pour accepter les images ({count} modèle listé vérifié en plus de « {model} »)',
    other:
      'Aucun autre modèle de ce serveur n’est connu pour accepter les images ({count} modèles listés vérifiés en plus de « {model} »)',
  },
  'No other model on this server is known to take images (checked {count} listed models besides the model)': {
    one: 'Aucun autre modèle de ce serveur n’est connu pour accepter les images ({count} modèle listé vérifié en plus du modèle)',
    other:
      'Aucun autre modèle de ce serveur n’est connu pour accepter les images ({count} modèles listés vérifiés en plus du modèle)',
  },
  // install-guides.ts
  'Install {server}': 'Installer {server}',
  'macOS: download the app from {site}, or with Homebrew': 'macOS : téléchargez l’app sur {site}, ou avec Homebrew',
  'Linux: the official install script': 'Linux : le script d’installation officiel',
  'Windows: the installer from {site}, or with winget': 'Windows : l’installateur de {site}, ou avec winget',
  'Download a small model': 'Télécharger un petit modèle',
  'The app starts the server itself; without the app, run "{command}" in another terminal first.':
    'L’app démarre le serveur elle-même ; sans l’app, lancez d’abord « {command} » dans un autre terminal.',
  'A small model (about {size} GB)': 'Un petit modèle (environ {size} Go)',
  'Allow this page ({origin})': 'Autoriser cette page ({origin})',
  'Nothing to do: Ollama allows pages on {localhost} and {loopback} by default.':
    'Rien à faire : Ollama autorise par défaut les pages sur {localhost} et {loopback}.',
  'Set {variable} to {origin} exactly (no trailing slash), then restart Ollama.':
    'Réglez {variable} exactement sur {origin} (sans barre oblique finale), puis redémarrez Ollama.',
  'Started by hand instead: stop it, then': 'Lancé à la main : arrêtez-le, puis',
  'Download it from {site} (macOS, Windows, Linux), open it and download a model from its Discover tab.':
    'Téléchargez-le sur {site} (macOS, Windows, Linux), ouvrez-le et téléchargez un modèle depuis son onglet Discover.',
  'Start the server and allow this page ({origin})': 'Démarrer le serveur et autoriser cette page ({origin})',
  'Developer tab → Server Settings → turn on "Enable CORS", then start the server; without it the browser keeps its answers from this page. From a terminal:':
    'Onglet Developer → Server Settings → activez « Enable CORS », puis démarrez le serveur ; sans cela le navigateur cache ses réponses à cette page. Depuis un terminal :',
  'Start the server with CORS on': 'Démarrer le serveur avec CORS activé',
  'macOS: with Homebrew': 'macOS : avec Homebrew',
  'Linux: with Homebrew, or a release build from its GitHub page':
    'Linux : avec Homebrew, ou une version publiée depuis sa page GitHub',
  'Windows: with winget': 'Windows : avec winget',
  'Start llama-server with a small model, allowing this page ({origin})':
    'Démarrer llama-server avec un petit modèle, en autorisant cette page ({origin})',
  'It downloads the model on first start. llama-server answers every page by default; {option} keeps this page allowed when tools or agents are turned on.':
    'Il télécharge le modèle au premier démarrage. llama-server répond par défaut à toutes les pages ; {option} garde cette page autorisée quand les outils ou les agents sont activés.',
  'Start the server on port {port}': 'Démarrer le serveur sur le port {port}',
  // checklist-steps.ts, checklist.ts
  '"{title}" does not apply: {fact}, so the browser does not treat this page as public':
    '« {title} » ne s’applique pas : {fact}, donc le navigateur ne traite pas cette page comme publique',
  '{url} listed no models': '{url} n’a listé aucun modèle',
  '{server} has no models to offer': '{server} n’a aucun modèle à proposer',
  'a non-error value': 'une valeur qui n’est pas une erreur',
  'no diagnosis given': 'aucun diagnostic fourni',
};
