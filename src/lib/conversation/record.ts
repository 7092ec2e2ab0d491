// The one check for a conversation from a file (chats export, full backup): the whole record must be
// readable, and every message in it, before migrateConversation (migrations.ts) brings it to the current
// shape. Stored records skip this check: migrateConversation repairs them, so no stored text is hidden.
import { checked, need, type Checked } from '../util/checked.ts';
import { isRecord } from '../util/is-record.ts';
import { CONVERSATION_SCHEMA_VERSION, MESSAGE_ROLES, migrateConversation } from './migrations.ts';
import type { Conversation } from './types.ts';
import { tr } from '../i18n/active-language.ts';

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** `at` names the record in messages, e.g. `conversations[2]`. */
export function checkConversation(raw: unknown, at: string): Checked<Conversation> {
  return checked(() => readConversation(raw, at));
}

function readConversation(raw: unknown, at: string): Conversation {
  need(isRecord(raw), tr('{at} is not an object.', { at }));
  need(isString(raw.id) && raw.id !== '', tr('{at} has no {field}.', { at, field: '"id"' }));
  const version = raw.schema_version;
  need(
    version === undefined || (Number.isInteger(version) && (version as number) >= 0),
    tr('{field} must be a whole number.', { field: `${at}.schema_version` }),
  );
  need(
    ((version as number | undefined) ?? 0) <= CONVERSATION_SCHEMA_VERSION,
    tr('{at} was saved by a newer Switchboard (schema {version}); update Switchboard to restore it.', {
      at,
      version: String(version),
    }),
  );
  need(isString(raw.title), tr('{field} must be text.', { field: `${at}.title` }));
  need(
    isTime(raw.created_at) && isTime(raw.updated_at),
    tr('{at} needs {created} and {updated} times (numbers).', { at, created: '"created_at"', updated: '"updated_at"' }),
  );
  if (version !== undefined) {
    need(isRecord(raw.nodes), tr('{field} must be an object of messages.', { field: `${at}.nodes` }));
    need(Array.isArray(raw.root_ids), tr('{field} must be a list.', { field: `${at}.root_ids` }));
    for (const [key, node] of Object.entries(raw.nodes)) {
      const where = `${at}.nodes["${key}"]`;
      need(isRecord(node), tr('{at} is not an object.', { at: where }));
      need(
        MESSAGE_ROLES.includes(node.role as string),
        tr('{field} must be one of {values}.', { field: `${where}.role`, values: MESSAGE_ROLES.join(', ') }),
      );
      need(isString(node.content), tr('{field} must be text.', { field: `${where}.content` }));
    }
  } else {
    need(
      Array.isArray(raw.messages),
      tr('{at} has neither {nodes} nor {messages}.', { at, nodes: '"nodes"', messages: '"messages"' }),
    );
  }
  const conversation = migrateConversation(raw);
  need(conversation !== null, tr('{at} could not be read as a conversation.', { at }));
  // a file holds every text whole: a `pieces` field would point at pieces stored in some other browser
  for (const node of Object.values(conversation.nodes)) delete node.pieces;
  return conversation;
}
