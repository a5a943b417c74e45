/**
 * What a page really transferred over the network, read from Chromium's DevTools protocol:
 * `Network.loadingFinished`'s encodedDataLength is the bytes on the wire for one response
 * (headers and the body as sent, compressed or not). WebSocket frames are counted apart.
 */
import type { Page } from 'playwright-core';

export interface Transfer {
  url: string;
  /** The DevTools resource type: Document, Script, Stylesheet, Font, XHR, Fetch… */
  type: string;
  encoding: string;
  bytes: number;
}

export interface TransferLog {
  /** Every HTTP response that finished loading, in order. */
  responses(): Transfer[];
  /** Payload bytes of WebSocket frames received (Yjs sync, Socket.io). */
  webSocketBytes(): number;
}

/** Starts recording on `page`; call before the first navigation. */
export async function recordTransfer(page: Page): Promise<TransferLog> {
  const cdp = await page.context().newCDPSession(page);
  const pending = new Map<string, Omit<Transfer, 'bytes'>>();
  const finished: Transfer[] = [];
  let webSocketBytes = 0;
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    pending.set(requestId, { url: response.url, type, encoding: headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = pending.get(requestId);
    if (response) finished.push({ ...response, bytes: encodedDataLength });
  });
  // Text frames count their UTF-8 bytes; binary frames come base64-encoded (3 bytes per 4 characters).
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    webSocketBytes += response.opcode === 1 ? Buffer.byteLength(response.payloadData) : Math.floor((response.payloadData.length * 3) / 4);
  });
  await cdp.send('Network.enable');
  return { responses: () => [...finished], webSocketBytes: () => webSocketBytes };
}
