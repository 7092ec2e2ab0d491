// French: diagnosis texts (the connection test checklist). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis4: Translations = {
  'The URL is well formed': 'L’URL est bien formée',
  'This page may call it (mixed content, local network access)':
    'Cette page peut l’appeler (contenu mixte, accès au réseau local)',
  'The server answers': 'Le serveur répond',
  'The server allows this page (CORS)': 'Le serveur autorise cette page (CORS)',
  'The server accepts our request headers (preflight)': 'Le serveur accepte nos en-têtes de requête (preflight)',
  'The model list can be read': 'La liste des modèles peut être lue',
  'A one-token chat works': 'Un chat d’un jeton fonctionne',
  'The step failed unexpectedly ({error})': 'L’étape a échoué de façon inattendue ({error})',
  'The test could not finish': 'Le test n’a pas pu se terminer',
  'Not run: an earlier step failed': 'Non exécuté : une étape précédente a échoué',
  'Test stopped': 'Test arrêté',
  'Stopped before "{step}"': 'Arrêté avant « {step} »',
  'Not run: the test was stopped': 'Non exécuté : le test a été arrêté',
  'The connection works': 'La connexion fonctionne',
  'Warning: {warning}': 'Avertissement : {warning}',
  '{url} is a valid http(s) URL': '{url} est une URL http(s) valide',
  'No mixed-content or local-network rule blocks this request':
    'Aucune règle de contenu mixte ou de réseau local ne bloque cette requête',
  'No valid URL': 'Aucune URL valide',
  'No model-list function was given': 'Aucune fonction de liste des modèles n’a été fournie',
  'The server listed {count} models: {names}': {
    one: 'Le serveur a listé {count} modèle : {names}',
    other: 'Le serveur a listé {count} modèles : {names}',
  },
  'Chat test not requested': 'Test de chat non demandé',
  'No model to try': 'Aucun modèle à essayer',
  'A one-token chat with {model} got an answer': 'Un chat d’un jeton avec {model} a reçu une réponse',
};
