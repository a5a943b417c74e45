/**
 * The IPC side shared by the three server children: announces the port, answers memory
 * samples (after a full GC, so the figure is live memory, not garbage) and stops on request.
 */
import type { ServerReply, ServerRequest, StoreStats } from '../protocol.js';

/** What each server child hands to the shared IPC harness. */
export interface StartedServer {
  port: number;
  organiserKey: string | null;
  close(): Promise<void>;
  storeStats?: () => StoreStats;
}

function reply(message: ServerReply): void {
  process.send?.(message);
}

function collectGarbage(): void {
  // Twice: the first pass may only queue finalizers.
  globalThis.gc?.();
  globalThis.gc?.();
}

/** Runs a started server as a bench child until the orchestrator says stop. */
export function serveAsChild(server: StartedServer): void {
  process.on('message', (message: ServerRequest) => {
    switch (message.type) {
      case 'memory': {
        collectGarbage();
        const { rss, heapUsed, external } = process.memoryUsage();
        reply({ type: 'memory', rss, heapUsed, external });
        return;
      }
      case 'store-stats':
        reply({ type: 'store-stats', stats: server.storeStats?.() ?? null });
        return;
      case 'stop':
        void server.close().finally(() => {
          reply({ type: 'stopped' });
          process.exit(0);
        });
        return;
    }
  });
  // The orchestrator died: do not linger.
  process.on('disconnect', () => process.exit(0));
  reply({ type: 'ready', port: server.port, organiserKey: server.organiserKey });
}
