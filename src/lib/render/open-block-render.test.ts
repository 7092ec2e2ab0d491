import { describe, expect, it } from 'vitest';
import { OpenBlockRender, paragraphContent } from './open-block-render.ts';

const sentence = 'A long paragraph keeps on growing while it streams. ';
const asParagraph = (block: string) => `<p>${block.trimEnd()}</p>\n`;

describe('OpenBlockRender', () => {
  it('renders each settled piece once and only the tail again on every update', () => {
    const rendered: string[] = [];
    const view = new OpenBlockRender((block) => (rendered.push(block), `<p>${block.length}</p>`));
    let text = '';
    let last = view.update(text);
    for (let i = 0; i < 300; i++) last = view.update((text += sentence));
    expect(last.settled.length).toBeGreaterThan(5);
    // one render of the tail per update, plus one of each settled piece
    expect(rendered).toHaveLength(300 + last.settled.length);
    // no update rendered more than a bounded amount of text
    expect(Math.max(...rendered.map((block) => block.length))).toBeLessThan(4000);
  });

  it('gives the pieces as the inline content of one paragraph, a word break kept between them', () => {
    const view = new OpenBlockRender(asParagraph);
    const text = sentence.repeat(200) + 'The end';
    const { settled, tail } = view.update(text);
    expect(settled.length).toBeGreaterThan(1);
    for (const html of settled) expect(html).not.toMatch(/<\/?p>/);
    expect(tail.endsWith('The end')).toBe(true);
    // the pieces and the tail together read as the finished paragraph's content
    expect(settled.join('') + tail).toBe(text);
  });

  it('renders the whole open block as one block when a piece or the tail is not one plain paragraph', () => {
    const long = sentence.repeat(200);
    const heading = new OpenBlockRender((block) =>
      block.includes('Heading') ? `<h1>${block}</h1>` : asParagraph(block),
    );
    expect(heading.update(long + 'Heading\n===')).toEqual({
      settled: [],
      tail: `<h1>${long}Heading\n===</h1>`,
    });
    let calls = 0;
    const fallback = new OpenBlockRender((block) => (calls++, `<div class="plain">${block}</div>`));
    const first = fallback.update(long);
    expect(first.settled).toEqual([]);
    expect(first.tail).toBe(`<div class="plain">${long}</div>`);
    // once a piece failed, the pieces are not rendered again: only the whole block
    calls = 0;
    fallback.update(long + 'More words.');
    expect(calls).toBe(1);
  });

  it('renders nothing for an empty block, and everything again when the block starts over', () => {
    let calls = 0;
    const view = new OpenBlockRender((block) => (calls++, asParagraph(block)));
    expect(view.update('')).toEqual({ settled: [], tail: '' });
    view.update(sentence.repeat(100));
    const before = calls;
    const again = view.update('Different. '.repeat(400));
    expect(again.settled.length).toBeGreaterThan(0);
    expect(calls - before).toBe(again.settled.length + 1);
  });
});

describe('paragraphContent', () => {
  it('unwraps exactly one plain paragraph and nothing else', () => {
    expect(paragraphContent('<p>Some <em>text</em><br>here </p>\n')).toBe('Some <em>text</em><br>here ');
    expect(paragraphContent('<p>one</p>\n<p>two</p>\n')).toBeUndefined();
    expect(paragraphContent('<p>one</p><ul><li>x</li></ul>')).toBeUndefined();
    expect(paragraphContent('<p class="x">one</p>')).toBeUndefined();
    expect(paragraphContent('<div class="plain">one</div>')).toBeUndefined();
    expect(paragraphContent('<p>a <pre>b</pre></p>')).toBe('a <pre>b</pre>');
  });
});
