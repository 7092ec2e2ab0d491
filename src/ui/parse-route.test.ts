import { describe, expect, it } from 'vitest';
import { parseRoute } from './parse-route.ts';

describe('parseRoute', () => {
  it('reads the chat list, a chat and Settings', () => {
    expect(parseRoute('')).toEqual({ route: { page: 'chat' } });
    expect(parseRoute('#/chat')).toEqual({ route: { page: 'chat' } });
    expect(parseRoute('#/chat/a%20b')).toEqual({ route: { page: 'chat', chatId: 'a b' } });
    expect(parseRoute('#/settings')).toEqual({ route: { page: 'settings' } });
    expect(parseRoute('#/embeddings')).toEqual({ route: { page: 'embeddings' } });
    expect(parseRoute('#/elsewhere')).toEqual({ route: { page: 'chat' } });
  });

  it('turns a malformed percent-encoding into the chat list with a message instead of throwing', () => {
    for (const hash of ['#/chat/%', '#/chat/%E0%A4%A', '#/chat/%zz']) {
      const parsed = parseRoute(hash);
      expect(parsed.route).toEqual({ page: 'chat' });
      expect(parsed.problem).toMatch(/could not be read/);
    }
  });

  it('reads deep links, and refuses a hostile one with a message', () => {
    expect(parseRoute('#/chat?model=m').route).toEqual({
      page: 'chat',
      link: { type: 'chat', model: 'm', ignored: [] },
    });
    // a #/connect link is Settings' to read (its parser stays out of the first load)
    expect(parseRoute('#/connect?base_url=http://localhost:1').route).toEqual({
      page: 'settings',
      connect: '#/connect?base_url=http://localhost:1',
    });
    const refused = parseRoute(`#/chat?prompt=${'b'.repeat(9000)}`);
    expect(refused.route).toEqual({ page: 'chat' });
    expect(refused.problem).toMatch(/^This link was refused, and nothing was stored\. .*longer than 8 KB/);
  });
});
