/**
 * A TCP link to the test PostgreSQL that a test can cut, as a network partition would: bytes
 * are held, not refused, so the database neither answers nor fails. Restoring the link delivers
 * what it held, as TCP does once a partition heals.
 */
import net from 'node:net';
import { TEST_DATABASE_URL, urlWithSchema } from './postgres.js';

export interface DatabaseLink {
  /** A DATABASE_URL for the schema that goes through the link. */
  url: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function openDatabaseLink(schema: string): Promise<DatabaseLink> {
  const target = new URL(TEST_DATABASE_URL);
  const sockets = new Set<net.Socket>();
  let cut = false;
  const held: (() => void)[] = [];
  const forward = (to: net.Socket) => (chunk: Buffer) => {
    if (cut) held.push(() => to.write(chunk));
    else to.write(chunk);
  };
  const server = net.createServer((client) => {
    const database = net.connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [
      [client, database],
      [database, client],
    ] as const) {
      sockets.add(from);
      from.on('data', forward(to));
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
      // A reset at either end ends the pair; the close above passes it on.
      from.on('error', () => from.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(urlWithSchema(schema));
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.href,
    cut: () => {
      cut = true;
    },
    restore: () => {
      cut = false;
      for (const deliver of held.splice(0)) deliver();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
