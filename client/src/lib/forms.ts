// Turning an API refusal into what a form shows: one message per field, and the rest.
import { ApiError, errorMessage } from './api';

export interface FormErrors {
  /** By the body's field name (`title`, `body`…): the server's French message. */
  fields: Record<string, string>;
  /** What belongs to no field (a rate limit, a suspension, the network). */
  general: string;
}

export function formErrors(error: unknown): FormErrors {
  const fields: Record<string, string> = {};
  if (error instanceof ApiError && error.code === 'validation_failed') {
    for (const detail of error.details) {
      // The server names where a field was: `body.title`, `query.q`…
      const [where = '', name = ''] = detail.path.split('.');
      const field = ['body', 'query', 'params'].includes(where) ? name : where;
      if (field && !fields[field]) fields[field] = detail.message;
    }
    if (Object.keys(fields).length > 0) return { fields, general: '' };
  }
  return { fields, general: errorMessage(error) };
}
