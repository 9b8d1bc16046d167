// A cursor-paginated list (`{items, nextCursor}` of the API) with its loading and error states:
// the first page replaces the list, "Voir plus" appends the next one. A new first page aborts
// whatever the previous one was still loading.

import type { Page } from '@contracts/dto';
import { errorMessage, isAbortError } from './api';

export type PageFetcher<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

export interface PagedListOptions<T> {
  /** What tells two items apart; their `id` unless ids repeat across kinds (questions and answers). */
  key?: (item: T) => unknown;
  /** The order to keep when pages may meet items added live (oldest first…); the server's otherwise. */
  order?: (a: T, b: T) => number;
}

export class PagedList<T extends { id: number }> {
  /** Pages may change it in place (live updates); a new first page replaces it. */
  items = $state.raw<T[]>([]);
  nextCursor = $state<string | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  /** The last failure, as the API explained it (the whole list, or only its next page). */
  error = $state<unknown>(null);
  loadingMore = $state(false);
  moreError = $state('');

  readonly #key: (item: T) => unknown;
  readonly #order: ((a: T, b: T) => number) | undefined;
  #controller: AbortController | null = null;
  #fetch: PageFetcher<T> | null = null;

  constructor({ key = (item) => item.id, order }: PagedListOptions<T> = {}) {
    this.#key = key;
    this.#order = order;
  }

  get errorText(): string {
    return errorMessage(this.error);
  }

  /**
   * Loads the first page with `fetch`, which the next pages will use too. `quiet` (a refresh of
   * what may be stale) keeps a list already shown on screen until the new one arrives, and keeps
   * it if that fails. Resolves to whether this is still the list's latest load.
   */
  async load(fetch: PageFetcher<T>, { quiet = false } = {}): Promise<boolean> {
    this.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#fetch = fetch;
    const keepShown = quiet && this.status === 'ready';
    if (!keepShown) {
      this.status = 'loading';
      this.items = [];
      this.nextCursor = null;
      this.error = null;
    }
    this.loadingMore = false;
    this.moreError = '';
    try {
      const page = await fetch(undefined, controller.signal);
      if (controller !== this.#controller) return false;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
    } catch (err) {
      if (controller.signal.aborted || isAbortError(err) || keepShown) return controller === this.#controller;
      this.error = err;
      this.status = 'error';
    }
    return controller === this.#controller;
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
      // The order can shift between two pages (new votes), and live updates may have shown an
      // item already: never show one twice.
      const seen = new Set(this.items.map(this.#key));
      const added = page.items.filter((item) => !seen.has(this.#key(item)));
      const items = [...this.items, ...added];
      this.items = this.#order ? items.sort(this.#order) : items;
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
