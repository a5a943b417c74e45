/** The real server in-process on port 0, with a fresh data folder and the built client. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import type { NetworkInterfaces } from '../../../server/commands/links.js';
import { startServer, type RunningServer } from '../../../server/ConveneServer.js';

export interface TestServer extends RunningServer {
  dataDir: string;
}

/**
 * Starts a server; fails early when the client was not built (`npx vite build`). `clientDir`
 * serves another copy of the built client (a test that deploys a new version changes its copy).
 * The server sees no network interface unless given some, so its links say localhost on any machine.
 */
export async function startTestServer({
  clientDir = path.resolve('dist/client'),
  networkInterfaces = () => ({}),
}: { clientDir?: string; networkInterfaces?: NetworkInterfaces } = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(clientDir, 'index.html'))) {
    throw new Error('dist/client is missing: run `npx vite build` (npm test builds first)');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-e2e-'));
  const server = await startServer({ dataDir, port: 0, clientDir, idleUnloadMs: 200, networkInterfaces });
  const close = async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...server, dataDir, close };
}

/** Creates a workshop through the HTTP API, as an organiser would. */
export async function createWorkshop(server: TestServer, title = 'UPR follow-up'): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.organiserKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, country: 'Mongolia', startsOn: '2015-11-02', endsOn: '2015-11-04' }),
  });
  if (response.status !== 201) throw new Error(`creating a workshop failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateWorkshopResponse;
}
