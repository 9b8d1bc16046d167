// What the account forms share: turning an API refusal into field errors, and where to go
// after logging in.

import { ApiError, errorMessage } from '../../lib/api';
import { matchRoute } from '../../lib/router.svelte';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormFailure<F extends string> {
  fields: FieldErrors<F>;
  /** What belongs to no field (a wrong password at login, a rate limit…); empty otherwise. */
  general: string;
}

/**
 * Maps a refusal to the form's fields: the `details` of a 400 (`body.pseudonym` → `pseudonym`),
 * and the error codes that designate one field (`pseudonym_taken` → `pseudonym`). The rest is
 * shown as a whole, with the server's French message.
 */
export function formFailure<F extends string>(
  error: unknown,
  fields: readonly F[],
  byCode: Partial<Record<string, F>> = {},
): FormFailure<F> {
  const found: FieldErrors<F> = {};
  if (error instanceof ApiError) {
    const field = byCode[error.code];
    if (field) return { fields: { [field]: error.message } as FieldErrors<F>, general: '' };
    if (error.status === 400) {
      for (const detail of error.details) {
        const name = detail.path.replace(/^body\./, '');
        const known = fields.find((candidate) => candidate === name);
        if (known && !found[known]) found[known] = detail.message;
      }
    }
  }
  return { fields: found, general: Object.keys(found).length > 0 ? '' : errorMessage(error) };
}

/** The summary's entries, in the form's order: each links to its field. */
export function summaryEntries<F extends string>(
  errors: FieldErrors<F>,
  ids: Record<F, string>,
  order: readonly F[],
): { id: string; message: string }[] {
  return order.flatMap((field) => {
    const message = errors[field];
    return message ? [{ id: ids[field], message }] : [];
  });
}

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
