import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../infra/api/http.js';
import type { DownloadProgress } from './downloadProgress.js';
import { exportPath, fetchExport } from './fetchExport.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchExport', () => {
  it('sends the token, reads the body with progress and names the file as the server does', async () => {
    const fetchMock = vi.fn(async () => new Response('a,b\r\n', { headers: { 'Content-Disposition': 'attachment; filename="convene-w1-plan.csv"' } }));
    vi.stubGlobal('fetch', fetchMock);
    const reports: DownloadProgress[] = [];
    const fetched = await fetchExport('w1', 'plan.csv', 'secret', (progress) => reports.push(progress));
    expect(fetchMock).toHaveBeenCalledWith('/api/workshops/w1/export/plan.csv', expect.objectContaining({ headers: { Authorization: 'Bearer secret' } }));
    expect(fetched.fileName).toBe('convene-w1-plan.csv');
    expect(await fetched.blob.text()).toBe('a,b\r\n');
    expect(reports.at(-1)?.received).toBe(5);
  });

  it('falls back to convene-<id>-<file> when the response does not name the file', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}'));
    const fetched = await fetchExport('w1', 'record.json', 'secret', () => undefined);
    expect(fetched.fileName).toBe('convene-w1-record.json');
  });

  it('turns a refusal into an ApiFailure with the server code', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: { code: 'forbidden', message: 'facilitators only' } }, { status: 403 }));
    const failure = await fetchExport('w1', 'votes.csv', 'participant', () => undefined).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ code: 'forbidden', status: 403 });
  });

  it('says "network" when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchExport('w1', 'plan.csv', 't', () => undefined)).rejects.toMatchObject({ code: 'network' });
  });

  it('escapes the workshop id in the path', () => {
    expect(exportPath('a/b', 'archive.zip')).toBe('/api/workshops/a%2Fb/export/archive.zip');
  });
});
