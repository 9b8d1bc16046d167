// A tiny History-API router: the current path and query as runes, navigate(), link interception
// and back/forward support.

import { tick } from 'svelte';

export type Route = { name: 'home' } | { name: 'question'; id: number } | { name: 'not-found' };

/** Paths the client never handles itself: they belong to the server. */
const SERVER_PATHS = /^\/(api|socket\.io|healthz|readyz|metrics)(\/|$)/;

export function matchRoute(path: string): Route {
  if (path === '/' || path === '/index.html') return { name: 'home' };
  const question = /^\/questions\/([1-9][0-9]{0,14})\/?$/.exec(path);
  if (question?.[1]) return { name: 'question', id: Number(question[1]) };
  return { name: 'not-found' };
}

export interface NavigateOptions {
  replace?: boolean;
}

class Router {
  path = $state(window.location.pathname);
  search = $state(window.location.search);
  readonly query = $derived(new URLSearchParams(this.search));
  readonly route = $derived(matchRoute(this.path));

  /** Goes to an internal URL without reloading the page. */
  navigate(href: string, options: NavigateOptions = {}): void {
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || SERVER_PATHS.test(url.pathname)) {
      window.location.assign(url.href);
      return;
    }
    const pathChanged = url.pathname !== this.path;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    this.#sync();
    if (pathChanged) void this.#focusContent(url.hash);
  }

  /** Listens to link clicks and back/forward; returns the function that stops listening. */
  start(): () => void {
    const onClick = (event: MouseEvent) => this.#onClick(event);
    const onPopState = () => this.#sync();
    document.addEventListener('click', onClick);
    window.addEventListener('popstate', onPopState);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('popstate', onPopState);
    };
  }

  #sync(): void {
    this.path = window.location.pathname;
    this.search = window.location.search;
  }

  /** After a page change, moves the keyboard focus (and screen readers) to the new content. */
  async #focusContent(hash: string): Promise<void> {
    await tick();
    const target = (hash && document.getElementById(decodeURIComponent(hash.slice(1)))) || null;
    if (target) {
      target.scrollIntoView();
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('contenu')?.focus({ preventScroll: true });
  }

  #onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('href') || link.hasAttribute('download')) return;
    if (link.target && link.target !== '_self') return;
    if (/\bexternal\b/.test(link.rel)) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || SERVER_PATHS.test(url.pathname)) return;
    // Same page, different anchor (such as the skip link): the browser does it best.
    if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search + url.hash);
  }
}

export const router = new Router();
