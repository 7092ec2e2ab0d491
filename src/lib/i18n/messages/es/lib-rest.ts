// Spanish: the last texts chosen below the UI (record checks, browser models, Ollama warnings, presets). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libRest: Translations = {
  'The download ended at {loaded} of {total}.': 'La descarga terminó en {loaded} de {total}.',
  'The download could not start: the host did not answer or does not allow downloads from this page ({cause}).':
    'La descarga no pudo empezar: el host no respondió o no permite descargas desde esta página ({cause}).',
  'The server refused the resume ({status}); delete the download and start again.':
    'El servidor rechazó la reanudación ({status}); elimine la descarga y empiece de nuevo.',
  'The server answered {status}.': 'El servidor respondió {status}.',
  'The server sent no file.': 'El servidor no envió ningún archivo.',
  'The connection broke after {loaded} of {total} ({cause}); {kept} are kept and Resume continues from there.':
    'La conexión se cortó tras {loaded} de {total} ({cause}); se conservan {kept} y Reanudar continúa desde ahí.',
  'The connection broke after {loaded} ({cause}); {kept} are kept and Resume continues from there.':
    'La conexión se cortó tras {loaded} ({cause}); se conservan {kept} y Reanudar continúa desde ahí.',
  'A downloaded part went missing; start the download again.':
    'Falta una parte descargada; vuelva a iniciar la descarga.',
  'The file is {size}; a model in this browser must be one file of at most {max}.':
    'El archivo ocupa {size}; un modelo en este navegador debe ser un único archivo de como máximo {max}.',
  'The file is {size} but this browser has only {left} of storage left for this site.':
    'El archivo ocupa {size}, pero a este navegador solo le quedan {left} de almacenamiento para este sitio.',
  'The model needs about {size} of memory; this device reports {memory}, so a tab can safely hold {safe}.':
    'El modelo necesita unos {size} de memoria; este dispositivo indica {memory}, así que una pestaña puede contener con seguridad {safe}.',
  'This tab ran out of memory for the model. Close other tabs or choose a smaller model; the chat is kept.':
    'Esta pestaña se quedó sin memoria para el modelo. Cierre otras pestañas o elija un modelo más pequeño; el chat se conserva.',
  'The model in this browser failed: {reason}': 'El modelo de este navegador falló: {reason}',
  "The engine's worker stopped: {reason}": 'El worker del motor se detuvo: {reason}',
  "{key} is not supported by Ollama's {path} and was not sent":
    '{key} no es compatible con {path} de Ollama y no se envió',
  'Ollama takes only inline ({kinds}) images; {count} images given by link were not sent': {
    one: 'Ollama solo acepta imágenes incrustadas ({kinds}); {count} imagen dada por enlace no se envió',
    other: 'Ollama solo acepta imágenes incrustadas ({kinds}); {count} imágenes dadas por enlace no se enviaron',
  },
  '{at} is not an object.': '{at} no es un objeto.',
  '{at} has no {field}.': '{at} no tiene {field}.',
  '{field} is empty.': '{field} está vacío.',
  '{field} must be one of {values}.': '{field} debe ser uno de estos valores: {values}.',
  '{field} must be an {http} or {https} address without a user name or password (nor a query or fragment).':
    '{field} debe ser una dirección {http} o {https} sin nombre de usuario ni contraseña (ni consulta ni fragmento).',
  '{field} must be true or false.': '{field} debe ser true o false.',
  '{at} needs {created} and {updated} times (numbers).':
    '{at} necesita las marcas de tiempo {created} y {updated} (números).',
  '{field} must be a list of text.': '{field} debe ser una lista de textos.',
  '{field} must be text.': '{field} debe ser texto.',
  '{field} must be a whole number.': '{field} debe ser un número entero.',
  '{at} was saved by a newer Switchboard (schema {version}); update Switchboard to restore it.':
    '{at} se guardó con un Switchboard más reciente (esquema {version}); actualice Switchboard para restaurarlo.',
  '{field} must be an object of messages.': '{field} debe ser un objeto de mensajes.',
  '{field} must be a list.': '{field} debe ser una lista.',
  '{at} has neither {nodes} nor {messages}.': '{at} no tiene ni {nodes} ni {messages}.',
  '{at} could not be read as a conversation.': '{at} no se pudo leer como una conversación.',
  'entry {n}': 'entrada {n}',
  '(unnamed)': '(sin nombre)',
  Precise: 'Preciso',
  Balanced: 'Equilibrado',
  Creative: 'Creativo',
  Person: 'Persona',
  'List of steps': 'Lista de pasos',
  Sentiment: 'Sentimiento',
  '{name} is not a GGUF file (its name should end in {extension}).':
    '{name} no es un archivo GGUF (su nombre debería terminar en {extension}).',
  '{field} must be {value}.': '{field} debe ser {value}.',
  '{field} must name one of its columns.': '{field} debe nombrar una de sus columnas.',
  '{field} must be a whole number from 1.': '{field} debe ser un número entero desde 1.',
  '{field} must be an assistant message with an id.': '{field} debe ser un mensaje del asistente con un id.',
  '{field} must be a time (number).': '{field} debe ser una marca de tiempo (número).',
  '{at} was saved by a newer Switchboard (schema {version}).':
    '{at} se guardó con un Switchboard más reciente (esquema {version}).',
  '{field} must be a list of 1 to {max} columns.': '{field} debe ser una lista de 1 a {max} columnas.',
  '{field} must be an object of runs.': '{field} debe ser un objeto de ejecuciones.',
  '{field} must be text or a list of texts.': '{field} debe ser texto o una lista de textos.',
  '{field} must be a number.': '{field} debe ser un número.',
  'its server is no longer in Settings': 'su servidor ya no está en Ajustes',
  'temperature {value}': 'temperatura {value}',
  'max tokens {value}': 'tokens máx. {value}',
  'own system prompt': 'prompt de sistema propio',
  '[part {n} of this message is missing]': '[falta la parte {n} de este mensaje]',
};
