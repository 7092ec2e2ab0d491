// Spanish: text written below the UI — connections (validation, links, parameters). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore: Translations = {
  // connections: the form's validation
  'Give the connection a name': 'Ponga un nombre a la conexión',
  'A connection named "{name}" already exists': 'Ya existe una conexión llamada «{name}»',
  'This server is already added as "{name}"': 'Este servidor ya está añadido como «{name}»',
  'First-token timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'El tiempo límite del primer token debe ser un número de segundos de 0 a {max} (0 = sin límite)',
  'Idle timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'El tiempo límite de inactividad debe ser un número de segundos de 0 a {max} (0 = sin límite)',
  'Embeddings timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'El tiempo límite de embeddings debe ser un número de segundos de 0 a {max} (0 = sin límite)',
  'Speech to text timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'El tiempo límite de voz a texto debe ser un número de segundos de 0 a {max} (0 = sin límite)',
  'Text to speech timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'El tiempo límite de texto a voz debe ser un número de segundos de 0 a {max} (0 = sin límite)',
  'Extra parameters are not valid JSON ({error})': 'Los parámetros adicionales no son JSON válido ({error})',
  'Extra parameters must be a JSON object, e.g. {example}':
    'Los parámetros adicionales deben ser un objeto JSON, p. ej. {example}',
  'Enter the server address, e.g. {example}': 'Introduzca la dirección del servidor, p. ej. {example}',
  '"{address}" is not a valid URL': '«{address}» no es una URL válida',
  'Only {http} and {https} addresses work here, not {scheme}':
    'Aquí solo funcionan direcciones {http} y {https}, no {scheme}',
  'The address has no host name': 'La dirección no tiene nombre de host',
  '"{host}" is not a usable host name: use letters, digits, dots, hyphens and underscores, or an IP address':
    '«{host}» no es un nombre de host utilizable: use letras, dígitos, puntos, guiones y guiones bajos, o una dirección IP',
  'Remove the user name or password from the address: put an API key in the API key field instead':
    'Quite el nombre de usuario o la contraseña de la dirección: ponga en su lugar una clave de API en el campo Clave de API',
  'Remove the query ({query}) and fragment ({fragment}) from the address: put an API key in the API key field instead':
    'Quite la consulta ({query}) y el fragmento ({fragment}) de la dirección: ponga en su lugar una clave de API en el campo Clave de API',
  'The host name mixes Latin with Cyrillic or Greek letters, so it can imitate another name; the browser reaches it as {host}.':
    'El nombre de host mezcla letras latinas con cirílicas o griegas, así que puede imitar otro nombre; el navegador lo alcanza como {host}.',
  'The host name has letters outside plain ASCII and can imitate another name; the browser reaches it as {host}.':
    'El nombre de host tiene letras fuera del ASCII simple y puede imitar otro nombre; el navegador lo alcanza como {host}.',
  // connections: links
  'The link names a server kind this app does not know: {kind}.':
    'El enlace indica un tipo de servidor que esta aplicación no conoce: {kind}.',
  'The link names an API mode this app does not know: {mode}.':
    'El enlace indica un modo de API que esta aplicación no conoce: {mode}.',
  'The link gives no server address ({param}).': 'El enlace no da ninguna dirección de servidor ({param}).',
  'The link’s server address must start with {http} or {https}.':
    'La dirección del servidor del enlace debe empezar por {http} o {https}.',
  'The link’s server address is refused: {reason}.': 'Se rechaza la dirección del servidor del enlace: {reason}.',
  'The link’s name is longer than {max} characters.': 'El nombre del enlace tiene más de {max} caracteres.',
  'This link’s API key or password was ignored: keys are never taken from links.':
    'Se ignoró la clave de API o la contraseña de este enlace: las claves nunca se toman de los enlaces.',
  'This link was refused, and nothing was stored. {reason}': 'Este enlace se rechazó y no se guardó nada. {reason}',
  'The link is longer than {size} KB, so it was not read.': 'El enlace ocupa más de {size} KB, así que no se leyó.',
  'The link is not valid percent-encoding.': 'El enlace no es una codificación porcentual válida.',
  'The link has a parameter this app does not know: {param}.':
    'El enlace tiene un parámetro que esta aplicación no conoce: {param}.',
  'The link gives {param} more than once.': 'El enlace da {param} más de una vez.',
  "The link's {param} is longer than {max} characters.":
    'El parámetro {param} del enlace tiene más de {max} caracteres.',
  "The link's {param} holds control characters.": 'El parámetro {param} del enlace contiene caracteres de control.',
  // connections: parameters and presets
  Temperature: 'Temperatura',
  'Top P': 'Top P',
  'Top K': 'Top K',
  'Min P': 'Min P',
  'Repeat penalty': 'Penalización por repetición',
  'Presence penalty': 'Penalización por presencia',
  'Frequency penalty': 'Penalización por frecuencia',
  'Max tokens': 'Tokens máx.',
  Seed: 'Semilla',
  'Not part of the OpenAI API; llama.cpp, vLLM, LM Studio and others accept it, a server that does not may ignore or refuse it.':
    'No forma parte de la API de OpenAI; llama.cpp, vLLM, LM Studio y otros lo aceptan, un servidor que no lo acepte puede ignorarlo o rechazarlo.',
  'The OpenAI API has no such parameter, so it is not sent.':
    'La API de OpenAI no tiene ese parámetro, así que no se envía.',
  '{label}: at most {max} (one per line)': '{label}: como máximo {max} (una por línea)',
  '{label} must be a number': '{label} debe ser un número',
  '{label} must be a whole number': '{label} debe ser un número entero',
  '{label} must be between {min} and {max}': '{label} debe estar entre {min} y {max}',
  'From this chat': 'De este chat',
  'No limit set: the server decides': 'Sin límite: decide el servidor',
  'From connection {name}: {value}': 'De la conexión {name}: {value}',
  'From the connection: {value}': 'De la conexión: {value}',
  'Server default ({server}: {value})': 'Predeterminado del servidor ({server}: {value})',
  "Server default (the server's own)": 'Predeterminado del servidor (el suyo propio)',
  'Give the preset a name': 'Ponga un nombre al preajuste',
  'Keep the name under {max} characters': 'El nombre debe tener menos de {max} caracteres',
  'A preset named "{name}" already exists': 'Ya existe un preajuste llamado «{name}»',
  Other: 'Otro',
  'OpenAI-compatible': 'Compatible con OpenAI',
};
