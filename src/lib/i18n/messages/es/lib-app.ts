// Spanish: text written below the UI (storage alerts, imports and restores, speech, statuses), part 1 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp: Translations = {
  '{name} could not be read.': 'No se pudo leer {name}.',
  '{count} messages': { one: '{count} mensaje', other: '{count} mensajes' },
  '{count} comparisons updated from a newer copy.': {
    one: '{count} comparación actualizada desde una copia más reciente.',
    other: '{count} comparaciones actualizadas desde una copia más reciente.',
  },
  '{count} connections': { one: '{count} conexión', other: '{count} conexiones' },
  '{count} new chats': { one: '{count} chat nuevo', other: '{count} chats nuevos' },
  'Restored {connections} (with API keys) and {chats}.': 'Se restauraron {connections} (con claves API) y {chats}.',
  'Restored {connections} (without API keys) and {chats}.': 'Se restauraron {connections} (sin claves API) y {chats}.',
  'Restored {connections} (without API keys: stored keys were kept) and {chats}.':
    'Se restauraron {connections} (sin claves API: se conservaron las claves guardadas) y {chats}.',
  'Left unchanged because the file differs: {messages} and the title or settings of {count} chats.': {
    one: 'Sin cambios porque el archivo es distinto: {messages} y el título o los ajustes de {count} chat.',
    other: 'Sin cambios porque el archivo es distinto: {messages} y el título o los ajustes de {count} chats.',
  },
  'Left unchanged because the file differs: {messages}.': 'Sin cambios porque el archivo es distinto: {messages}.',
  'Left unchanged because the file differs: the title or settings of {count} chats.': {
    one: 'Sin cambios porque el archivo es distinto: el título o los ajustes de {count} chat.',
    other: 'Sin cambios porque el archivo es distinto: el título o los ajustes de {count} chats.',
  },
  '{count} chats already here: {messages} added.': {
    one: '{count} chat ya estaba aquí: {messages} añadidos.',
    other: '{count} chats ya estaban aquí: {messages} añadidos.',
  },
  'The key of {name} was not kept: its address changed to {origin}.':
    'No se conservó la clave de {name}: su dirección cambió a {origin}.',
  'This file could not be read. Nothing was changed.': 'No se pudo leer este archivo. No se cambió nada.',
  'Restoring failed and was undone: {problem} Nothing was changed.':
    'La restauración falló y se deshizo: {problem} No se cambió nada.',
  'That file is not JSON.': 'Ese archivo no es JSON.',
  'That file is not a Switchboard comparison.': 'Ese archivo no es una comparación de Switchboard.',
  'That comparison file cannot be read: {problem}': 'No se puede leer ese archivo de comparación: {problem}',
  'Imported the comparison “{title}”.': 'Se importó la comparación «{title}».',
  '{name} was added, but it did not answer yet ({problem}). Settings can test it.':
    'Se añadió {name}, pero todavía no ha respondido ({problem}). Puede probarla en Ajustes.',
  'No enabled server offers the link’s model {model}; pick another below.':
    'Ningún servidor activado ofrece el modelo {model} del enlace; elija otro abajo.',
  'No enabled server offers the link’s model {model} on {server}; pick another below.':
    'Ningún servidor activado ofrece el modelo {model} del enlace en {server}; elija otro abajo.',
  'Set at least one parameter for this chat first': 'Primero defina al menos un parámetro para este chat',
  'This browser refused to store the preset': 'Este navegador se negó a guardar el preajuste',
  "The browser's voice failed ({error}).": 'Falló la voz del navegador ({error}).',
  'There is no text to read aloud here.': 'Aquí no hay texto para leer en voz alta.',
  'This browser has no voice of its own; add a speech connection.':
    'Este navegador no tiene voz propia; añada una conexión de voz.',
  'The browser': 'El navegador',
  "{server} refused the speech request (HTTP {status}): {said}. Check the connection's API key.":
    '{server} rechazó la solicitud de voz (HTTP {status}): {said}. Compruebe la clave API de la conexión.',
  "{server} refused the speech request (HTTP {status}). Check the connection's API key.":
    '{server} rechazó la solicitud de voz (HTTP {status}). Compruebe la clave API de la conexión.',
  '{server} has no such speech endpoint or model (HTTP 404): {said}.':
    '{server} no tiene ese endpoint de voz ni ese modelo (HTTP 404): {said}.',
  '{server} has no such speech endpoint or model (HTTP 404).':
    '{server} no tiene ese endpoint de voz ni ese modelo (HTTP 404).',
  '{server} could not make speech (HTTP {status}): {said}.': '{server} no pudo generar la voz (HTTP {status}): {said}.',
  '{server} could not make speech (HTTP {status}).': '{server} no pudo generar la voz (HTTP {status}).',
  'The browser blocked playback: click Read aloud again.':
    'El navegador bloqueó la reproducción: haga clic de nuevo en Leer en voz alta.',
  'This browser cannot play the audio {server} sent; try another format.':
    'Este navegador no puede reproducir el audio que envió {server}; pruebe otro formato.',
  'Reading aloud failed: {error}': 'La lectura en voz alta falló: {error}',
  '{server} needs an API key to make speech.': '{server} necesita una clave API para generar voz.',
  'Could not reach {server} for speech: it is not running, or it does not allow requests from this page (CORS).':
    'No se pudo contactar con {server} para la voz: no está en marcha o no permite solicitudes desde esta página (CORS).',
  '{server} took too long to make speech.': '{server} tardó demasiado en generar la voz.',
  '{server} sent something that is not audio.': '{server} envió algo que no es audio.',
  'Reading aloud was stopped.': 'Se detuvo la lectura en voz alta.',
  'The server said: “{said}”': 'El servidor dijo: «{said}»',
  'The server refused the audio format (HTTP {status}).{said} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).':
    'El servidor rechazó el formato de audio (HTTP {status}).{said} Pruebe un archivo en un formato que acepte (WAV o MP3 son los más aceptados).',
  'The audio is too large for the server (HTTP 413).{said} Record a shorter clip, or raise the server’s upload limit.':
    'El audio es demasiado grande para el servidor (HTTP 413).{said} Grabe un fragmento más corto o aumente el límite de subida del servidor.',
  'The server has no speech-to-text endpoint at this address (HTTP {status}): this connection may not serve transcription, or the model is unknown.{said}':
    'El servidor no tiene un endpoint de voz a texto en esta dirección (HTTP {status}): puede que esta conexión no ofrezca transcripción o que el modelo sea desconocido.{said}',
  'The server refused the API key (HTTP {status}). Check the key in Settings.':
    'El servidor rechazó la clave API (HTTP {status}). Compruebe la clave en Ajustes.',
  'The server did not finish the transcription in time.': 'El servidor no terminó la transcripción a tiempo.',
  'The transcription request did not reach the server (network error or blocked by CORS).':
    'La solicitud de transcripción no llegó al servidor (error de red o bloqueada por CORS).',
  'The server’s reply held no transcription.': 'La respuesta del servidor no contenía ninguna transcripción.',
  'The server refused the transcription (HTTP {status}).{said}':
    'El servidor rechazó la transcripción (HTTP {status}).{said}',
  'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.':
    'Se denegó el permiso del micrófono. Permita el micrófono para este sitio en el navegador (el icono junto a la dirección) y pulse de nuevo Grabar voz.',
  'No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.':
    'No se encontró ningún micrófono. Conecte uno (o elija uno en los ajustes de sonido del sistema) y vuelva a intentarlo.',
  'The microphone could not be started: another program may be using it.':
    'No se pudo iniciar el micrófono: puede que otro programa lo esté usando.',
  'This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).':
    'Este navegador no puede grabar audio en esta página (grabar requiere https o localhost y MediaRecorder).',
  'The recording could not be made or sent.': 'No se pudo hacer o enviar la grabación.',
  '{count} migration copies, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).':
    {
      one: '{count} copia de migración, {size}: registros tal como estaban antes de que una actualización los reescribiera (borrar un chat o una conexión borra sus copias).',
      other:
        '{count} copias de migración, {size}: registros tal como estaban antes de que una actualización los reescribiera (borrar un chat o una conexión borra sus copias).',
    },
  'Failed: unexpected error': 'Error: error inesperado',
  'Unreachable · {count} models typed by hand': {
    one: 'Inaccesible · {count} modelo escrito a mano',
    other: 'Inaccesible · {count} modelos escritos a mano',
  },
  'Model list failed: {cause} · {count} models typed by hand': {
    one: 'Falló la lista de modelos: {cause} · {count} modelo escrito a mano',
    other: 'Falló la lista de modelos: {cause} · {count} modelos escritos a mano',
  },
  'Online · {count} models': { one: 'En línea · {count} modelo', other: 'En línea · {count} modelos' },
  'this server needs an API key': 'este servidor necesita una clave API',
  'the server redirects elsewhere (not followed, to keep the API key safe)':
    'el servidor redirige a otro sitio (no se sigue, para proteger la clave API)',
  'the address is not a full {http} or {https} URL (nothing was sent)':
    'la dirección no es una URL {http} o {https} completa (no se envió nada)',
  'no answer in time': 'sin respuesta a tiempo',
  cancelled: 'cancelado',
  'could not connect (server down, or blocked by the browser)':
    'no se pudo conectar (servidor caído o bloqueado por el navegador)',
  'unexpected answer (wrong mode or URL?)': 'respuesta inesperada (¿modo o URL incorrectos?)',
  'HTTP error': 'error HTTP',
  'The server reported an error in the middle of the answer':
    'El servidor informó de un error en mitad de la respuesta',
  '{problem}. The text received so far is kept.': '{problem}. Se conserva el texto recibido hasta ahora.',
  '{count} embedding models': { one: '{count} modelo de embeddings', other: '{count} modelos de embeddings' },
  '{count} transcription models': { one: '{count} modelo de transcripción', other: '{count} modelos de transcripción' },
  '{count} speech models': { one: '{count} modelo de voz', other: '{count} modelos de voz' },
  chat: 'chat',
  'embedding (not for chat)': 'embedding (no para chat)',
  'speech to text (not for chat)': 'voz a texto (no para chat)',
};
