import { describe, expect, it } from 'vitest';
import { parseRoute } from './parse-route.ts';

describe('parseRoute', () => {
  it('reads the chat list, a chat and Settings', () => {
    expect(parseRoute('')).toEqual({ route: { page: 'chat' } });
    expect(parseRoute('#/chat')).toEqual({ route: { page: 'chat' } });
    expect(parseRoute('#/chat/a%20b')).toEqual({ route: { page: 'chat', chatId: 'a b' } });
    expect(parseRoute('#/settings')).toEqual({ route: { page: 'settings' } });
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
    expect(parseRoute('#/connect?base_url=http://localhost:1').route).toMatchObject({ link: { type: 'connect' } });
    const refused = parseRoute('#/connect?base_url=javascript:alert(1)');
    expect(refused.route).toEqual({ page: 'chat' });
    expect(refused.problem).toMatch(/^This link was refused, and nothing was stored\. .*http:\/\//);
  });
});
