import { describe, expect, it } from 'vitest';
import * as ws from 'ws';
import { OutgoingMessage } from './OutgoingMessage.js';

interface FrameParser {
  on(event: 'message', listener: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  write(chunk: Buffer): void;
}
// ws exports the frame parser its clients use; @types/ws does not declare it.
const { Receiver } = ws as unknown as { Receiver: new (options: { isServer: boolean }) => FrameParser };

/** Reads frames as a WebSocket client does, with ws's own parser; returns the messages. */
function readAsClient(bytes: Buffer): { data: Buffer; isBinary: boolean }[] {
  const messages: { data: Buffer; isBinary: boolean }[] = [];
  const receiver = new Receiver({ isServer: false });
  receiver.on('message', (data: Buffer, isBinary: boolean) => messages.push({ data, isBinary }));
  receiver.on('error', (error: Error) => {
    throw error;
  });
  receiver.write(bytes);
  return messages;
}

const payloadOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);

describe('OutgoingMessage', () => {
  // Each length sits on a boundary of the three length encodings of RFC 6455.
  it.each([0, 1, 125, 126, 127, 65_535, 65_536, 300_000])('frames a %i-byte payload as one binary message a client reads back', (length) => {
    const payload = payloadOf(length);
    const [message, ...rest] = readAsClient(new OutgoingMessage(payload).frame);
    expect(rest).toEqual([]);
    expect(message?.isBinary).toBe(true);
    expect(Buffer.compare(message!.data, Buffer.from(payload))).toBe(0);
  });

  it.each([0, 125, 126, 65_536])('writes a %i-byte payload straight into the same frame', (length) => {
    const payload = payloadOf(length);
    const built = OutgoingMessage.build(length, (into) => into.set(payload));
    expect(built.payload).toEqual(payload);
    expect(Buffer.compare(built.frame, new OutgoingMessage(payload).frame)).toBe(0);
  });

  it('builds the frame once and reuses it for every receiver', () => {
    const message = new OutgoingMessage(payloadOf(40));
    expect(message.frame).toBe(message.frame);
  });

  it('keeps consecutive frames apart on one stream', () => {
    const first = new OutgoingMessage(payloadOf(3)).frame;
    const second = new OutgoingMessage(payloadOf(200)).frame;
    const messages = readAsClient(Buffer.concat([first, second]));
    expect(messages.map((m) => m.data.byteLength)).toEqual([3, 200]);
  });
});
