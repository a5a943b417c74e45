/**
 * The built client, served as a production web app: each file as the Brotli or gzip copy the build
 * wrote beside it when the browser takes one, hashed assets cached for a year, and the page itself
 * (index.html, the single-page routes, anything without a hash) revalidated on every load.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { chooseEncoding, ENCODINGS } from './contentEncoding.js';

/** Vite names everything under /assets/ by content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Paths the single-page fallback never answers: the API, the sockets, and assets that are gone. */
const NOT_A_PAGE = /^\/(api|yjs|socket\.io|assets)\//;

async function isFile(file: string): Promise<boolean> {
  const stat = await fs.promises.stat(file).catch(() => null);
  return stat?.isFile() ?? false;
}

/**
 * The file a request path names inside `clientDir`, or null. Dot segments are refused: they would
 * climb out of the folder (`..`) or reach the build's manifest (`.vite/`).
 */
async function clientFile(clientDir: string, request: Request): Promise<string | null> {
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(request.path);
  } catch {
    return null; // A malformed %-escape names no file.
  }
  if (urlPath.endsWith('/') || urlPath.split('/').some((segment) => segment.startsWith('.'))) return null;
  return (await isFile(path.join(clientDir, urlPath))) ? urlPath : null;
}

async function statTag(file: string): Promise<string> {
  const { size, mtimeMs } = await fs.promises.stat(file);
  return `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}

/** Sends `relative` (a path inside `clientDir`) compressed when a copy fits, with its cache policy. */
async function sendClientFile(clientDir: string, relative: string, request: Request, response: Response): Promise<void> {
  const file = path.join(clientDir, relative);
  const available = [];
  for (const encoding of ENCODINGS) if (await isFile(file + encoding.extension)) available.push(encoding);
  const encoding = chooseEncoding(request.get('Accept-Encoding'), available);
  // The type of the original: send would name a .br file application/x-brotli.
  response.type(path.extname(relative));
  const immutable = relative.startsWith('/assets/');
  response.set('Cache-Control', immutable ? IMMUTABLE : 'no-cache');
  if (available.length > 0) response.vary('Accept-Encoding');
  if (encoding) response.set('Content-Encoding', encoding.name);
  const sent = relative + (encoding?.extension ?? '');
  // The page, sw.js and the manifest are revalidated: by an ETag of size and modification time, as
  // Express makes it (a second-grained Last-Modified misses a rebuild within the same second).
  if (!immutable) response.set('ETag', await statTag(path.join(clientDir, sent)));
  await new Promise<void>((resolve, reject) => {
    // A hashed asset is never revalidated: validators would only cost a first visit bytes.
    response.sendFile(sent, { root: clientDir, cacheControl: false, lastModified: !immutable, acceptRanges: false }, (error) => {
      // Once headers are out the failure is the client's (it went away): nothing left to answer.
      if (error && !response.headersSent) reject(error);
      else resolve();
    });
  });
}

/**
 * GET and HEAD of the client's files, and index.html for every other page path. An application of
 * its own, without Express's automatic ETags: the ~20 hashed assets of a first visit on venue
 * Wi-Fi carry no validator they would never use (`sendClientFile` tags what is revalidated).
 */
export function staticClient(clientDir: string): express.Express {
  const router = express();
  router.set('etag', false);
  router.disable('x-powered-by');
  router.get(/.*/, async (request, response, next) => {
    const relative = (await clientFile(clientDir, request)) ?? (NOT_A_PAGE.test(request.path) ? null : '/index.html');
    if (!relative) return next();
    await sendClientFile(clientDir, relative, request, response);
  });
  return router;
}
