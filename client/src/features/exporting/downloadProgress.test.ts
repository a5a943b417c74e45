import { describe, expect, it } from 'vitest';
import { contentLength, type DownloadProgress, fileNameFromDisposition, progressFraction, progressStep, readBodyWithProgress } from './downloadProgress.js';

/** A response whose body arrives in the given chunks. */
function chunkedResponse(chunks: Uint8Array[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, { headers });
}

describe('download progress', () => {
  it('reads Content-Length only when it is a plain byte count', () => {
    expect(contentLength(new Headers({ 'Content-Length': '1024' }))).toBe(1024);
    expect(contentLength(new Headers({ 'Content-Length': ' 7 ' }))).toBe(7);
    expect(contentLength(new Headers({ 'Content-Length': '-3' }))).toBeNull();
    expect(contentLength(new Headers({ 'Content-Length': '12abc' }))).toBeNull();
    expect(contentLength(new Headers())).toBeNull();
  });

  it('is indeterminate without a total and never passes 100% when the body is longer than announced', () => {
    expect(progressFraction({ received: 10, total: null })).toBeNull();
    expect(progressFraction({ received: 0, total: 0 })).toBeNull();
    expect(progressFraction({ received: 50, total: 200 })).toBe(0.25);
    expect(progressFraction({ received: 300, total: 200 })).toBe(1);
  });

  it('announces quarters, not every chunk', () => {
    expect(progressStep({ received: 0, total: 100 })).toBe(0);
    expect(progressStep({ received: 24, total: 100 })).toBe(0);
    expect(progressStep({ received: 25, total: 100 })).toBe(1);
    expect(progressStep({ received: 99, total: 100 })).toBe(3);
    expect(progressStep({ received: 100, total: 100 })).toBe(4);
    expect(progressStep({ received: 5, total: null })).toBeNull();
  });

  it('reports every chunk against the announced length and keeps every byte', async () => {
    const reports: DownloadProgress[] = [];
    const response = chunkedResponse([new Uint8Array([80, 75]), new Uint8Array([3, 4, 5])], { 'Content-Length': '5', 'Content-Type': 'application/zip' });
    const blob = await readBodyWithProgress(response, (progress) => reports.push(progress));
    expect(reports).toEqual([
      { received: 0, total: 5 },
      { received: 2, total: 5 },
      { received: 5, total: 5 },
    ]);
    expect(blob.type).toBe('application/zip');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([80, 75, 3, 4, 5]);
  });

  it('reports an unknown total when the server does not announce a length', async () => {
    const reports: DownloadProgress[] = [];
    await readBodyWithProgress(chunkedResponse([new Uint8Array(10)], {}), (progress) => reports.push(progress));
    expect(reports.at(-1)).toEqual({ received: 10, total: null });
  });

  it('takes the attachment name from Content-Disposition, and refuses names with a path', () => {
    expect(fileNameFromDisposition('attachment; filename="convene-abc-plan.csv"', 'x')).toBe('convene-abc-plan.csv');
    expect(fileNameFromDisposition(null, 'fallback.csv')).toBe('fallback.csv');
    expect(fileNameFromDisposition('attachment', 'fallback.csv')).toBe('fallback.csv');
    expect(fileNameFromDisposition('attachment; filename="../etc/passwd"', 'fallback.csv')).toBe('fallback.csv');
  });
});
