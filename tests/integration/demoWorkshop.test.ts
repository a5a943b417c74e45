import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { postRaw } from '../support/api.js';
import { connectControl } from '../support/controlClient.js';
import { freshDataDir, startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const recordOf = async (id: string, token: string) =>
  (await (await fetch(`${server.url}/api/workshops/${id}/export/record.json`, { headers: { authorization: `Bearer ${token}` } })).json()) as WorkshopRecordFile;

describe('the demo workshop', () => {
  it('POST /api/workshops/demo needs the organiser key', async () => {
    expect((await postRaw(`${server.url}/api/workshops/demo`, '{}')).status).toBe(401);
  });

  it('holds the 2010 recommendations as the previous review, an example current review, example cards and the default agenda', async () => {
    const created = await postRaw(`${server.url}/api/workshops/demo`, '{}', { authorization: `Bearer ${server.organiserKey}` });
    expect(created.status).toBe(201);
    const demo = created.body as unknown as CreateWorkshopResponse;
    expect(demo.links.facilitator).toContain(demo.facilitatorToken);

    const record = await recordOf(demo.id, demo.facilitatorToken);
    expect(record.workshop.title).toMatch(/Demo/);
    const previous = record.recommendations.filter((r) => r.cycle === 'previous');
    const current = record.recommendations.filter((r) => r.cycle === 'current');
    expect(previous).toHaveLength(129);
    // A current review to triage, vote on with dots and plan for, without an import; example content, and it says so.
    expect(current.length).toBeGreaterThanOrEqual(20);
    expect(current.every((r) => r.text.startsWith('Example:') && r.recommendingStates.every((state) => state.startsWith('Example State')))).toBe(true);
    expect(new Set(current.map((r) => r.response))).toEqual(new Set(['supported', 'noted']));
    expect(record.experiences.length).toBeGreaterThanOrEqual(3);
    expect(record.experiences.every((card) => card.example && card.happened.startsWith('Example'))).toBe(true);
    // Example plan rows and activities work on the current review, as day 2 does.
    const currentKeys = new Set(current.map((r) => r.key));
    expect(record.planRows.length).toBeGreaterThanOrEqual(2);
    expect(record.strategyRows.length).toBeGreaterThanOrEqual(2);
    for (const row of [...record.planRows, ...record.strategyRows]) {
      expect(row.example).toBe(true);
      expect(row.recommendationKeys.length).toBeGreaterThan(0);
      for (const key of row.recommendationKeys) expect(currentKeys.has(key), key).toBe(true);
    }

    const control = connectControl(server.url, demo.facilitatorToken);
    try {
      await waitFor(() => control.latest() !== null, 'the control state');
      expect(control.latest()!.agenda.days).toHaveLength(3);
    } finally {
      control.close();
    }
  });

  it('npm run demo creates one in DATA_DIR and prints its links', async () => {
    const dataDir = freshDataDir();
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/demo/runDemo.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '4321', PUBLIC_URL: '' },
    });
    // The host is this machine's LAN address, or localhost without one.
    expect(stdout).toMatch(/Facilitator: http:\/\/[\w.-]+:4321\/w\/[\w-]+\/facilitator#token=/);
    expect(stdout).toMatch(/Projector: {3}http:\/\/[\w.-]+:4321\/w\/[\w-]+\/projector#token=/);
    expect(stdout).toMatch(/Join: {8}http:\/\/[\w.-]+:4321\/join\?code=/);

    const other = await startTestServer({ dataDir });
    try {
      const facilitator = /facilitator#token=([\w-]+)/.exec(stdout)![1]!;
      const id = /\/w\/([\w-]+)\/facilitator/.exec(stdout)![1]!;
      const response = await fetch(`${other.url}/api/workshops/${id}/export/record.json`, { headers: { authorization: `Bearer ${facilitator}` } });
      expect(((await response.json()) as WorkshopRecordFile).recommendations.filter((r) => r.cycle === 'previous')).toHaveLength(129);
    } finally {
      await other.close();
    }
  });
});
