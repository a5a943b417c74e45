/**
 * A plain TCP load balancer for tests: each new connection goes to the next live backend in
 * turn, as HAProxy's round-robin does; a connection whose backend dies is closed, so its client
 * reconnects and lands on another. No stickiness: WebSockets need none.
 */
import net from 'node:net';

export interface Balancer {
  url: string;
  close(): Promise<void>;
}

/** `backends()` gives the ports to use now (killed instances left out). */
export async function startBalancer(backends: () => number[]): Promise<Balancer> {
  let turn = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const ports = backends();
    const port = ports[turn++ % Math.max(ports.length, 1)];
    if (port === undefined) {
      client.destroy();
      return;
    }
    const backend = net.connect(port, '127.0.0.1');
    for (const socket of [client, backend]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(backend);
    backend.pipe(client);
    client.on('close', () => backend.destroy());
    backend.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
