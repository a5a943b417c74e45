/**
 * Reading a download's body while counting bytes, so each file can show how far it is. Without
 * Content-Length (a compressing proxy drops it) the total is unknown and progress is indeterminate.
 */

/** How much of one download has arrived; `total` is null when the server did not say. */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/** The Content-Length header as a byte count, or null when missing or not a plain number. */
export function contentLength(headers: Headers): number | null {
  const raw = headers.get('Content-Length');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/**
 * The share done, from 0 to 1, or null when it cannot be known. A body longer than announced
 * (a proxy that changed it) is held at 1 rather than past it.
 */
export function progressFraction({ received, total }: DownloadProgress): number | null {
  if (total === null || total === 0) return null;
  return Math.min(received / total, 1);
}

/**
 * Which quarter (0–4) a download has reached; announcements are made only when it changes, so a
 * screen reader hears a few steps instead of every chunk.
 */
export function progressStep(progress: DownloadProgress): number | null {
  const fraction = progressFraction(progress);
  return fraction === null ? null : Math.floor(fraction * 4);
}

/** Reads the whole body into a Blob, calling `onProgress` after every chunk. */
export async function readBodyWithProgress(response: Response, onProgress: (progress: DownloadProgress) => void): Promise<Blob> {
  const total = contentLength(response.headers);
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  onProgress({ received: 0, total });
  if (!response.body) {
    // No stream to read (old engines): the whole body at once, then one report.
    const blob = await response.blob();
    onProgress({ received: blob.size, total });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks, { type });
}

/** The file name from `Content-Disposition: attachment; filename="…"`, or the fallback. */
export function fileNameFromDisposition(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  const name = match?.[1]?.trim();
  // A name with a path in it is not used: the browser's download folder decides where it goes.
  return name && !/[\\/]/.test(name) ? name : fallback;
}
