import { describe, expect, it } from 'vitest';
import { contentWithImages, readAttachments, takeAttachmentData } from './attachments.ts';
import { toChatMessages } from './branches.ts';
import { mergeConversations } from './merge.ts';
import { migrateConversation } from './migrations.ts';
import { checkConversation } from './record.ts';
import { assistantNode, conversationOf, userNode } from './testing/builders.ts';
import { editUserMessage } from './tree.ts';
import type { Attachment } from './types.ts';

const png: Attachment = { id: 'i1', kind: 'image', mime: 'image/png', width: 4, height: 3, bytes: 99, name: 'a.png' };

describe('attachments', () => {
  it('keeps valid attachments and drops broken ones', () => {
    expect(readAttachments([png, { id: 'x', kind: 'image', mime: 'text/html' }, 'junk'])).toEqual([png]);
    expect(readAttachments([])).toBeUndefined();
    expect(readAttachments('no')).toBeUndefined();
  });

  it('sends the text and each image as OpenAI content parts; images whose bytes are gone are left out', () => {
    const url = 'data:image/png;base64,AAAA';
    expect(contentWithImages('look', [png], () => url)).toEqual([
      { type: 'text', text: 'look' },
      { type: 'image_url', image_url: { url } },
    ]);
    expect(contentWithImages('', [png], () => url)).toEqual([{ type: 'image_url', image_url: { url } }]);
    expect(contentWithImages('look', [png], () => undefined)).toBe('look');
  });

  it('builds the request history with the images of the current branch', () => {
    const conv = conversationOf([
      userNode('u', { content: 'what is this?', attachments: [png] }),
      assistantNode('a', { parent_id: 'u', content: 'a cat' }),
    ]);
    const messages = toChatMessages(conv, (a) => `data:${a.mime};base64,QUJD`);
    expect(messages[0]?.content).toEqual([
      { type: 'text', text: 'what is this?' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,QUJD' } },
    ]);
    expect(messages[1]?.content).toBe('a cat');
  });

  it('survives migration, the file check and the two-tab merge', () => {
    const conv = conversationOf([userNode('u', { attachments: [png] })]);
    expect(migrateConversation(structuredClone(conv))?.nodes.u?.attachments).toEqual([png]);
    const read = checkConversation(
      structuredClone({ ...conv, nodes: { u: { ...conv.nodes.u, attachments: [{ ...png, data: 'QUJD' }] } } }),
      'c',
    );
    expect(read.ok && read.value.nodes.u?.attachments?.[0]?.data).toBe('QUJD');
    const other = conversationOf([userNode('u', { attachments: [png] }), assistantNode('a', { parent_id: 'u' })]);
    expect(mergeConversations(conv, other).nodes.u?.attachments).toEqual([png]);
    expect(mergeConversations(other, conv).nodes.u?.attachments).toEqual([png]);
  });

  it('an edited message keeps its images', () => {
    const conv = conversationOf([userNode('u', { attachments: [png] })]);
    const edited = editUserMessage(conv, 'u', 'new words', { id: 'u2', now: 5 });
    expect(edited.nodes.u2?.attachments).toEqual([png]);
  });

  it('takes the bytes a file carries out of the record', () => {
    const conv = conversationOf([userNode('u', { attachments: [{ ...png, data: 'QUJD' }] })]);
    const { conv: bare, data } = takeAttachmentData(conv);
    expect(bare.nodes.u?.attachments).toEqual([png]);
    expect(data.get('i1')?.data).toBe('QUJD');
    expect(conv.nodes.u?.attachments?.[0]?.data).toBe('QUJD'); // the input is not changed
  });
});
