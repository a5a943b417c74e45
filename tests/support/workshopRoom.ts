/** A running server with one workshop, and helpers to bring people into its control channel; cleaned up after each test. */
import type { StartOptions } from '../../server/ConveneServer.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { createWorkshop, joinWorkshop } from './api.js';
import { type ControlClient, connectControl } from './controlClient.js';
import { startTestServer } from './testServer.js';
import { waitFor } from './waitFor.js';

export interface WorkshopRoom {
  server: Awaited<ReturnType<typeof startTestServer>>;
  workshop: CreateWorkshopResponse;
  /** Connects a control client and waits for its first state. */
  connect(token: string): Promise<ControlClient>;
  /** Joins a participant over HTTP and returns their token and id. */
  join(name: string, organisation?: string): Promise<{ token: string; participantId: string }>;
}

/** Starts a server (with `options`, e.g. a `databaseUrl`) and creates a workshop; `cleanups` runs in reverse after the test. */
export async function openWorkshopRoom(cleanups: (() => Promise<void> | void)[], options: Partial<StartOptions> = {}): Promise<WorkshopRoom> {
  const server = await startTestServer(options);
  cleanups.push(() => server.close());
  const workshop = await createWorkshop(server.url, server.organiserKey);
  return {
    server,
    workshop,
    connect: async (token) => {
      const client = connectControl(server.url, token);
      cleanups.push(() => client.close());
      await waitFor(() => client.latest() !== null, 'first state');
      return client;
    },
    join: async (name, organisation = 'Globe International') => {
      const { token, participantId } = await joinWorkshop(server.url, workshop, name, organisation);
      return { token, participantId };
    },
  };
}
