// Every Arabic message, one file per area merged into one download.
import type { Translations } from '../../catalog.ts';
import { shell } from './shell.ts';
import { embeddings } from './embeddings.ts';
import { diagnosticsUi } from './diagnostics-ui.ts';
import { settings } from './settings.ts';

export const translations: Translations = { ...shell, ...settings, ...diagnosticsUi, ...embeddings };
