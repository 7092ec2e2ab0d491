// A language's translations, merged from its area files (messages/<locale>/*.ts, each exporting one
// area's object). Each locale's index.ts globs its own folder, so a new area file needs no list edited.
import type { Translations } from '../catalog.ts';

export function mergeAreas(modules: Record<string, Record<string, Translations>>): Translations {
  const merged: Record<string, Translations[string]> = {};
  for (const path of Object.keys(modules).sort())
    for (const area of Object.values(modules[path] ?? {})) Object.assign(merged, area);
  return merged;
}
