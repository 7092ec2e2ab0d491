// Spanish: text written below the UI (storage alerts, imports and restores, speech, statuses), part 2 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp2: Translations = {
  'text to speech (not for chat)': 'texto a voz (no para chat)',
  'Copy code': 'Copiar código',
  'The text could not be read as JSON': 'No se pudo leer el texto como JSON',
  '(top level)': '(nivel superior)',
  '(schema)': '(esquema)',
  'The value does not match the schema.': 'El valor no coincide con el esquema.',
  'This is not allowed here.': 'Esto no está permitido aquí.',
  '[Part {number} of this answer could not be read.]': '[No se pudo leer la parte {number} de esta respuesta.]',
  'The browser has no room left to save your chats (storage quota exceeded).':
    'El navegador no tiene espacio para guardar sus chats (cuota de almacenamiento superada).',
  'Download this chat now, then free space: delete old chats, export and remove large ones, or clear other sites’ data. Switchboard keeps retrying and saves as soon as there is room.':
    'Descargue este chat ahora y luego libere espacio: borre chats antiguos, exporte y elimine los grandes o borre los datos de otros sitios. Switchboard sigue reintentando y guarda en cuanto haya espacio.',
  'This chat was saved by a newer version of Switchboard, so this version does not overwrite it.':
    'Este chat lo guardó una versión más reciente de Switchboard, así que esta versión no lo sobrescribe.',
  'Reload the page to get the newer version, or download this chat to keep what is on screen.':
    'Recargue la página para obtener la versión más reciente, o descargue este chat para conservar lo que hay en pantalla.',
  'Another Switchboard tab is holding the database open with a different version, so saving is blocked.':
    'Otra pestaña de Switchboard mantiene abierta la base de datos con otra versión, así que el guardado está bloqueado.',
  'Close or reload the other Switchboard tabs. Download this chat if you want to be safe; saving retries on its own.':
    'Cierre o recargue las otras pestañas de Switchboard. Descargue este chat si quiere ir sobre seguro; el guardado se reintenta solo.',
  'This browser does not let Switchboard save anything (storage is off, e.g. a private window or blocked site data).':
    'Este navegador no deja que Switchboard guarde nada (el almacenamiento está desactivado, p. ej. una ventana privada o datos de sitio bloqueados).',
  'Your chat works but lives only in this tab: download it before closing. To keep chats, allow site data for this page or use a normal window.':
    'Su chat funciona, pero solo existe en esta pestaña: descárguelo antes de cerrarla. Para conservar los chats, permita los datos de sitio para esta página o use una ventana normal.',
  'Saving your chat failed.': 'No se pudo guardar su chat.',
  'Download this chat to keep it. Switchboard keeps retrying.':
    'Descargue este chat para conservarlo. Switchboard sigue reintentando.',
  'Using {used} of {quota} (under {percent})': 'Usando {used} de {quota} (menos del {percent})',
  'Using {used} of {quota} ({percent})': 'Usando {used} de {quota} ({percent})',
  'This file is nested too deeply to be a Switchboard chat export. Nothing was imported.':
    'Este archivo está anidado demasiado profundamente para ser una exportación de chats de Switchboard. No se importó nada.',
  'This file is not JSON, so it cannot be a Switchboard chat export.':
    'Este archivo no es JSON, así que no puede ser una exportación de chats de Switchboard.',
  'This is not a Switchboard chat export (expected {field}).':
    'Esto no es una exportación de chats de Switchboard (se esperaba {field}).',
  'This export has no valid {field}.': 'Esta exportación no tiene un {field} válido.',
  'This export is version {version}, made by a newer Switchboard; this one reads version {supported}. Update Switchboard to import it.':
    'Esta exportación es de la versión {version}, hecha por un Switchboard más reciente; este lee la versión {supported}. Actualice Switchboard para importarla.',
  'This export has no {field} list.': 'Esta exportación no tiene una lista {field}.',
  'None of the conversations in this export could be read: {reasons}.':
    'No se pudo leer ninguna de las conversaciones de esta exportación: {reasons}.',
  "This backup's {field} is not a list.": 'El campo {field} de esta copia de seguridad no es una lista.',
  '{entry} has the same id as an earlier comparison.': '{entry} tiene el mismo id que una comparación anterior.',
  'This file is nested too deeply to be a Switchboard connections file. Nothing was imported.':
    'Este archivo está anidado demasiado profundamente para ser un archivo de conexiones de Switchboard. No se importó nada.',
  'This file is not JSON.': 'Este archivo no es JSON.',
  'This is not a Switchboard connections file (expected {field}).':
    'Esto no es un archivo de conexiones de Switchboard (se esperaba {field}).',
  'This file comes from a newer Switchboard; update the app to import it.':
    'Este archivo procede de un Switchboard más reciente; actualice la aplicación para importarlo.',
  '{field} is not an address Switchboard can use.': '{field} no es una dirección que Switchboard pueda usar.',
  'This image is not a PNG, JPEG, WebP, GIF or BMP image.': 'Esta imagen no es una imagen PNG, JPEG, WebP, GIF o BMP.',
  '{name} is not a PNG, JPEG, WebP, GIF or BMP image.': '{name} no es una imagen PNG, JPEG, WebP, GIF o BMP.',
  '{count} MB': '{count} MB',
  'This image is over {limit}; pick a smaller image.': 'Esta imagen supera {limit}; elija una imagen más pequeña.',
  '{name} is over {limit}; pick a smaller image.': '{name} supera {limit}; elija una imagen más pequeña.',
  'This image could not be read as an image.': 'Esta imagen no se pudo leer como imagen.',
  '{name} could not be read as an image.': '{name} no se pudo leer como imagen.',
  'This image could not be resized (no canvas).': 'Esta imagen no se pudo redimensionar (sin canvas).',
  '{name} could not be resized (no canvas).': '{name} no se pudo redimensionar (sin canvas).',
  'This image could not be resized.': 'Esta imagen no se pudo redimensionar.',
  '{name} could not be resized.': '{name} no se pudo redimensionar.',
  'This file is empty, so it is not a Switchboard backup. Nothing was changed.':
    'Este archivo está vacío, así que no es una copia de seguridad de Switchboard. No se cambió nada.',
  'This file is {size}; backups over {limit} are not restored. Nothing was changed.':
    'Este archivo ocupa {size}; las copias de seguridad de más de {limit} no se restauran. No se cambió nada.',
  '{entry} has an API key, but the file says it includes none ({field}).':
    '{entry} tiene una clave API, pero el archivo dice que no incluye ninguna ({field}).',
  'Two connections share the id {id}.': 'Dos conexiones comparten el id {id}.',
  'Two conversations share the id {id}.': 'Dos conversaciones comparten el id {id}.',
  'This file is not JSON, so it is not a Switchboard backup. Nothing was changed.':
    'Este archivo no es JSON, así que no es una copia de seguridad de Switchboard. No se cambió nada.',
  '{problem} Nothing was changed.': '{problem} No se cambió nada.',
  'This file is not a Switchboard backup (expected a JSON object).':
    'Este archivo no es una copia de seguridad de Switchboard (se esperaba un objeto JSON).',
  'This is a chats export, not a full backup: import it with “Import” in the chat list.':
    'Esto es una exportación de chats, no una copia de seguridad completa: impórtela con «Importar» en la lista de chats.',
  'This is a connections export, not a full backup: use “Import connections”.':
    'Esto es una exportación de conexiones, no una copia de seguridad completa: use «Importar conexiones».',
  'This is not a Switchboard backup (expected {field}).':
    'Esto no es una copia de seguridad de Switchboard (se esperaba {field}).',
  'This backup has no valid {field}.': 'Esta copia de seguridad no tiene un {field} válido.',
  'This backup is version {version}, made by a newer Switchboard; this one restores version {supported}. Update Switchboard to restore it.':
    'Esta copia de seguridad es de la versión {version}, hecha por un Switchboard más reciente; este restaura la versión {supported}. Actualice Switchboard para restaurarla.',
  'This backup has no {field} time.': 'Esta copia de seguridad no tiene la hora {field}.',
  'This backup does not say whether it includes API keys ({field}).':
    'Esta copia de seguridad no indica si incluye claves API ({field}).',
  'This backup has no {field} list.': 'Esta copia de seguridad no tiene una lista {field}.',
  '{reasons}; and {count} more': { one: '{reasons}; y {count} más', other: '{reasons}; y {count} más' },
  '{count} were already here': { one: '{count} ya estaba aquí', other: '{count} ya estaban aquí' },
  '{count} were not valid ({reasons})': {
    one: '{count} no era válido ({reasons})',
    other: '{count} no eran válidos ({reasons})',
  },
  'The file holds no chats.': 'El archivo no contiene chats.',
  'The file holds no connections.': 'El archivo no contiene conexiones.',
  'The file holds no comparisons.': 'El archivo no contiene comparaciones.',
  'Imported {count} chats.': { one: 'Se importó {count} chat.', other: 'Se importaron {count} chats.' },
  'Imported {count} connections.': { one: 'Se importó {count} conexión.', other: 'Se importaron {count} conexiones.' },
  'Imported {count} comparisons.': {
    one: 'Se importó {count} comparación.',
    other: 'Se importaron {count} comparaciones.',
  },
  'Imported {imported} of {count} chats: {details}.': {
    one: 'Se importaron {imported} de {count} chat: {details}.',
    other: 'Se importaron {imported} de {count} chats: {details}.',
  },
  'Imported {imported} of {count} connections: {details}.': {
    one: 'Se importaron {imported} de {count} conexión: {details}.',
    other: 'Se importaron {imported} de {count} conexiones: {details}.',
  },
  'Imported {imported} of {count} comparisons: {details}.': {
    one: 'Se importaron {imported} de {count} comparación: {details}.',
    other: 'Se importaron {imported} de {count} comparaciones: {details}.',
  },
  '0 imported: {details}.': '0 importados: {details}.',
  '{name}: PDFs cannot be attached yet; copy its text into the message instead.':
    '{name}: todavía no se pueden adjuntar PDF; copie su texto en el mensaje.',
  '{name}: only images and text files (such as {examples} or source code) can be attached.':
    '{name}: solo se pueden adjuntar imágenes y archivos de texto (como {examples} o código fuente).',
  '{name} is {size} KB; text files up to {limit} KB can be attached.':
    '{name} ocupa {size} KB; se pueden adjuntar archivos de texto de hasta {limit} KB.',
};
