/**
 * The start-up every loopback fake shares: route requests to an async handler (a thrown error is a 500
 * and a recorded violation), track sockets so close() can drop kept-alive connections, and listen on a
 * random port of 127.0.0.1.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export async function listenOnLoopback(
  server: Server,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  violations: string[],
  sockets: Set<Socket>,
): Promise<void> {
  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push(`server error: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
}
