/**
 * Where links point. Participants' phones must reach the server, so a link never starts with
 * what a request's Host header claims (anyone can send any Host, and a forged one would plant
 * an attacker's address in links handed to a room): it starts with `PUBLIC_URL`, else a LAN
 * address of this machine, else `localhost`, which the organiser page then warns about.
 */
import os from 'node:os';
import type { WorkshopLinks } from '../../shared/api.js';
import { facilitatorLink, joinLink, projectorLink, type LinkBase } from '../../shared/links.js';

/** The machine's network interfaces, as `os.networkInterfaces()` lists them (injectable for tests). */
export type NetworkInterfaces = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

/** Non-internal IPv4 addresses, link-local ones left out (169.254.x.x: no DHCP, nobody else can reach it). */
export function lanAddresses(interfaces: NetworkInterfaces = os.networkInterfaces): string[] {
  return Object.values(interfaces())
    .flat()
    .filter((address): address is os.NetworkInterfaceInfo => !!address && address.family === 'IPv4' && !address.internal)
    .map((address) => address.address)
    .filter((address) => !address.startsWith('169.254.'));
}

export interface LinkBaseInput {
  /** `PUBLIC_URL`, already checked by the configuration. */
  publicUrl: string | undefined;
  /** `HOST`, when the server listens on one address only. */
  listenHost: string | undefined;
  tls: boolean;
  /** The port this server listens on (the socket's, never the request's). */
  port: number;
  /** The local address a request arrived on, from the socket: the interface the organiser used. */
  arrivedOn?: string | undefined;
  interfaces: NetworkInterfaces;
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);
const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

/** The base of every link, and who can open it. */
export function linkBase(input: LinkBaseInput): LinkBase {
  if (input.publicUrl) return { url: input.publicUrl, reach: 'public' };
  const origin = (host: string) => `${input.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${input.port}`;
  const host = input.listenHost;
  if (host && !WILDCARD_HOSTS.has(host)) return isLoopback(host) ? { url: origin('localhost'), reach: 'local' } : { url: origin(host), reach: 'network' };
  const lan = lanAddresses(input.interfaces);
  const arrivedOn = input.arrivedOn?.replace(/^::ffff:/, '');
  const address = arrivedOn && lan.includes(arrivedOn) ? arrivedOn : lan[0];
  return address ? { url: origin(address), reach: 'network' } : { url: origin('localhost'), reach: 'local' };
}

export function workshopLinks(base: LinkBase, workshopId: string, joinCode: string, facilitatorToken: string, projectorToken: string): WorkshopLinks {
  return {
    facilitator: facilitatorLink(base.url, workshopId, facilitatorToken, projectorToken),
    projector: projectorLink(base.url, workshopId, projectorToken),
    join: joinLink(base.url, joinCode),
    reach: base.reach,
  };
}

export const organiserLink = (baseUrl: string, organiserKey: string) => `${baseUrl}/organiser#key=${organiserKey}`;
