// Every French message, one file per area merged into one download.
import type { Translations } from '../../catalog.ts';
import { shell } from './shell.ts';
import { language } from './language.ts';
import { chat } from './chat.ts';

export const translations: Translations = { ...shell, ...language, ...chat };
