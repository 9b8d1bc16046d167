import { z } from 'zod';
import type { Request } from 'express';
import type { ApiRouter } from '../http/route';
import { authenticate, userRegistrar } from '../commands/userRegistrar';
import { csrfTokenFor } from '../middlewares/csrf';
import { endSession } from '../middlewares/session';
import { presentUserRef } from '../presenters';
import { AppError } from '../errors';
import { currentPassword, email, password, pseudonym } from './schemas';
import type { User } from '../../db/models';

/** A new session id at each login (no fixation), keeping the CSRF token the page already holds. */
async function startSession(req: Request, user: User): Promise<void> {
  const csrfToken = req.session.csrfToken;
  await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  req.session.userId = user.id;
  req.session.csrfToken = csrfToken ?? csrfTokenFor(req);
  await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

export function authRoutes(api: ApiRouter): void {
  const { sequelize, limiters } = api.ctx;

  api.route({
    method: 'get',
    path: '/api/auth/session',
    summary: 'La session en cours et son jeton CSRF',
    tag: 'Compte',
    access: 'public',
    responses: { 200: '{user | null, csrfToken}' },
    handler: async ({ req, viewer }) => ({
      body: { user: viewer ? presentUserRef(viewer) : null, csrfToken: csrfTokenFor(req) },
    }),
  });

  api.route({
    method: 'post',
    path: '/api/auth/register',
    summary: 'Créer un compte (et se connecter)',
    tag: 'Compte',
    access: 'public',
    body: z.object({ email, password, pseudonym }),
    responses: { 201: '{user}', 409: 'Pseudonyme ou adresse déjà utilisés', 429: 'Trop de tentatives' },
    handler: async ({ req, body }) => {
      await limiters.consume('registerPerIp', `ip:${req.ip}`);
      const user = await userRegistrar(sequelize, body);
      await startSession(req, user);
      return { status: 201, body: { user: presentUserRef(user) } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Se connecter',
    tag: 'Compte',
    access: 'public',
    allowSuspended: true,
    body: z.object({ email, password: currentPassword }),
    responses: { 200: '{user}', 401: 'Identifiants incorrects', 429: 'Trop de tentatives' },
    handler: async ({ req, body }) => {
      const emailKey = `email:${body.email.toLowerCase()}`;
      await limiters.consume('loginPerIp', `ip:${req.ip}`);
      await limiters.consume('loginPerEmail', emailKey);
      const user = await authenticate(body.email, body.password);
      if (!user) throw new AppError(401, 'invalid_credentials', 'Adresse électronique ou mot de passe incorrect.');
      if (user.removedAt) {
        throw new AppError(403, 'account_removed', 'Ce compte a été supprimé par l’équipe de modération.');
      }
      await limiters.reset('loginPerEmail', emailKey);
      await startSession(req, user);
      return { body: { user: presentUserRef(user) } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Se déconnecter',
    tag: 'Compte',
    access: 'public',
    allowSuspended: true,
    responses: { 204: 'Déconnecté' },
    handler: async ({ req, res }) => {
      await endSession(req, res);
      return { status: 204 };
    },
  });
}
