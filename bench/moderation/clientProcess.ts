// The benchmark's side of its client process (./clients.ts): forked, driven over IPC by
// bench/lib/clientProcess.ts; this adds the moderation benchmark's commands.
import { ForkedClientProcess } from '../lib/clientProcess';
import type { AuthorSocket, ClientCommand, ClientMessage } from './protocol';

// The server allows 50 rooms per socket and 40 subscriptions per 10 s (server/realtime/server.ts).
const ROOMS_PER_OBSERVER = 25;

export class ClientProcess extends ForkedClientProcess<ClientCommand, ClientMessage> {
  private constructor(root: string) {
    super(root, 'bench/moderation/clients.ts');
  }

  static async start(root: string): Promise<ClientProcess> {
    const clients = new ClientProcess(root);
    await clients.ready();
    return clients;
  }

  connect(options: { url: string; origin: string; authors: AuthorSocket[]; rooms: string[]; batch: number }) {
    return this.request(
      { type: 'connect', ...options, roomsPerObserver: ROOMS_PER_OBSERVER, timeoutMs: 20_000 },
      'connected',
    );
  }

  reset() {
    return this.request({ type: 'reset' }, 'reset');
  }
}
