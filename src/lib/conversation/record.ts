// The one check for a conversation from a file (chats export, full backup): the whole record must be
// readable, and every message in it, before migrateConversation (migrations.ts) brings it to the current
// shape. Stored records skip this check: migrateConversation repairs them, so no stored text is hidden.
import { checked, need, type Checked } from '../util/checked.ts';
import { isRecord } from '../util/is-record.ts';
import { CONVERSATION_SCHEMA_VERSION, MESSAGE_ROLES, migrateConversation } from './migrations.ts';
import type { Conversation } from './types.ts';

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** `at` names the record in messages, e.g. `conversations[2]`. */
export function checkConversation(raw: unknown, at: string): Checked<Conversation> {
  return checked(() => readConversation(raw, at));
}

function readConversation(raw: unknown, at: string): Conversation {
  need(isRecord(raw), `${at} is not an object.`);
  need(isString(raw.id) && raw.id !== '', `${at} has no "id".`);
  const version = raw.schema_version;
  need(
    version === undefined || (Number.isInteger(version) && (version as number) >= 0),
    `${at}.schema_version must be a whole number.`,
  );
  need(
    ((version as number | undefined) ?? 0) <= CONVERSATION_SCHEMA_VERSION,
    `${at} was saved by a newer Switchboard (schema ${String(version)}); update Switchboard to restore it.`,
  );
  need(isString(raw.title), `${at}.title must be text.`);
  need(isTime(raw.created_at) && isTime(raw.updated_at), `${at} needs "created_at" and "updated_at" times (numbers).`);
  if (version !== undefined) {
    need(isRecord(raw.nodes), `${at}.nodes must be an object of messages.`);
    need(Array.isArray(raw.root_ids), `${at}.root_ids must be a list.`);
    for (const [key, node] of Object.entries(raw.nodes)) {
      const where = `${at}.nodes["${key}"]`;
      need(isRecord(node), `${where} is not an object.`);
      need(MESSAGE_ROLES.includes(node.role as string), `${where}.role must be one of ${MESSAGE_ROLES.join(', ')}.`);
      need(isString(node.content), `${where}.content must be text.`);
    }
  } else {
    need(Array.isArray(raw.messages), `${at} has neither "nodes" nor "messages".`);
  }
  const conversation = migrateConversation(raw);
  need(conversation !== null, `${at} could not be read as a conversation.`);
  // a file holds every text whole: a `pieces` field would point at pieces stored in some other browser
  for (const node of Object.values(conversation.nodes)) delete node.pieces;
  return conversation;
}
