// Turning an API refusal into what a form shows: a message on each field it is about, or one for
// the whole form.

import { ApiError, errorMessage } from './api';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormFailure<F extends string> {
  fields: FieldErrors<F>;
  /** What belongs to no field (a wrong password at login, a rate limit, the network…); empty otherwise. */
  general: string;
}

/**
 * The server says where a value was (`body.title`, `query.q`, `body.tags.0`): the field is the
 * name that follows where it was sent, whatever lies deeper (an element of a list).
 */
function fieldOf(path: string): string {
  const [where = '', name = ''] = path.split('.');
  return ['body', 'query', 'params'].includes(where) ? name : where;
}

/**
 * Maps a refusal to the form's fields: the `details` of a 400 (`body.pseudonym` → `pseudonym`),
 * and the error codes that designate one field (`pseudonym_taken` → `pseudonym`). Details about
 * no field of this form, and every other failure, are shown as a whole, with the server's
 * French message.
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
        const name = fieldOf(detail.path);
        const known = fields.find((candidate) => candidate === name);
        if (known && !found[known]) found[known] = detail.message;
      }
    }
  }
  return { fields: found, general: Object.keys(found).length > 0 ? '' : errorMessage(error) };
}

export interface SummaryEntry {
  /** The id of the field (or of the first control of a group) the error is about. */
  id: string;
  message: string;
}

/** The error summary's entries, in the form's order: each links to its field. */
export function summaryEntries<F extends string>(
  errors: FieldErrors<F>,
  ids: Record<F, string>,
  order: readonly F[],
): SummaryEntry[] {
  return order.flatMap((field) => {
    const message = errors[field];
    return message ? [{ id: ids[field], message }] : [];
  });
}
