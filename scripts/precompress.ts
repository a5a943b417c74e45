/**
 * A Vite plugin that writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the
 * build, so the server sends compressed bytes at the best level without compressing per request
 * (server/http/staticClient.ts chooses the copy). The gzip copy is Zopfli's: a gzip stream any
 * browser reads, about 5 % smaller than zlib's level 9. It matters on a plain-HTTP LAN address,
 * where browsers offer gzip but not Brotli.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);

/** Text worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

/** Writes both copies of one file, each kept only when it is smaller than the file. */
export async function compressFile(file: string): Promise<void> {
  const content = await fs.promises.readFile(file);
  const copies = await Promise.all([
    brotli(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gzipAsync(content, { numiterations: 15 }),
  ]);
  await Promise.all(
    ['.br', '.gz'].map((extension, i) => (copies[i]!.length < content.length ? fs.promises.writeFile(file + extension, copies[i]!) : Promise.resolve())),
  );
}

/** Every file under `dir`, except the build's own metadata (`.vite/`). */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !path.relative(dir, entry.parentPath).startsWith('.vite'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Runs last, after every other plugin has written its files (a service worker's included). */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'convene:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await Promise.all(filesUnder(outDir).filter((file) => COMPRESSIBLE.test(file)).map(compressFile));
      },
    },
  };
}
