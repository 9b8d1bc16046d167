// Where the login and registration pages lead once done: back to the page that sent the visitor
// there, carried in the `suivant` parameter.

import { matchRoute } from './router.svelte';

/**
 * Where to go after logging in or registering: the `suivant` parameter when it is a path of this
 * site (never `//host` or `/\host`, which browsers read as another site), else the home page.
 * The login and registration pages themselves lead home rather than back to a form.
 */
export function nextPath(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  let url: URL;
  try {
    url = new URL(raw, window.location.origin);
  } catch {
    return '/';
  }
  if (url.origin !== window.location.origin) return '/';
  const route = matchRoute(url.pathname).name;
  if (route === 'login' || route === 'register') return '/';
  return url.pathname + url.search + url.hash;
}

/** A link to `path` that keeps the `suivant` parameter, if any. */
export function withNext(path: string, next: string | null): string {
  if (!next) return path;
  return `${path}?${new URLSearchParams({ suivant: next }).toString()}`;
}
