// Every Simplified Chinese message, one file per area merged into one download.
import type { Translations } from '../../catalog.ts';
import { shell } from './shell.ts';
import { language } from './language.ts';
import { chat } from './chat.ts';
import { settings } from './settings.ts';
import { diagnosticsUi } from './diagnostics-ui.ts';
import { embeddings } from './embeddings.ts';
import { libApp } from './lib-app.ts';
import { libApp2 } from './lib-app-2.ts';
import { compare } from './compare.ts';
import { diagnosis7 } from './diagnosis-7.ts';
import { libCore } from './lib-core.ts';
import { libCore2 } from './lib-core-2.ts';
import { diagnosis1 } from './diagnosis-1.ts';
import { diagnosis2 } from './diagnosis-2.ts';
import { diagnosis3 } from './diagnosis-3.ts';
import { diagnosis4 } from './diagnosis-4.ts';
import { diagnosis5 } from './diagnosis-5.ts';

export const translations: Translations = {
  ...shell,
  ...language,
  ...chat,
  ...settings,
  ...diagnosticsUi,
  ...embeddings,
  ...libApp,
  ...libApp2,
  ...compare,
  ...diagnosis7,
  ...libCore,
  ...libCore2,
  ...diagnosis1,
  ...diagnosis2,
  ...diagnosis3,
  ...diagnosis4,
  ...diagnosis5,
};
