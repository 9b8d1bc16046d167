// The benchmark's side of its client process (./clients.ts): forked, driven over IPC by
// bench/lib/clientProcess.ts; this adds the reputation benchmark's commands.
import { ForkedClientProcess } from '../lib/clientProcess';
import type { AuthorSocket, ClientCommand, ClientMessage } from './protocol';

export class ClientProcess extends ForkedClientProcess<ClientCommand, ClientMessage> {
  connected = 0;

  private constructor(root: string) {
    super(root, 'bench/reputation/clients.ts');
  }

  static async start(root: string): Promise<ClientProcess> {
    const clients = new ClientProcess(root);
    await clients.ready();
    return clients;
  }

  protected override onProgress(message: Extract<ClientMessage, { type: 'progress' }>): void {
    this.connected = message.connected;
  }

  connect(url: string, origin: string, authors: AuthorSocket[], batch: number) {
    return this.request({ type: 'connect', url, origin, authors, batch, timeoutMs: 20_000 }, 'connected');
  }
}
