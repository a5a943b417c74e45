/** Which precompressed copy of a file to send, read from the request's `Accept-Encoding`. */

/** The copies the build writes beside each text file, best first: Brotli is smaller than gzip. */
export const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;

export type Encoding = (typeof ENCODINGS)[number];

/** `gzip;q=0.5, br` → { gzip: 0.5, br: 1 }; names lower-cased, a malformed q counts as 0. */
function qualities(header: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => param.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    found.set(name, Number.isFinite(value) ? value : 0);
  }
  return found;
}

/**
 * The best encoding among those `available` that the client accepts, or null for the file as is.
 * Ties go to our order (Brotli first), not the client's: Chromium lists gzip before br.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = qualities(acceptEncoding);
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of available) {
    const q = accepted.get(encoding.name) ?? accepted.get('*') ?? 0;
    if (q > bestQ) [best, bestQ] = [encoding, q];
  }
  return best;
}
