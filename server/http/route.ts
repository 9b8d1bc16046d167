import { Router, type Request, type Response } from 'express';
import type { z, ZodType } from 'zod';
import type { User } from '../../db/models';
import type { AppContext } from '../context';
import { AppError, forbidden, fromZodError, unauthenticated } from '../errors';
import type { LimiterName } from '../middlewares/rateLimit';
import { openApiRegistry } from './openapi';

/** Who may call a route: anyone, a logged-in user, or a moderator (admins included). */
export type Access = 'public' | 'member' | 'moderator';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Schema = ZodType | undefined;
type Infer<S extends Schema> = S extends ZodType ? z.infer<S> : undefined;

export interface RouteInput<P extends Schema, Q extends Schema, B extends Schema> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  viewer: User | null;
  req: Request;
  res: Response;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  /** A body already serialised to JSON (from a cache). */
  json?: string;
}

export interface RouteDefinition<P extends Schema, Q extends Schema, B extends Schema, A extends Access> {
  method: Method;
  /** Express-style path, e.g. `/api/questions/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Per-viewer (or per-IP for public routes) limit checked before the handler runs. */
  rateLimit?: LimiterName;
  /** Suspended users may still read and manage their account, but not post, vote or flag. */
  allowSuspended?: boolean;
  responses: Record<number, string>;
  handler: (
    input: RouteInput<P, Q, B> & { viewer: A extends 'public' ? User | null : User },
  ) => Promise<RouteResult | void>;
}

function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function parse<S extends Schema>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(result.error, where);
  return result.data as Infer<S>;
}

export function isSuspended(user: User): boolean {
  return user.suspendedUntil !== null && user.suspendedUntil.getTime() > Date.now();
}

/**
 * The one way routes are declared: validation, access, rate limits and the OpenAPI document
 * all come from the same definition, so none of them can drift from the others.
 */
export class ApiRouter {
  readonly router = Router();

  constructor(readonly ctx: AppContext) {}

  route<P extends Schema, Q extends Schema, B extends Schema, A extends Access>(
    def: RouteDefinition<P, Q, B, A>,
  ): void {
    this.register(def);
    this.router[def.method](def.path, async (req, res) => {
      const viewer = req.viewer ?? null;
      if (def.access !== 'public' && !viewer) throw unauthenticated();
      if (def.access === 'moderator' && viewer && !viewer.isModerator) {
        throw forbidden('Cette action est réservée aux modérateurs.');
      }
      if (viewer && def.method !== 'get' && !def.allowSuspended && isSuspended(viewer)) {
        const until = viewer.suspendedUntil!.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
        throw forbidden(`Votre compte est suspendu jusqu’au ${until}.`, 'suspended');
      }
      const params = parse(def.params, req.params, 'params');
      const query = parse(def.query, req.query, 'query');
      const body = parse(def.body, req.body ?? {}, 'body');
      if (def.rateLimit) {
        await this.ctx.limiters.consume(def.rateLimit, viewer ? `user:${viewer.id}` : `ip:${req.ip}`);
      }
      const result = await def.handler({ params, query, body, viewer, req, res } as never);
      if (res.headersSent) return;
      const status = result?.status ?? 200;
      if (result?.json !== undefined) res.status(status).type('json').send(result.json);
      else if (result?.body === undefined) res.status(status).end();
      else res.status(status).json(result.body);
    });
  }

  private register(def: RouteDefinition<Schema, Schema, Schema, Access>): void {
    const responses: Record<string, { description: string }> = {};
    for (const [status, description] of Object.entries(def.responses)) responses[status] = { description };
    if (def.access !== 'public') responses['401'] ??= { description: 'Non connecté' };
    if (def.params || def.query || def.body) responses['400'] ??= { description: 'Données invalides' };
    openApiRegistry.registerPath({
      method: def.method,
      path: toOpenApiPath(def.path),
      summary: def.summary,
      tags: [def.tag],
      request: {
        ...(def.params ? { params: def.params as never } : {}),
        ...(def.query ? { query: def.query as never } : {}),
        ...(def.body ? { body: { content: { 'application/json': { schema: def.body } } } } : {}),
      },
      responses,
    });
  }
}

export { AppError };
