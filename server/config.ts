// Every setting the processes read, from the environment, in one place (documented in .env.example).
import { loadReputationRules, type ReputationRules } from './reputation/rules';

export interface RateLimit {
  /** Requests allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
}

export interface RateLimits {
  enabled: boolean;
  loginPerIp: RateLimit;
  loginPerEmail: RateLimit;
  registerPerIp: RateLimit;
  questionPerUser: RateLimit;
  answerPerUser: RateLimit;
  votePerUser: RateLimit;
  flagPerUser: RateLimit;
  editPerUser: RateLimit;
  exportPerUser: RateLimit;
  contactPerUser: RateLimit;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  sessionSecret: string;
  /** Origins allowed to send cookies-bearing requests and open websockets. */
  publicOrigin: string;
  /**
   * The client's look: `etat`, the State's design system with the Marianne block (gouv.fr), or
   * `neutre` for a deployment outside gouv.fr (the design system reserves that identity).
   */
  brand: 'etat' | 'neutre';
  trustProxy: boolean;
  logLevel: string;
  rateLimits: RateLimits;
  reputation: ReputationRules;
  moderation: ModerationSettings;
}

export interface ModerationSettings {
  /** Posts by one author that make a flood (defaults: workers/moderation/checks/flooding.ts). */
  floodPerMinute?: number;
  floodPerHour?: number;
}

function optionalInt(name: string): number | undefined {
  return process.env[name] ? intFrom(name, 1) : undefined;
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} doit être un entier positif (reçu « ${raw} »)`);
  }
  return value;
}

function limitFrom(name: string, points: number, duration: number): RateLimit {
  return { points: intFrom(`RATE_LIMIT_${name}`, points), duration };
}

export function loadRateLimits(): RateLimits {
  return {
    // RATE_LIMITS=off lifts every limit: only for load tests on a private machine.
    enabled: process.env.RATE_LIMITS !== 'off',
    loginPerIp: limitFrom('LOGIN_PER_IP', 30, 15 * 60),
    loginPerEmail: limitFrom('LOGIN_PER_EMAIL', 8, 15 * 60),
    registerPerIp: limitFrom('REGISTER_PER_IP', 10, 60 * 60),
    questionPerUser: limitFrom('QUESTION_PER_USER', 10, 60 * 60),
    answerPerUser: limitFrom('ANSWER_PER_USER', 30, 60 * 60),
    votePerUser: limitFrom('VOTE_PER_USER', 120, 60),
    flagPerUser: limitFrom('FLAG_PER_USER', 30, 24 * 60 * 60),
    editPerUser: limitFrom('EDIT_PER_USER', 60, 60 * 60),
    // A full export reads every row the user has: a few an hour is plenty for a person.
    exportPerUser: limitFrom('EXPORT_PER_USER', 5, 60 * 60),
    // Asking experts to be contacted: a few a day is what a business owner needs, and it keeps
    // experts' inboxes from being flooded.
    contactPerUser: limitFrom('CONTACT_PER_USER', 5, 24 * 60 * 60),
  };
}

export function loadConfig(): Config {
  const env = (process.env.NODE_ENV ?? 'development') as Config['env'];
  const port = intFrom('PORT', 3000);
  const sessionSecret = process.env.SESSION_SECRET ?? '';
  if (env === 'production' && sessionSecret.length < 32) {
    throw new Error('SESSION_SECRET doit compter au moins 32 caractères en production');
  }
  return {
    env,
    port,
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/entraide',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    sessionSecret: sessionSecret || 'dev-only-secret-change-me-in-production',
    publicOrigin: process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
    brand: process.env.BRAND === 'neutre' ? 'neutre' : 'etat',
    trustProxy: process.env.TRUST_PROXY === 'true',
    logLevel: process.env.LOG_LEVEL ?? (env === 'test' ? 'silent' : 'info'),
    rateLimits: loadRateLimits(),
    reputation: loadReputationRules(),
    moderation: {
      floodPerMinute: optionalInt('MODERATION_FLOOD_PER_MINUTE'),
      floodPerHour: optionalInt('MODERATION_FLOOD_PER_HOUR'),
    },
  };
}
