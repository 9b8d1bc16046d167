// A cursor-paginated list (`{items, nextCursor}` of the API) with its loading and error states:
// the first page replaces the list, "Voir plus" appends the next one. A new first page aborts
// whatever the previous one was still loading.

import type { Page } from '@contracts/dto';
import { errorMessage, isAbortError } from '../../lib/api';

export type PageFetcher<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

export class PagedList<T extends { id: number }> {
  items = $state.raw<T[]>([]);
  nextCursor = $state<string | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  /** The last failure, as the API explained it (the whole list, or only its next page). */
  error = $state<unknown>(null);
  loadingMore = $state(false);
  moreError = $state('');

  #controller: AbortController | null = null;
  #fetch: PageFetcher<T> | null = null;

  get errorText(): string {
    return errorMessage(this.error);
  }

  /** Loads the first page with `fetch`, which the next pages will use too. */
  async load(fetch: PageFetcher<T>): Promise<void> {
    this.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#fetch = fetch;
    this.status = 'loading';
    this.items = [];
    this.nextCursor = null;
    this.error = null;
    this.loadingMore = false;
    this.moreError = '';
    try {
      const page = await fetch(undefined, controller.signal);
      if (controller !== this.#controller) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
    } catch (err) {
      if (controller.signal.aborted || isAbortError(err)) return;
      this.error = err;
      this.status = 'error';
    }
  }

  /** Appends the next page; returns the items it added (none after a failure). */
  async more(): Promise<T[]> {
    const controller = this.#controller;
    const fetch = this.#fetch;
    if (!controller || !fetch || !this.nextCursor || this.loadingMore) return [];
    this.loadingMore = true;
    this.moreError = '';
    try {
      const page = await fetch(this.nextCursor, controller.signal);
      if (controller !== this.#controller) return [];
      // The order can shift between two pages (new votes): never show an item twice.
      const seen = new Set(this.items.map((item) => item.id));
      const added = page.items.filter((item) => !seen.has(item.id));
      this.items = [...this.items, ...added];
      this.nextCursor = page.nextCursor;
      return added;
    } catch (err) {
      if (controller.signal.aborted || isAbortError(err)) return [];
      this.moreError = errorMessage(err);
      return [];
    } finally {
      if (controller === this.#controller) this.loadingMore = false;
    }
  }

  /** Back to nothing shown (no query). */
  reset(): void {
    this.abort();
    this.#controller = null;
    this.items = [];
    this.nextCursor = null;
    this.status = 'idle';
    this.error = null;
    this.loadingMore = false;
    this.moreError = '';
  }

  abort(): void {
    this.#controller?.abort();
  }
}
