/**
 * A y-websocket message on its way out, with its WebSocket frame built once, on first use. A
 * relay to two hundred connections then frames the update once instead of once per socket,
 * and a cached sync answer of a join storm is framed once for every joiner.
 */
export class OutgoingMessage {
  private framed: Buffer | null = null;

  constructor(readonly payload: Uint8Array) {}

  /**
   * A message written straight into its frame: one allocation and one copy, for what is sent on
   * every edit. `writePayload` fills exactly `payloadLength` bytes.
   */
  static build(payloadLength: number, writePayload: (payload: Uint8Array) => void): OutgoingMessage {
    const frame = emptyFrame(payloadLength);
    const payloadStart = frame.byteOffset + frame.byteLength - payloadLength;
    const message = new OutgoingMessage(new Uint8Array(frame.buffer, payloadStart, payloadLength));
    writePayload(message.payload);
    message.framed = frame;
    return message;
  }

  /** The whole frame as it goes on the wire. */
  get frame(): Buffer {
    this.framed ??= binaryFrame(this.payload);
    return this.framed;
  }
}

/** FIN set, opcode 2: one complete binary message (RFC 6455 §5.2). */
const FIN_BINARY = 0x82;

/**
 * Frames a payload as one unmasked binary message, as a server sends it (RFC 6455 §5.2–5.3):
 * a 7-bit length, or 126 and a 16-bit length, or 127 and a 64-bit length.
 */
export function binaryFrame(payload: Uint8Array): Buffer {
  const frame = emptyFrame(payload.byteLength);
  frame.set(payload, frame.byteLength - payload.byteLength);
  return frame;
}

/** A frame with its header written and room for a payload of `length` bytes after it. */
function emptyFrame(length: number): Buffer {
  const headerLength = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  return frame;
}
