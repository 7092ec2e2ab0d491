// A chat's folder travels with it: in a chats file, in a full backup, and through an import.
import { describe, expect, it } from 'vitest';
import { exportToJson, parseImport } from './chats-file.ts';
import { backupToJson, buildBackup, parseBackup } from './full-backup.ts';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';

const inFolder = conversationOf(
  [userNode('u', { content: 'hello' }), assistantNode('a', { parent_id: 'u', content: 'hi' })],
  { id: 'chat1', title: 'Hi', folder: 'Work', pinned: true },
);

describe('folders in files', () => {
  it('a chats file keeps the folder, and an import reads it back', () => {
    const text = exportToJson([inFolder], 1);
    expect(JSON.parse(text).conversations[0].folder).toBe('Work');
    const read = parseImport(text, { existing: new Map(), newId: () => 'x' });
    expect(read.ok && read.conversations[0]?.folder).toBe('Work');
  });

  it('a file whose folder is not a name imports the chat without one', () => {
    const doc = JSON.parse(exportToJson([inFolder], 1));
    doc.conversations[0].folder = { evil: true };
    const read = parseImport(JSON.stringify(doc), { existing: new Map(), newId: () => 'x' });
    expect(read.ok && read.conversations[0]).not.toHaveProperty('folder');
  });

  it('a full backup keeps the folder', () => {
    const parsed = parseBackup(backupToJson(buildBackup([], [inFolder], 1, false)));
    expect(parsed.ok && parsed.backup.conversations[0]?.folder).toBe('Work');
  });
});
