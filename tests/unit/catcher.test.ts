import { connect as tlsConnect } from 'node:tls';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startCatcher } from '../e2e/catcher';

describe('the browser tests’ catch-all server', () => {
  it('names the host of TLS (SNI) and plain HTTP connections', async () => {
    const catcher = await startCatcher(0 + 47_391);
    try {
      await new Promise<void>((resolve) => {
        const s = tlsConnect({ host: '127.0.0.1', port: 47_391, servername: 'odml.pa.googleapis.com', rejectUnauthorized: false });
        s.on('error', () => resolve());
        s.on('close', () => resolve());
      });
      await new Promise<void>((resolve) => {
        const s = connect(47_391, '127.0.0.1', () => s.write('POST /v1/log HTTP/1.1\r\nHost: example.com:80\r\n\r\n'));
        s.on('error', () => resolve());
        s.on('close', () => resolve());
      });
      expect(catcher.hosts).toEqual(['odml.pa.googleapis.com', 'example.com']);
    } finally {
      await catcher.close();
    }
  });
});
