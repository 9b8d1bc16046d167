import { OpenAPIRegistry, OpenApiGeneratorV3, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);
// Zod's own messages in French: the contract promises French errors, down to each field.
z.config(z.locales.fr());

/** Every route registers its validation schemas here: /api/openapi.json is generated from it. */
export const openApiRegistry = new OpenAPIRegistry();

let cachedDocument: unknown;

export function openApiDocument(): unknown {
  cachedDocument ??= new OpenApiGeneratorV3(openApiRegistry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'Entraide Entreprises API',
      version: '1.0.0',
      description:
        'Questions-réponses entre chefs d’entreprise. Erreurs : `{error: {code, message, details?}}`. ' +
        'Les requêtes POST, PUT, PATCH et DELETE portent l’en-tête X-CSRF-Token obtenu par GET /api/auth/session.',
    },
    servers: [{ url: '/' }],
  });
  return cachedDocument;
}
