/**
 * Stands between a browser context's pages and the Yjs endpoint (Playwright's WebSocket
 * routing), forwarding every frame, so a test can ask the server for a sync round trip on a
 * page's own socket. The server handles a socket's frames in order: its answer proves that
 * every frame the page sent before was handled — the barrier before asserting that an edit
 * was dropped, instead of a sleep.
 */
import type { BrowserContext, WebSocketRoute } from 'playwright-core';
import type { Section } from '../../../shared/sections.js';
import { waitFor } from '../../support/waitFor.js';

/** A sync step 1 with an empty state vector; the server answers each one with a sync step 2. */
const SYNC_STEP1 = Buffer.from([0, 0, 1, 0]);
const isSync = (frame: string | Buffer, step: 0 | 1 | 2) => typeof frame !== 'string' && frame[0] === 0 && frame[1] === step;

interface TappedSocket {
  server: WebSocketRoute;
  updatesSent: number;
  /** Who sent each sync step 1 not yet answered, oldest first: the server answers them in turn. */
  askedBy: ('page' | 'test')[];
  answeredForTest: number;
}

export class YjsSocketTap {
  /** The latest socket of each section (a reconnect replaces it). */
  private readonly sockets = new Map<string, TappedSocket>();

  /** Routes the context's Yjs sockets through the tap; call before its pages open them. */
  async attach(context: BrowserContext): Promise<void> {
    await context.routeWebSocket(/\/yjs\//, (page) => {
      const server = page.connectToServer();
      const socket: TappedSocket = { server, updatesSent: 0, askedBy: [], answeredForTest: 0 };
      this.sockets.set(new URL(page.url()).pathname.split('/').at(-1) ?? '', socket);
      page.onMessage((frame) => {
        if (isSync(frame, 2)) socket.updatesSent++;
        if (isSync(frame, 0)) socket.askedBy.push('page');
        server.send(frame);
      });
      server.onMessage((frame) => {
        // The answer to the test's own request is not the page's business.
        if (isSync(frame, 1) && socket.askedBy.shift() === 'test') socket.answeredForTest++;
        else page.send(frame);
      });
    });
  }

  /** Sync updates (edits) the page has sent on the section's socket so far. */
  updatesSent(section: Section): number {
    return this.sockets.get(section)?.updatesSent ?? 0;
  }

  /** Resolves once the server has answered a sync step 1 sent after every frame the page sent so far. */
  async roundTrip(section: Section): Promise<void> {
    const socket = this.sockets.get(section);
    if (!socket) throw new Error(`no ${section} socket was opened`);
    const answered = socket.answeredForTest + 1;
    socket.askedBy.push('test');
    socket.server.send(SYNC_STEP1);
    await waitFor(() => socket.answeredForTest >= answered, `a sync round trip on the ${section} socket`);
  }
}
