/**
 * `GET /api/workshops/:id/sections/:section/state`: a section's whole stored document as one Yjs
 * update, compressed (Brotli or gzip by `Accept-Encoding`). A device that holds nothing of the
 * section applies it before it opens its socket, whose sync then sends only what changed since;
 * so the join's big answer travels compressed while the socket, and every keystroke on it, stays
 * the stock uncompressed y-websocket protocol. Read with the same token and policy as the socket.
 */
import { Router } from 'express';
import { documentName, isSection } from '../../../shared/sections.js';
import type { RoomRegistry } from '../../collaboration/RoomRegistry.js';
import { forbidden, notFound, unauthorized } from '../../errors.js';
import { sectionReader } from '../../policies/documentPolicy.js';
import type { Store } from '../../storage/Store.js';
import { bearerToken } from '../bearer.js';
import { chooseEncoding, ENCODINGS } from '../contentEncoding.js';

/** Below this a compressed copy saves less than its header costs: such a state goes as it is. */
const COMPRESS_FROM_BYTES = 1024;

export interface SectionRoutesOptions {
  store: Store;
  rooms: RoomRegistry;
}

export function sectionRoutes({ store, rooms }: SectionRoutesOptions): Router {
  const router = Router();

  router.get('/api/workshops/:id/sections/:section/state', async (request, response) => {
    // VALIDATION: the section names are public; the socket answers an unknown one first too.
    const workshopId = String(request.params.id);
    const section = String(request.params.section);
    if (!isSection(section)) throw notFound('no such section');
    // AUTH: as the Yjs endpoint admits a socket (another workshop's token opens nothing here).
    const reading = await sectionReader(store, bearerToken(request), workshopId, section, (id) => store.loadControl(id));
    if (!reading.ok) throw reading.refusal === 'forbidden' ? forbidden('your layer does not open this section') : unauthorized('invalid token');
    const { identity } = reading;
    // RESOLUTION: stored content only, after every update received before this request.
    const state = await rooms.read(documentName(workshopId, section), identity, (room) => room.wholeState());
    const encoding = state.update.byteLength < COMPRESS_FROM_BYTES ? null : chooseEncoding(request.get('accept-encoding'), ENCODINGS);
    const body = encoding ? await state.compressed(encoding.name) : Buffer.from(state.update.buffer, state.update.byteOffset, state.update.byteLength);
    response.set('Content-Type', 'application/octet-stream');
    if (encoding) response.set('Content-Encoding', encoding.name);
    response.set('Vary', 'Accept-Encoding');
    // A participant's content, fetched with a bearer token: no cache may keep it.
    response.set('Cache-Control', 'no-store');
    response.send(body);
  });

  return router;
}
