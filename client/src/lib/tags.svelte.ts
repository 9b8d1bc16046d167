// The themes (tags) from GET /api/tags, loaded once and shared by every page.

import type { Tag } from '@contracts/dto';
import { api } from './api';

class TagStore {
  list = $state.raw<Tag[]>([]);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  readonly #names = $derived(new Map(this.list.map((tag) => [tag.slug, tag.name])));
  #pending: Promise<void> | null = null;

  /** Loads the themes once; call again after a failure to retry. */
  load(): Promise<void> {
    this.#pending ??= this.#fetch();
    return this.#pending;
  }

  async #fetch(): Promise<void> {
    this.status = 'loading';
    try {
      this.list = await api('GET /api/tags');
      this.status = 'ready';
    } catch {
      this.status = 'error';
      this.#pending = null;
    }
  }

  /** The display name of a theme, or its slug until the themes are loaded. */
  name(slug: string): string {
    return this.#names.get(slug) ?? slug;
  }
}

export const tags = new TagStore();
