import { validationFailed } from '../errors';

/** Opaque list cursors: the sort key and id of the last item sent, base64url-encoded JSON. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value)) {
    throw validationFailed('Curseur de pagination invalide : reprenez la liste depuis le début.', [
      { path: 'query.cursor', message: 'Curseur invalide' },
    ]);
  }
  return value;
}

/** PostgreSQL `integer`: ids, scores and counts; anything larger is refused before a query sees it. */
export const MAX_INT = 2_147_483_647;

export const isInt32 = (value: unknown): value is number =>
  Number.isInteger(value) && Math.abs(value as number) <= MAX_INT;

/**
 * Exactly what Date#toISOString produces, and nothing PostgreSQL could refuse: a four-digit
 * year from 0001 (PostgreSQL rejects year 0 and the signed six-digit years of JavaScript).
 */
export const isIsoInstant = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString() === value;

/** Cursors of ranked lists (search, a user's top answers), where no key orders the rows. */
export const isOffsetCursor = (value: unknown): value is { offset: number } =>
  typeof value === 'object' &&
  value !== null &&
  isInt32((value as { offset?: unknown }).offset) &&
  (value as { offset: number }).offset >= 0;
