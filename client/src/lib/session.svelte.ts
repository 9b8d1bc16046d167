// Who is logged in, shared by every page: loaded once from `GET /api/auth/session`, changed by
// login, registration and logout (which also renew the live connection's identity).

import type { UserRef } from '@contracts/dto';
import type { Endpoints } from '@contracts/endpoints';
import { api, setCsrfToken } from './api';
import { live } from './live.svelte';

class Session {
  user = $state<UserRef | null>(null);
  /** False until the first answer of the server: pages that need a member wait for it. */
  ready = $state(false);
  readonly isModerator = $derived(this.user?.role === 'moderator' || this.user?.role === 'admin');

  async load(): Promise<void> {
    try {
      const info = await api('GET /api/auth/session');
      this.user = info.user;
      setCsrfToken(info.csrfToken);
    } finally {
      this.ready = true;
    }
  }

  async login(body: Endpoints['POST /api/auth/login']['body']): Promise<UserRef> {
    const { user } = await api('POST /api/auth/login', { body });
    await this.#renewed(user);
    return user;
  }

  async register(body: Endpoints['POST /api/auth/register']['body']): Promise<UserRef> {
    const { user } = await api('POST /api/auth/register', { body });
    await this.#renewed(user);
    return user;
  }

  async logout(): Promise<void> {
    await api('POST /api/auth/logout');
    await this.#renewed(null);
  }

  /** After the account was deleted on the server: forget it here too. */
  async forget(): Promise<void> {
    await this.#renewed(null);
  }

  /** Applies a change of the user's public standing (pseudonym, reputation pushed live). */
  update(changes: Partial<UserRef>): void {
    if (this.user) this.user = { ...this.user, ...changes };
  }

  async #renewed(user: UserRef | null): Promise<void> {
    this.user = user;
    // A login or logout regenerates the session, and with it the CSRF token.
    setCsrfToken(null);
    const info = await api('GET /api/auth/session');
    setCsrfToken(info.csrfToken);
    this.user = info.user;
    live.reauthenticate();
  }
}

export const session = new Session();
