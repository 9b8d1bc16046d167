import type { RequestHandler } from 'express';
import { User } from '../../db/models';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The logged-in user, reloaded on every request so role and suspension changes apply at once. */
      viewer?: User | null;
    }
  }
}

export const loadViewer: RequestHandler = async (req, _res, next) => {
  const userId = req.session?.userId;
  const user = userId ? await User.findByPk(userId) : null;
  // A removed account is logged out everywhere at its next request.
  req.viewer = user && !user.removedAt ? user : null;
  if (userId && !req.viewer) delete req.session.userId;
  next();
};
