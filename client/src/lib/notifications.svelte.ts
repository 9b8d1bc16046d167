// The logged-in member's unread notifications count, shown in the header: loaded with the
// session, then kept current by the `notification` events of the member's own room.

import type { Notification } from '@contracts/dto';
import { api } from './api';
import { live } from './live.svelte';

type Listener = (notification: Notification) => void;

class Notifications {
  unread = $state(0);
  readonly #listeners = new Set<Listener>();

  /** Follows the member's notifications; returns the function that stops. */
  start(): () => void {
    return live.on('notification', ({ notification }) => {
      // A grouped notification comes back unread when it gains a vote: count it once.
      if (!notification.read && !notification.updatedAt.startsWith(notification.createdAt.slice(0, 19))) {
        void this.refresh();
      } else if (!notification.read) {
        this.unread += 1;
      }
      for (const listener of this.#listeners) listener(notification);
    });
  }

  /** Pages that list notifications hear each new one as it arrives. */
  listen(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async refresh(): Promise<void> {
    try {
      const page = await api('GET /api/me/notifications', { query: { unread: 'true', limit: 1 } });
      this.unread = page.unreadCount;
    } catch {
      // The count is a convenience: the notifications page shows the real list and its errors.
    }
  }

  set(unread: number): void {
    this.unread = unread;
  }

  clear(): void {
    this.unread = 0;
  }
}

export const notifications = new Notifications();
