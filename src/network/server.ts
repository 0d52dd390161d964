// The network workload's default target: an HTTP server on 127.0.0.1 that answers a ~1.2 KiB
// page after `latencyMs`, like a WAN round trip, so no benchmark traffic leaves the machine.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const PAGE = Buffer.from(
  `<!doctype html><html><head><title>concurrency-bench</title></head><body><p>${'Loopback page served by concurrency-bench for the network workload. '.repeat(17)}</p></body></html>\n`,
);
// Bounds, so that nothing (a runaway workload, another local process) can make the server hold
// much: connections, header size, how long a request may take, and no request bodies at all.
const MAX_CONNECTIONS = 1024;
const MAX_HEADER_BYTES = 8 * 1024;

export interface LoopbackServer {
  url: string;
  close(): Promise<void>;
}

export async function startLoopbackServer(latencyMs: number): Promise<LoopbackServer> {
  // Imported here: loading node:http costs ~25 ms of start-up, wasted on runs without it.
  const { createServer } = await import('node:http');
  const server: Server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
    const hasBody =
      Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || hasBody) {
      response.writeHead(405, { allow: 'GET', connection: 'close' });
      response.end();
      request.destroy();
      return;
    }
    const timer = setTimeout(() => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': PAGE.length, connection: 'close' });
      response.end(PAGE);
    }, latencyMs);
    response.on('close', () => clearTimeout(timer));
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  // the URL names the address the socket is really bound to, so a test of it checks the binding
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
