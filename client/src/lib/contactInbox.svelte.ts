// How many contact requests a verified expert has not read yet, shown next to the tab's name in
// the account menu: read when the menu shows, after each new `contact_request` notification, and
// set by the tab that lists them.

import { api } from './api';
import { notifications } from './notifications.svelte';
import { session } from './session.svelte';

class ContactInbox {
  unread = $state(0);

  /** Whether the logged-in user receives contact requests at all. */
  get available(): boolean {
    return !!session.user?.expert?.verified;
  }

  async refresh(): Promise<void> {
    if (!this.available) {
      this.unread = 0;
      return;
    }
    try {
      const page = await api('GET /api/me/contact-requests', { query: { unread: 'true', limit: 1 } });
      this.unread = page.unreadCount;
    } catch {
      // A convenience: the tab shows the real list and its errors.
    }
  }

  set(unread: number): void {
    this.unread = unread;
  }

  /** Follows new requests through the notifications; returns the function that stops. */
  follow(): () => void {
    return notifications.listen((notification) => {
      if (notification.kind === 'contact_request') void this.refresh();
    });
  }
}

export const contactInbox = new ContactInbox();
