import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { type ChildServer, freshDataDir, startChildServer } from '../support/testServer.js';
import { connectStock, type StockClient, synced } from '../support/yjsClients.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function child(dataDir: string): Promise<ChildServer> {
  const server = await startChildServer(dataDir);
  cleanups.push(() => {
    server.process.kill('SIGKILL');
  });
  return server;
}

function stock(server: ChildServer, workshopId: string, token: string): StockClient {
  const client = connectStock(server.url, workshopId, 'experiences', token);
  cleanups.push(() => client.destroy());
  return client;
}

const organiserKeyOf = (dataDir: string) => fs.readFileSync(path.join(dataDir, 'organiser-key'), 'utf8').trim();

describe('durable before visible', () => {
  it('kill -9 right after an edit was relayed loses nothing anyone saw', async () => {
    const dataDir = freshDataDir();
    const first = await child(dataDir);
    const workshop = await createWorkshop(first.url, organiserKeyOf(dataDir));
    const { token } = await joinWorkshop(first.url, workshop, 'Alice');
    const writer = stock(first, workshop.id, token);
    const watcher = stock(first, workshop.id, workshop.facilitatorToken);
    await Promise.all([synced(writer), synced(watcher)]);

    for (let i = 0; i < 20; i++) writer.text.insert(writer.text.length, `edit ${i}; `);
    await waitFor(() => watcher.text.toString().includes('edit 19; '), 'the last edit relayed');
    first.process.kill('SIGKILL');
    await first.exited;
    const seen = watcher.text.toString();
    writer.destroy();
    watcher.destroy();

    const second = await child(dataDir);
    const reader = stock(second, workshop.id, workshop.facilitatorToken);
    await synced(reader);
    expect(reader.text.toString()).toBe(seen);
  });

  it('SIGTERM compacts every room into a snapshot and exits with code 0', async () => {
    const dataDir = freshDataDir();
    const first = await child(dataDir);
    const workshop = await createWorkshop(first.url, organiserKeyOf(dataDir));
    const writer = stock(first, workshop.id, workshop.facilitatorToken);
    const watcher = stock(first, workshop.id, workshop.facilitatorToken);
    await Promise.all([synced(writer), synced(watcher)]);
    writer.text.insert(0, 'adopted priorities');
    await waitFor(() => watcher.text.toString() === 'adopted priorities', 'edit relayed');

    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    writer.destroy();
    watcher.destroy();
    const db = new Database(path.join(dataDir, 'convene.sqlite'), { readonly: true });
    const name = `${workshop.id}/experiences`;
    expect(db.prepare('SELECT count(*) AS n FROM document_snapshots WHERE document = ?').get(name)).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM document_updates WHERE document = ?').get(name)).toEqual({ n: 0 });
    db.close();

    const second = await child(dataDir);
    const reader = stock(second, workshop.id, workshop.facilitatorToken);
    await synced(reader);
    expect(reader.text.toString()).toBe('adopted priorities');
  });
});
