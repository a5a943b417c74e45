import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses, linkBase, type LinkBaseInput } from './links.js';

const info = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') => ({ address, family, internal }) as os.NetworkInterfaceInfo;
const interfaces = () => ({
  lo: [info('127.0.0.1', true)],
  docker0: [info('172.17.0.1')],
  wlan0: [info('192.168.1.23'), info('fe80::1', false, 'IPv6')],
  usb0: [info('169.254.10.2')],
});
const input = (changes: Partial<LinkBaseInput> = {}): LinkBaseInput => ({ publicUrl: undefined, listenHost: undefined, tls: false, port: 3000, interfaces, ...changes });

describe('where links point', () => {
  it('lists IPv4 addresses other devices can reach, without loopback or link-local ones', () => {
    expect(lanAddresses(interfaces)).toEqual(['172.17.0.1', '192.168.1.23']);
  });

  it('prefers the address the organiser reached the server on', () => {
    expect(linkBase(input({ arrivedOn: '::ffff:192.168.1.23' }))).toEqual({ url: 'http://192.168.1.23:3000', reach: 'network' });
    expect(linkBase(input({ arrivedOn: '127.0.0.1' }))).toEqual({ url: 'http://172.17.0.1:3000', reach: 'network' });
  });

  it('uses PUBLIC_URL first, and HOST when the server listens there only', () => {
    expect(linkBase(input({ publicUrl: 'https://convene.example.org' }))).toEqual({ url: 'https://convene.example.org', reach: 'public' });
    expect(linkBase(input({ listenHost: '10.0.0.5', tls: true }))).toEqual({ url: 'https://10.0.0.5:3000', reach: 'network' });
    expect(linkBase(input({ listenHost: '127.0.0.1' }))).toEqual({ url: 'http://localhost:3000', reach: 'local' });
  });

  it('falls back to localhost, marked local, without a network address', () => {
    expect(linkBase(input({ interfaces: () => ({ lo: [info('127.0.0.1', true)] }) }))).toEqual({ url: 'http://localhost:3000', reach: 'local' });
  });
});
