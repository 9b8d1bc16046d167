import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { AppContext } from './context';
import { sessionMiddleware } from './middlewares/session';
import { attachRealtime, type RealtimeServer } from './realtime/server';

export interface RunningServer {
  server: Server;
  realtime: RealtimeServer;
  port: number;
  /** Stops accepting, lets requests in flight finish, closes sockets (not the context). */
  close(): Promise<void>;
}

/** The HTTP API, the web client and Socket.IO on one port, sharing one session store. */
export async function listen(ctx: AppContext, port: number, host?: string): Promise<RunningServer> {
  const session = sessionMiddleware(ctx.config, ctx.redis);
  const server = createServer(createApp(ctx, session));
  const realtime = await attachRealtime(server, ctx, session);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    realtime,
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeIdleConnections();
      // Closes every socket, then the HTTP server once its requests in flight have ended.
      await realtime.close();
    },
  };
}
