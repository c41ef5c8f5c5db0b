// A stand-in for the whole internet in browser tests: Chromium resolves every host name to this local server
// (`--host-resolver-rules`), which records which host each connection was for (TLS SNI or HTTP Host) and closes it.
import { createServer, type Server } from 'node:net';

/** The server name in a TLS ClientHello, or the Host header of a plain HTTP request, or null. */
export function hostOf(first: Buffer): string | null {
  if (first[0] === 0x16 && first.length > 43) {
    // TLS record → handshake → ClientHello: skip version and random, session id, cipher suites, compression.
    let at = 43;
    at += 1 + first[at];
    at += 2 + first.readUInt16BE(at);
    at += 1 + first[at];
    const end = at + 2 + first.readUInt16BE(at);
    at += 2;
    while (at + 4 <= end && at + 4 <= first.length) {
      const type = first.readUInt16BE(at);
      const size = first.readUInt16BE(at + 2);
      if (type === 0 && at + 9 <= first.length) {
        const nameLength = first.readUInt16BE(at + 7);
        return first.toString('ascii', at + 9, at + 9 + nameLength);
      }
      at += 4 + size;
    }
    return null;
  }
  const host = /^host:\s*([^\r\n:]+)/im.exec(first.toString('latin1'));
  return host ? host[1] : null;
}

export interface Catcher {
  /** Host names of every connection so far ('?' when the first bytes named none). */
  hosts: string[];
  close(): Promise<void>;
}

export async function startCatcher(port: number): Promise<Catcher> {
  const hosts: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (first: Buffer) => {
      hosts.push(hostOf(first) ?? '?');
      socket.destroy();
    });
    socket.setTimeout(2000, () => {
      hosts.push('?');
      socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { hosts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
