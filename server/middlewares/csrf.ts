import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A visitor's session only carries a CSRF token: it need not outlive a day in Redis. */
const VISITOR_SESSION_MS = 24 * 60 * 60 * 1000;

/** The session's CSRF token, created on first use. */
export function csrfTokenFor(req: Request): string {
  if (!req.session.csrfToken) {
    req.session.csrfToken = randomBytes(24).toString('base64url');
    if (!req.session.userId) req.session.cookie.maxAge = VISITOR_SESSION_MS;
  }
  return req.session.csrfToken;
}

function sameToken(expected: string | undefined, given: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Every state-changing request carries the session's token in X-CSRF-Token (synchroniser token). */
export const csrfProtection: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  if (!sameToken(req.session.csrfToken, req.get('x-csrf-token'))) {
    return next(
      new AppError(403, 'csrf', 'Jeton de sécurité (CSRF) absent ou invalide. Rechargez la page et réessayez.'),
    );
  }
  next();
};
