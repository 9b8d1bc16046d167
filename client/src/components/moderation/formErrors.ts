// The server's validation errors (400 `validation_failed`), by the body field they are about.

import { ApiError } from '../../lib/api';

/** `{note: 'La note doit compter…'}` from details such as `{path: 'body.note', message}`. */
export function bodyFieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError) || error.status !== 400) return errors;
  for (const detail of error.details) {
    const field = detail.path.startsWith('body.') ? detail.path.slice('body.'.length) : null;
    if (field && !(field in errors)) errors[field] = detail.message;
  }
  return errors;
}
