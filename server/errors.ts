import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Logger } from 'pino';

export interface ErrorDetail {
  path: string;
  message: string;
}

/** An error a client can act on: it becomes the contract's `{error: {code, message}}` body. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (message = 'Ressource introuvable.') => new AppError(404, 'not_found', message);
export const forbidden = (message = 'Vous n’avez pas le droit de faire cela.', code = 'forbidden') =>
  new AppError(403, code, message);
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Vous devez être connecté pour faire cela.');
export const conflict = (message: string, code = 'conflict') => new AppError(409, code, message);
export const validationFailed = (message: string, details?: ErrorDetail[]) =>
  new AppError(400, 'validation_failed', message, details);

export function fromZodError(error: ZodError, where: string): AppError {
  const details = error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = details[0];
  const message = first ? `Donnée invalide (${first.path}) : ${first.message}` : 'Données invalides.';
  return validationFailed(message, details);
}

interface HttpParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/** Errors thrown by body-parser for what a client sent: always the client's fault. */
function fromParserError(error: HttpParserError): AppError | null {
  switch (error.type) {
    case 'entity.too.large':
      return new AppError(413, 'payload_too_large', 'La requête est trop volumineuse (100 Ko au plus).');
    case 'entity.parse.failed':
      return new AppError(400, 'invalid_json', 'Le corps de la requête n’est pas un JSON valide.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(415, 'unsupported_media_type', 'Encodage de la requête non pris en charge.');
    case 'request.aborted':
      return new AppError(400, 'request_aborted', 'La requête a été interrompue.');
    default:
      // A file of the built client that does not exist (its own message names a server path).
      if (error.status === 404) return new AppError(404, 'not_found', 'Ce fichier n’existe pas.');
      if (typeof error.status === 'number' && error.status >= 400 && error.status < 500 && error.expose) {
        return new AppError(error.status, 'bad_request', 'Requête invalide.');
      }
      return null;
  }
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let appError: AppError | null = null;
    if (err instanceof AppError) appError = err;
    else if (err instanceof ZodError) appError = fromZodError(err, 'body');
    else if (err instanceof URIError && (err as HttpParserError).status === 400) {
      // The router could not percent-decode a path parameter (`/api/questions/%E0%A4%A`).
      appError = new AppError(400, 'bad_request', 'Adresse de la requête mal encodée.');
    } else if (err && typeof err === 'object') appError = fromParserError(err as HttpParserError);

    if (!appError) {
      logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
      appError = new AppError(500, 'internal_error', 'Une erreur interne est survenue. Veuillez réessayer.');
    }
    if (res.headersSent) return;
    for (const [name, value] of Object.entries(appError.headers ?? {})) res.setHeader(name, value);
    res.status(appError.status).json({
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details ? { details: appError.details } : {}),
      },
    });
  };
}
