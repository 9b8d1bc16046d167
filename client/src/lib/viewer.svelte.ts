// The logged-in moderator's organisation: the session payload (a UserRef) does not carry it, and
// it tells a partner organisation's moderator (who recommends answers in its name) from the
// platform's (who checks and revokes expert badges). Read once per moderator from their profile.

import { untrack } from 'svelte';
import type { UserProfile } from '@contracts/dto';
import { api } from './api';
import { session } from './session.svelte';

type Organisation = NonNullable<UserProfile['organisation']>;

class ViewerOrganisation {
  /** Whose organisation was read (or is being read); null when nothing was asked. */
  #userId = $state<number | null>(null);
  #organisation = $state.raw<Organisation | null>(null);
  #status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');

  /** Reads the moderator's organisation, once per logged-in moderator. Call from an effect. */
  load(): void {
    const user = session.user;
    if (!user || user.role !== 'moderator') return;
    const userId = user.id;
    // What follows is not for the calling effect to track: only who is logged in is.
    untrack(() => this.#fetch(userId));
  }

  #fetch(userId: number): void {
    if (this.#userId === userId) return;
    this.#userId = userId;
    this.#organisation = null;
    this.#status = 'loading';
    api('GET /api/users/:id', { params: { id: userId } }).then(
      (profile) => {
        if (this.#userId !== userId) return;
        this.#organisation = profile.organisation;
        this.#status = 'ready';
      },
      () => {
        if (this.#userId !== userId) return;
        // Asked again on the next page that needs it.
        this.#userId = null;
        this.#status = 'error';
      },
    );
  }

  #known(): boolean {
    const user = session.user;
    return user !== null && user.role === 'moderator' && this.#userId === user.id && this.#status === 'ready';
  }

  /** The partner organisation the logged-in moderator acts for; null for everyone else. */
  get partner(): Organisation | null {
    return this.#known() ? this.#organisation : null;
  }

  /** The platform's moderators and the State's team (admins): they check and revoke badges. */
  get isPlatformModerator(): boolean {
    const user = session.user;
    if (user?.role === 'admin') return true;
    return this.#known() && this.#organisation === null;
  }
}

export const viewerOrganisation = new ViewerOrganisation();
