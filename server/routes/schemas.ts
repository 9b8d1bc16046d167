import { z } from 'zod';
import '../http/openapi';
import { MAX_INT } from '../queries/cursor';

// Field rules of the contract (../shared/API.md, "Limits"), with the French messages users see.

/** Rejects what PostgreSQL would refuse to store (NUL) and invisible control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const noControlCharacters = (value: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value);

// The length refinement is invisible to the OpenAPI generator: `.openapi()` publishes the limits.
export function text(label: string, min: number, max: number) {
  return z
    .string({ error: `${label} doit être un texte.` })
    .refine(noControlCharacters, { error: `${label} contient des caractères non autorisés.` })
    .transform((value) => value.trim())
    .refine((value) => value.length >= min && value.length <= max, {
      error: `${label} doit compter entre ${min} et ${max.toLocaleString('fr-FR')} caractères.`,
    })
    .openapi({ minLength: min, maxLength: max });
}

export const id = z.coerce
  .number({ error: 'Identifiant invalide.' })
  .int({ error: 'Identifiant invalide.' })
  .min(1, { error: 'Identifiant invalide.' })
  .max(MAX_INT, { error: 'Identifiant invalide.' });

export const idParams = z.object({ id });

export const tagSlug = z
  .string({ error: 'Thème invalide.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Thème invalide.' })
  .max(60, { error: 'Thème invalide.' });

export const questionTitle = text('Le titre', 15, 150);
export const postBody = text('Le texte', 20, 30_000);
export const questionTags = z
  .array(tagSlug, { error: 'Les thèmes doivent être une liste.' })
  .min(1, { error: 'Choisissez au moins un thème.' })
  .max(5, { error: 'Choisissez au plus 5 thèmes.' });

export const pseudonym = z.string({ error: 'Le pseudonyme doit être un texte.' }).regex(/^[A-Za-z0-9._-]{3,30}$/, {
  error: 'Le pseudonyme doit compter de 3 à 30 lettres, chiffres, tirets, points ou soulignés (sans espace ni accent).',
});

export const email = z
  .string({ error: 'L’adresse électronique doit être un texte.' })
  .trim()
  .max(254, { error: 'L’adresse électronique est trop longue.' })
  .pipe(z.email({ error: 'L’adresse électronique n’est pas valide.' }));

export const password = z
  .string({ error: 'Le mot de passe doit être un texte.' })
  .min(10, { error: 'Le mot de passe doit compter au moins 10 caractères.' })
  .max(200, { error: 'Le mot de passe doit compter au plus 200 caractères.' });

/** A password typed to prove who one is: checked against the hash, so only its size is limited. */
export const currentPassword = z
  .string({ error: 'Le mot de passe doit être un texte.' })
  .min(1, { error: 'Indiquez votre mot de passe.' })
  .max(200, { error: 'Le mot de passe doit compter au plus 200 caractères.' });

export const pagination = {
  limit: z.coerce
    .number({ error: 'La limite doit être un nombre.' })
    .int({ error: 'La limite doit être un entier.' })
    .min(1, { error: 'La limite doit être comprise entre 1 et 100.' })
    .max(100, { error: 'La limite doit être comprise entre 1 et 100.' })
    .default(20),
  cursor: z.string().max(500, { error: 'Curseur invalide.' }).optional(),
};

export const targetType = z.enum(['question', 'answer'], {
  error: 'Le type de cible doit être « question » ou « answer ».',
});

export const voteBody = z.object({
  value: z.union([z.literal(1), z.literal(-1), z.literal(0)], {
    error: 'Le vote doit valoir 1 (pour), -1 (contre) ou 0 (retirer son vote).',
  }),
});

export const anonymousFlag = z.boolean({ error: 'Le champ « anonymous » doit être vrai ou faux.' }).default(false);
