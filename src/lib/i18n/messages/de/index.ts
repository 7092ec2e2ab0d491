// Every German message, one file per area merged into one download.
// Every other .ts file in this folder is one area (it exports one object); they are found by the glob.
import type { Translations } from '../../catalog.ts';
import { mergeAreas } from '../merge-areas.ts';

export const translations: Translations = mergeAreas(import.meta.glob(['./*.ts', '!./index.ts'], { eager: true }));
