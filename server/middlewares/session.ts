import type { Request, Response } from 'express';
import session from 'express-session';
import { RedisStore } from 'connect-redis';
import type { Redis } from 'ioredis';
import type { Config } from '../config';

declare module 'express-session' {
  interface SessionData {
    userId?: number;
    csrfToken?: string;
  }
}

export const SESSION_COOKIE = 'ee.sid';
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** Sessions live in Redis so that any server instance can serve any request. */
export function sessionMiddleware(config: Config, redis: Redis) {
  return session({
    name: SESSION_COOKIE,
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicOrigin.startsWith('https://'),
      maxAge: THIRTY_DAYS_MS,
    },
  });
}

/** Tells the browser to drop its cookie and ends the request's session in Redis. */
export async function endSession(req: Request, res: Response): Promise<void> {
  res.clearCookie(SESSION_COOKIE);
  await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
}
