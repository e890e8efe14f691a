import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** One unmasked server frame (RFC 6455 §5.2): FIN set, the given opcode, any payload length. */
function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (n >= 126) {
    head[0] = 0x80 | opcode;
    head[1] = n < 65536 ? 126 : 127;
    if (n < 65536) head.writeUInt16BE(n, 2);
    else head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Reads the masked frames a client sends; returns the frames complete so far and what is left over. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let at = 0;
  while (buffer.length - at >= 2) {
    const opcode = buffer[at]! & 0x0f;
    let length = buffer[at + 1]! & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      if (buffer.length < offset + 2) break;
      length = buffer.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) {
      if (buffer.length < offset + 8) break;
      length = Number(buffer.readBigUInt64BE(offset));
      offset += 8;
    }
    if (buffer.length < offset + 4 + length) break;
    const mask = buffer.subarray(offset, offset + 4);
    const payload = Buffer.from(buffer.subarray(offset + 4, offset + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
    frames.push({ opcode, payload });
    at = offset + 4 + length;
  }
  return { frames, rest: buffer.subarray(at) };
}

/**
 * A loopback stand-in for Slack's Socket Mode endpoint: the smallest WebSocket server that speaks
 * text frames, pings and the close handshake. It greets each connection with Socket Mode's
 * "hello", and records the JSON messages (acknowledgements) the app sends back.
 */
export async function startSocketModeServer() {
  const received: Record<string, unknown>[] = [];
  const events = new EventEmitter();
  const sockets = new Set<Duplex>();
  const server = createServer((_, res) => res.writeHead(426).end());
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const f of frames) {
        if (f.opcode === 0x1) {
          received.push(JSON.parse(f.payload.toString('utf8')));
          events.emit('message');
        } else if (f.opcode === 0x9) socket.write(frame(0xa, f.payload));
        else if (f.opcode === 0x8) {
          socket.write(frame(0x8, f.payload.subarray(0, 2)));
          socket.end();
        }
      }
    });
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1 }))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/link`,
    received,
    /** Sends a Socket Mode envelope to every connected client. */
    send: (message: Record<string, unknown>) => {
      for (const s of sockets) s.write(frame(0x1, Buffer.from(JSON.stringify(message))));
    },
    connections: () => sockets.size,
    /** Resolves with the first received message matching `check`. */
    waitFor: (check: (m: Record<string, unknown>) => boolean, ms = 5000) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const look = () => {
          const found = received.find(check);
          if (!found) return;
          events.off('message', look);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          events.off('message', look);
          reject(new Error('socket mode stand-in: no matching message'));
        }, ms);
        events.on('message', look);
        look();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
