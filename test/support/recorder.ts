import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A second loopback server that stands for wherever a hostile redirect points. It answers every
 * request as a willing service would and records what arrived: every TCP connection (so even a
 * TLS handshake counts) and every request with its body.
 */
export interface Recorder {
  port: number;
  url: string;
  connections(): number;
  requests(): Array<{ method: string; url: string; body: string }>;
  /** Everything that arrived, as one text to search for planted secrets. */
  everything(): string;
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  let connections = 0;
  const requests: Array<{ method: string; url: string; body: string }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(req.method === 'PUT' ? 204 : 200, { 'content-type': 'application/json' });
      res.end(req.method === 'PUT' ? undefined : '{}');
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    requests: () => [...requests],
    everything: () => JSON.stringify(requests),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The resident set size now, in bytes. */
export function rss(): number {
  return process.memoryUsage().rss;
}
