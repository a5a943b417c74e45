/**
 * A document's whole stored state as one Yjs update, with compressed copies made on first
 * request. A device joining a section it holds nothing of downloads it over HTTP, compressed,
 * before it opens its socket: the join's big frame is where the bytes are, while the socket's
 * frames (every keystroke) stay uncompressed and cost what they did.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The encodings a whole state is sent in, as `Accept-Encoding` names them. */
export type StateEncoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli 5 and gzip 6: measured on the bench's room of 200 entries and 20,000 edits (434 KiB),
 * 17 ms and 30 ms on the thread pool for 50 % of the bytes; higher Brotli qualities save a few
 * per cent more for 6 to 100 times the time, and a busy room compresses again after each change.
 */
const COMPRESS: Record<StateEncoding, (bytes: Uint8Array) => Promise<Buffer>> = {
  br: (bytes) =>
    brotli(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }),
  gzip: (bytes) => gzip(bytes, { level: 6 }),
};

export class WholeState {
  private readonly copies = new Map<StateEncoding, Promise<Buffer>>();

  constructor(readonly update: Uint8Array) {}

  /** The update compressed with `encoding`, compressed once however many ask. */
  compressed(encoding: StateEncoding): Promise<Buffer> {
    let copy = this.copies.get(encoding);
    if (!copy) {
      copy = COMPRESS[encoding](this.update);
      this.copies.set(encoding, copy);
      // A failed compression is not kept: the next request tries again.
      copy.catch(() => this.copies.delete(encoding));
    }
    return copy;
  }
}
