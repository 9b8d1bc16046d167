// A page about one thing (an organisation, a profile, a live session): loading, then shown, not
// found (a 404: the page says so and offers a way back) or failed (the API's message, and « Réessayer »).

import { ApiError, errorMessage, isAbortError } from './api';

export type PageStatus = 'loading' | 'ready' | 'not-found' | 'error';

export interface PageState {
  status: PageStatus;
  /** The last failure's message, shown while `status` is `error`. */
  error: string;
}

/**
 * Loads the page's thing with `fetch` and hands it to `show`. Once `signal` is aborted a newer
 * load owns the page: this one changes nothing more.
 */
export async function loadPage<T>(
  page: PageState,
  fetch: (signal: AbortSignal) => Promise<T>,
  show: (found: T) => void,
  signal: AbortSignal,
): Promise<void> {
  page.status = 'loading';
  try {
    const found = await fetch(signal);
    if (signal.aborted) return;
    show(found);
    page.status = 'ready';
  } catch (err) {
    if (signal.aborted || isAbortError(err)) return;
    if (err instanceof ApiError && err.status === 404) {
      page.status = 'not-found';
    } else {
      page.error = errorMessage(err);
      page.status = 'error';
    }
  }
}

export class PageLoader<T> implements PageState {
  /** Pages may change it in place (after an action on it); a new load replaces it. */
  data = $state.raw<T | null>(null);
  status = $state<PageStatus>('loading');
  error = $state('');
  #reloads = $state(0);

  /**
   * To create while a page initialises: loads at once, again whenever what `fetch` reads before it
   * awaits changes (the route's parameters) and on `reload()`, and stops with the page.
   */
  constructor(fetch: (signal: AbortSignal) => Promise<T>) {
    $effect(() => {
      void this.#reloads;
      const controller = new AbortController();
      void loadPage(this, fetch, (found) => (this.data = found), controller.signal);
      return () => controller.abort();
    });
  }

  reload(): void {
    this.#reloads++;
  }
}
