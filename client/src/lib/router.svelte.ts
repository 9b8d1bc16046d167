// A tiny History-API router: the current path and query as runes, navigate(), link interception
// and back/forward support.

import { tick } from 'svelte';

export type AccountTab = 'profil' | 'notifications' | 'publications' | 'donnees' | 'expert' | 'demandes-de-contact';
const ACCOUNT_TABS: readonly AccountTab[] = [
  'profil',
  'notifications',
  'publications',
  'donnees',
  'expert',
  'demandes-de-contact',
];

/** Every page of the client, by URL (French paths: they are what users see and share). */
export type Route =
  | { name: 'home' }
  | { name: 'question'; id: number }
  | { name: 'ask' }
  | { name: 'search' }
  | { name: 'themes' }
  | { name: 'profile'; id: number }
  | { name: 'register' }
  | { name: 'login' }
  | { name: 'account'; tab: AccountTab }
  | { name: 'moderation' }
  | { name: 'accessibility' }
  | { name: 'legal' }
  | { name: 'privacy' }
  | { name: 'experts' }
  | { name: 'organisations' }
  | { name: 'organisation'; slug: string }
  | { name: 'sessions' }
  | { name: 'session'; id: number }
  | { name: 'sessionPresenter'; id: number }
  | { name: 'not-found' };

const STATIC_ROUTES: Record<string, Route> = {
  '/': { name: 'home' },
  '/index.html': { name: 'home' },
  '/poser-une-question': { name: 'ask' },
  '/recherche': { name: 'search' },
  '/themes': { name: 'themes' },
  '/inscription': { name: 'register' },
  '/connexion': { name: 'login' },
  '/mon-compte': { name: 'account', tab: 'profil' },
  '/moderation': { name: 'moderation' },
  '/accessibilite': { name: 'accessibility' },
  '/mentions-legales': { name: 'legal' },
  '/donnees-personnelles': { name: 'privacy' },
  '/experts': { name: 'experts' },
  '/organisations': { name: 'organisations' },
  '/sessions': { name: 'sessions' },
};

/** Paths the client never handles itself: they belong to the server. */
const SERVER_PATHS = /^\/(api|socket\.io|healthz|readyz|metrics)(\/|$)/;

const ID = '([1-9][0-9]{0,14})';

export function matchRoute(rawPath: string): Route {
  const path = rawPath.length > 1 ? rawPath.replace(/\/$/, '') : rawPath;
  const known = STATIC_ROUTES[path];
  if (known) return known;
  const question = new RegExp(`^/questions/${ID}$`).exec(path);
  if (question?.[1]) return { name: 'question', id: Number(question[1]) };
  const profile = new RegExp(`^/utilisateurs/${ID}$`).exec(path);
  if (profile?.[1]) return { name: 'profile', id: Number(profile[1]) };
  const organisation = /^\/organisations\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(path);
  if (organisation?.[1]) return { name: 'organisation', slug: organisation[1] };
  const liveSession = new RegExp(`^/sessions/${ID}(/presenter)?$`).exec(path);
  if (liveSession?.[1]) {
    return liveSession[2]
      ? { name: 'sessionPresenter', id: Number(liveSession[1]) }
      : { name: 'session', id: Number(liveSession[1]) };
  }
  const tab = /^\/mon-compte\/([a-z]+(?:-[a-z]+)*)$/.exec(path)?.[1];
  if (tab && (ACCOUNT_TABS as readonly string[]).includes(tab)) return { name: 'account', tab: tab as AccountTab };
  return { name: 'not-found' };
}

/** Builders of the client's URLs, so that no page spells another page's path. */
export const paths = {
  home: (query: { sort?: string; tag?: string } = {}) => withQuery('/', query),
  question: (id: number, hash?: string) => `/questions/${id}${hash ? `#${hash}` : ''}`,
  answer: (questionId: number, answerId: number) => `/questions/${questionId}#reponse-${answerId}`,
  ask: '/poser-une-question',
  search: (query: { q?: string; tag?: string } = {}) => withQuery('/recherche', query),
  themes: '/themes',
  profile: (id: number) => `/utilisateurs/${id}`,
  register: '/inscription',
  login: (next?: string) => withQuery('/connexion', { suivant: next }),
  account: (tab: AccountTab = 'profil') => (tab === 'profil' ? '/mon-compte' : `/mon-compte/${tab}`),
  moderation: '/moderation',
  accessibility: '/accessibilite',
  legal: '/mentions-legales',
  privacy: '/donnees-personnelles',
  experts: (query: { theme?: string; profession?: string } = {}) => withQuery('/experts', query),
  organisations: '/organisations',
  organisation: (slug: string) => `/organisations/${slug}`,
  sessions: '/sessions',
  session: (id: number) => `/sessions/${id}`,
  sessionPresenter: (id: number) => `/sessions/${id}/presenter`,
} as const;

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
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
