import { describe, expect, it } from 'vitest';
import { classifyHost, isIpLiteral, pageAddressSpace, targetAddressSpaceFor } from './address-space.ts';

describe('classifyHost', () => {
  it.each([
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['app.localhost', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['127.255.3.4', 'loopback'],
    ['127.1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['0.0.0.0', 'loopback'],
    ['[::]', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['198.18.0.1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.20', 'private'],
    ['169.254.10.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.1.1', 'private'],
    ['[fd12:3456::1]', 'private'],
    ['[fc00::1]', 'private'],
    ['[fe80::1]', 'private'],
    ['[::ffff:192.168.0.1]', 'private'],
    ['nas.local', 'private'],
    ['172.15.0.1', 'public'],
    ['172.32.0.1', 'public'],
    ['100.128.0.1', 'public'],
    ['8.8.8.8', 'public'],
    ['[2606:4700::1111]', 'public'],
    ['example.com', 'public'],
    ['localhost.example.com', 'public'],
    ['mybox.lan', 'public'],
  ] as const)('%s → %s', (host, space) => {
    expect(classifyHost(host)).toBe(space);
  });
});

describe('isIpLiteral', () => {
  it.each([
    ['127.0.0.1', true],
    ['[::1]', true],
    ['fe80::1', true],
    ['192.168.1.1', true],
    ['localhost', false],
    ['example.com', false],
    ['1.2.3', true], // the URL parser reads it as 1.2.0.3
    ['999.1.1.1', false],
  ] as const)('%s → %s', (host, expected) => {
    expect(isIpLiteral(host)).toBe(expected);
  });
});

describe('pageAddressSpace', () => {
  it.each([
    ['switchboard.example', 'public'],
    ['app.test', 'public'],
    ['localhost', 'loopback'],
    ['192.168.1.3', 'private'],
    ['myserver', 'private'],
    ['nas.lan', 'private'],
    ['router.home.arpa', 'private'],
  ] as const)('%s → %s', (host, space) => {
    expect(pageAddressSpace(host)).toBe(space);
  });
});

describe('targetAddressSpaceFor', () => {
  it.each([
    ['switchboard.example', 'http://localhost:11434', 'loopback'],
    ['switchboard.example', 'http://127.0.0.1:1234/v1', 'loopback'],
    ['switchboard.example', 'http://[::1]:8080', 'loopback'],
    ['switchboard.example', 'http://192.168.1.20:11434', 'local'],
    ['switchboard.example', 'http://nas.local:11434', 'local'],
    ['switchboard.example', 'https://api.openai.com/v1', undefined],
    ['switchboard.example', 'http://mybox.lan:11434', undefined],
    ['192.168.1.3', 'http://localhost:11434', 'loopback'],
    ['192.168.1.3', 'http://192.168.1.4:11434', undefined],
    ['localhost', 'http://localhost:11434', undefined],
    ['localhost', 'http://192.168.1.4:11434', undefined],
    ['switchboard.example', 'not a url', undefined],
  ] as const)('page %s → %s: %s', (page, target, expected) => {
    expect(targetAddressSpaceFor(page, target)).toBe(expected);
  });
});
