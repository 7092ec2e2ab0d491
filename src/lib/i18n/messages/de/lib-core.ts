// German: text written below the UI — connections (validation, links, parameters). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore: Translations = {
  // connections: the form's validation
  'Give the connection a name': 'Geben Sie der Verbindung einen Namen',
  'A connection named "{name}" already exists': 'Eine Verbindung namens „{name}“ gibt es bereits',
  'This server is already added as "{name}"': 'Dieser Server ist bereits als „{name}“ hinzugefügt',
  'First-token timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Das Zeitlimit bis zum ersten Token muss eine Zahl von Sekunden zwischen 0 und {max} sein (0 = kein Limit)',
  'Idle timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Das Leerlauf-Zeitlimit muss eine Zahl von Sekunden zwischen 0 und {max} sein (0 = kein Limit)',
  'Embeddings timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Das Embeddings-Zeitlimit muss eine Zahl von Sekunden zwischen 0 und {max} sein (0 = kein Limit)',
  'Speech to text timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Das Zeitlimit für Sprache zu Text muss eine Zahl von Sekunden zwischen 0 und {max} sein (0 = kein Limit)',
  'Text to speech timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'Das Zeitlimit für Text zu Sprache muss eine Zahl von Sekunden zwischen 0 und {max} sein (0 = kein Limit)',
  'Extra parameters are not valid JSON ({error})': 'Die zusätzlichen Parameter sind kein gültiges JSON ({error})',
  'Extra parameters must be a JSON object, e.g. {example}':
    'Die zusätzlichen Parameter müssen ein JSON-Objekt sein, z. B. {example}',
  'Enter the server address, e.g. {example}': 'Geben Sie die Serveradresse ein, z. B. {example}',
  '"{address}" is not a valid URL': '„{address}“ ist keine gültige URL',
  'Only {http} and {https} addresses work here, not {scheme}':
    'Hier funktionieren nur {http}- und {https}-Adressen, nicht {scheme}',
  'The address has no host name': 'Die Adresse hat keinen Hostnamen',
  '"{host}" is not a usable host name: use letters, digits, dots, hyphens and underscores, or an IP address':
    '„{host}“ ist kein brauchbarer Hostname: Verwenden Sie Buchstaben, Ziffern, Punkte, Binde- und Unterstriche oder eine IP-Adresse',
  'Remove the user name or password from the address: put an API key in the API key field instead':
    'Entfernen Sie Benutzername oder Passwort aus der Adresse: Tragen Sie stattdessen einen API-Schlüssel in das Feld API-Schlüssel ein',
  'Remove the query ({query}) and fragment ({fragment}) from the address: put an API key in the API key field instead':
    'Entfernen Sie Abfrage ({query}) und Fragment ({fragment}) aus der Adresse: Tragen Sie stattdessen einen API-Schlüssel in das Feld API-Schlüssel ein',
  'The host name mixes Latin with Cyrillic or Greek letters, so it can imitate another name; the browser reaches it as {host}.':
    'Der Hostname mischt lateinische mit kyrillischen oder griechischen Buchstaben und kann so einen anderen Namen nachahmen; der Browser erreicht ihn als {host}.',
  'The host name has letters outside plain ASCII and can imitate another name; the browser reaches it as {host}.':
    'Der Hostname enthält Buchstaben außerhalb von reinem ASCII und kann einen anderen Namen nachahmen; der Browser erreicht ihn als {host}.',
  // connections: links
  'The link names a server kind this app does not know: {kind}.':
    'Der Link nennt eine Serverart, die diese App nicht kennt: {kind}.',
  'The link names an API mode this app does not know: {mode}.':
    'Der Link nennt einen API-Modus, den diese App nicht kennt: {mode}.',
  'The link gives no server address ({param}).': 'Der Link gibt keine Serveradresse an ({param}).',
  'The link’s server address must start with {http} or {https}.':
    'Die Serveradresse des Links muss mit {http} oder {https} beginnen.',
  'The link’s server address is refused: {reason}.': 'Die Serveradresse des Links wird abgelehnt: {reason}.',
  'The link’s name is longer than {max} characters.': 'Der Name im Link ist länger als {max} Zeichen.',
  'This link’s API key or password was ignored: keys are never taken from links.':
    'Der API-Schlüssel oder das Passwort dieses Links wurde ignoriert: Schlüssel werden nie aus Links übernommen.',
  'This link was refused, and nothing was stored. {reason}':
    'Dieser Link wurde abgelehnt, und nichts wurde gespeichert. {reason}',
  'The link is longer than {size} KB, so it was not read.':
    'Der Link ist länger als {size} KB und wurde daher nicht gelesen.',
  'The link is not valid percent-encoding.': 'Der Link ist keine gültige Prozentkodierung.',
  'The link has a parameter this app does not know: {param}.':
    'Der Link hat einen Parameter, den diese App nicht kennt: {param}.',
  'The link gives {param} more than once.': 'Der Link gibt {param} mehr als einmal an.',
  "The link's {param} is longer than {max} characters.": '{param} im Link ist länger als {max} Zeichen.',
  "The link's {param} holds control characters.": '{param} im Link enthält Steuerzeichen.',
  // connections: parameters and presets
  Temperature: 'Temperatur',
  'Top P': 'Top P',
  'Top K': 'Top K',
  'Min P': 'Min P',
  'Repeat penalty': 'Wiederholungsstrafe',
  'Presence penalty': 'Präsenzstrafe',
  'Frequency penalty': 'Häufigkeitsstrafe',
  'Max tokens': 'Max. Tokens',
  Seed: 'Seed',
  'Not part of the OpenAI API; llama.cpp, vLLM, LM Studio and others accept it, a server that does not may ignore or refuse it.':
    'Nicht Teil der OpenAI-API; llama.cpp, vLLM, LM Studio und andere akzeptieren ihn, ein Server, der es nicht tut, kann ihn ignorieren oder ablehnen.',
  'The OpenAI API has no such parameter, so it is not sent.':
    'Die OpenAI-API hat keinen solchen Parameter, daher wird er nicht gesendet.',
  '{label}: at most {max} (one per line)': '{label}: höchstens {max} (eine pro Zeile)',
  '{label} must be a number': '{label} muss eine Zahl sein',
  '{label} must be a whole number': '{label} muss eine ganze Zahl sein',
  '{label} must be between {min} and {max}': '{label} muss zwischen {min} und {max} liegen',
  'From this chat': 'Aus diesem Chat',
  'No limit set: the server decides': 'Kein Limit gesetzt: Der Server entscheidet',
  'From connection {name}: {value}': 'Aus Verbindung {name}: {value}',
  'From the connection: {value}': 'Aus der Verbindung: {value}',
  'Server default ({server}: {value})': 'Server-Standard ({server}: {value})',
  "Server default (the server's own)": 'Server-Standard (der eigene des Servers)',
  'Give the preset a name': 'Geben Sie der Voreinstellung einen Namen',
  'Keep the name under {max} characters': 'Der Name muss unter {max} Zeichen bleiben',
  'A preset named "{name}" already exists': 'Eine Voreinstellung namens „{name}“ gibt es bereits',
  Other: 'Andere',
  'OpenAI-compatible': 'OpenAI-kompatibel',
};
