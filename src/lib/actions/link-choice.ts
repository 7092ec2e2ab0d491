// The model a #/chat deep link asks for, among the models the enabled servers offer. Kept apart from
// deep-links.ts so the chat page's first load does not carry the code that adds servers.
import type { ChatLink } from '../connections/deep-link.ts';
import { choiceValue, type ModelGroup } from '../queries/model-choices.ts';
import { tr } from '../i18n/active-language.ts';

/**
 * The picker value a #/chat link asks for: the model id on an enabled server (the one named `connection`,
 * when given), and a message when the link names a model none offers.
 */
export function linkChoice(link: ChatLink, groups: readonly ModelGroup[]): { choice?: string; message?: string } {
  if (link.model === undefined) return {};
  const wanted = link.connection?.toLowerCase();
  for (const g of groups) {
    if (wanted !== undefined && g.connection.name.trim().toLowerCase() !== wanted) continue;
    if (g.models.some((m) => m.id === link.model)) return { choice: choiceValue(g.connection.id, link.model) };
  }
  const model = `"${link.model.slice(0, 200)}"`;
  if (!link.connection)
    return { message: tr('No enabled server offers the link’s model {model}; pick another below.', { model }) };
  return {
    message: tr('No enabled server offers the link’s model {model} on {server}; pick another below.', {
      model,
      server: `"${link.connection.slice(0, 100)}"`,
    }),
  };
}
