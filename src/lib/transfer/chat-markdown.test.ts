import { describe, expect, it } from 'vitest';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import { chatToMarkdown, markdownFileName } from './chat-markdown.ts';

describe('chatToMarkdown', () => {
  it('writes the title as the heading and each message of the current branch with its role and model', () => {
    const conv = conversationOf(
      [
        userNode('u1', { content: 'What is **2+2**?' }),
        assistantNode('a-old', { parent_id: 'u1', content: 'an older answer', model_id: 'old-model' }),
        assistantNode('a1', { parent_id: 'u1', content: '4\n\n```js\n2 + 2\n```', model_id: 'llama3' }),
      ],
      { title: 'Sums' },
    );
    expect(chatToMarkdown(conv)).toBe(
      '# Sums\n\n## User\n\nWhat is **2+2**?\n\n## Assistant · llama3\n\n4\n\n```js\n2 + 2\n```\n',
    );
  });

  it('puts reasoning in a closed <details> block before the answer', () => {
    const conv = conversationOf([
      userNode('u1', { content: 'Hi' }),
      assistantNode('a1', { parent_id: 'u1', content: 'Hello', reasoning: 'Greet back.' }),
    ]);
    expect(chatToMarkdown(conv)).toContain(
      '## Assistant\n\n<details>\n<summary>Reasoning</summary>\n\nGreet back.\n\n</details>\n\nHello\n',
    );
  });

  it('writes tool calls with their arguments in a fence longer than any backtick run, and what each tool result answers', () => {
    const conv = conversationOf([
      userNode('u1', { content: 'Weather?' }),
      assistantNode('a1', {
        parent_id: 'u1',
        content: '',
        tool_calls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris ```x```"}' }],
      }),
      { ...userNode('t1', { parent_id: 'a1', content: '{"temp":21}' }), role: 'tool', tool_call_id: 'call_1' },
    ]);
    const md = chatToMarkdown(conv);
    expect(md).toContain('**Tool call** `get_weather` (call_1)\n\n````json\n{"city":"Paris ```x```"}\n````');
    expect(md).toContain('## Tool result\n\n_(answers call_1)_\n\n{"temp":21}\n');
  });

  it('names an untitled chat, keeps the system prompt, and notes an answer that did not finish', () => {
    const conv = conversationOf(
      [
        userNode('u1', { content: 'Go' }),
        assistantNode('a1', { parent_id: 'u1', content: 'Half', status: 'interrupted', model_id: 'm' }),
      ],
      { system_prompt: 'Be brief.' },
    );
    const md = chatToMarkdown(conv);
    expect(md.startsWith('# Untitled\n\n## System prompt\n\nBe brief.\n\n## User')).toBe(true);
    expect(md).toContain('## Assistant · m\n\n_(interrupted)_\n\nHalf\n');
  });

  it('keeps a model name a server sent on its heading line', () => {
    const conv = conversationOf([assistantNode('a1', { content: 'x', model_id: 'evil\n# Injected' })]);
    expect(chatToMarkdown(conv)).toContain('## Assistant · evil # Injected\n\nx');
  });

  it('uses the whole text given for a message kept in pieces', () => {
    const conv = conversationOf([
      userNode('u1', { content: 'Long?' }),
      assistantNode('a1', { parent_id: 'u1', content: 'tail', pieces: { count: 1, size: 5, chars: 5 } }),
    ]);
    expect(chatToMarkdown(conv, new Map([['a1', 'head-tail']]))).toContain('head-tail\n');
  });
});

describe('markdownFileName', () => {
  it('is the title with .md, without characters file systems refuse', () => {
    expect(markdownFileName('Sums')).toBe('Sums.md');
    expect(markdownFileName('a/b: "c"?')).toBe('a b c.md');
    expect(markdownFileName('..hidden')).toBe('hidden.md');
    expect(markdownFileName('  ')).toBe('chat.md');
    expect(markdownFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.md`);
  });
});
