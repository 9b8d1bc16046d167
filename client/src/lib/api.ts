// Typed access to the HTTP API described in shared/API.md: `api('POST /api/questions', {body})`
// takes and returns the shapes of server/contracts/endpoints.ts, and sends the CSRF token.

import type { ApiErrorBody } from '@contracts/dto';
import type { EndpointKey, Endpoints } from '@contracts/endpoints';
import { msg } from './messages';

type ErrorDetails = NonNullable<ApiErrorBody['error']['details']>;

/** An API failure: the contract's error `code` and its French `message`, ready to show. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetails;

  constructor(status: number, code: string, message: string, details: ErrorDetails = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The French message to show for any error thrown while talking to the API. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : msg.errors.generic;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

function fallbackMessage(status: number): string {
  return msg.errors.byStatus[status] ?? (status >= 500 ? msg.errors.byStatus[500] : undefined) ?? msg.errors.generic;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch (error) {
    if (isAbortError(error)) throw error;
  }
  if (isApiErrorBody(body)) {
    const { code, message, details } = body.error;
    return new ApiError(response.status, code, message || fallbackMessage(response.status), details);
  }
  return new ApiError(
    response.status,
    response.status === 404 ? 'not_found' : 'http_error',
    fallbackMessage(response.status),
  );
}

type Field<K extends EndpointKey, F extends string> = Endpoints[K] extends Record<F, infer T> ? T : never;
type HasField<K extends EndpointKey, F extends string> = F extends unknown
  ? Endpoints[K] extends Record<F, unknown>
    ? F
    : never
  : never;

/** What a call needs: its path parameters, query and body, each only where the endpoint has one. */
export type CallOptions<K extends EndpointKey> = RequestOptions & {
  [F in HasField<K, 'params' | 'body'>]: Field<K, F>;
} & { [F in HasField<K, 'query'>]?: Field<K, F> };

export type ApiResponse<K extends EndpointKey> = Endpoints[K]['response'];

/** Optional argument when the endpoint needs neither parameters nor a body. */
type Args<K extends EndpointKey> =
  HasField<K, 'params' | 'body'> extends never ? [options?: CallOptions<K>] : [options: CallOptions<K>];

let csrfToken: string | null = null;

/** Set by the session store from `GET /api/auth/session` (and again after each login). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function freshCsrfToken(): Promise<string> {
  const session = await api('GET /api/auth/session');
  csrfToken = session.csrfToken;
  return session.csrfToken;
}

export function buildPath(template: string, params: object | undefined, query: object | undefined): string {
  const values = (params ?? {}) as Record<string, unknown>;
  const path = template.replace(/:([a-zA-Z]+)/g, (_, name: string) => encodeURIComponent(String(values[name])));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(method: string, url: string, body: unknown, options: RequestOptions): Promise<globalThis.Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = csrfToken ?? (await freshCsrfToken());
    if (body !== undefined) headers['Content-Type'] = 'application/json';
  }
  try {
    return await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(0, 'network_error', msg.errors.network);
  }
}

/**
 * Calls one endpoint of the contract; throws `ApiError` on any failure (an abort is rethrown as
 * is). A `csrf` refusal (the session changed in another tab) is retried once with a fresh token.
 */
export async function api<K extends EndpointKey>(key: K, ...[options]: Args<K>): Promise<ApiResponse<K>> {
  const [method = 'GET', template = ''] = key.split(' ');
  const opts = (options ?? {}) as RequestOptions & { params?: object; query?: object; body?: unknown };
  const url = buildPath(template, opts.params, opts.query);
  let response = await send(method, url, opts.body, opts);
  if (response.status === 403 && method !== 'GET') {
    const error = await toApiError(response.clone());
    if (error.code === 'csrf') {
      await freshCsrfToken();
      response = await send(method, url, opts.body, opts);
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as ApiResponse<K>;
  try {
    return (await response.json()) as ApiResponse<K>;
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(response.status, 'invalid_response', msg.errors.invalidResponse);
  }
}
