import { Router, type Request } from 'express';
import type { Authenticator } from './passport.js';
import { setupSchema, signInSchema, signUpSchema, type SessionDTO } from '../../../shared/api.js';
import type { AppDeps } from '../../deps.js';
import type { UserRow } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import { input, validate } from '../../lib/validate.js';
import { presentUser } from '../users/user.presenter.js';
import { csrfToken, signInLimiters, signUpLimiter } from './auth.security.js';
import { completeSetup, isSetupRequired, signUp } from './auth.service.js';

async function sessionBody(deps: AppDeps, req: Request, fresh = false): Promise<SessionDTO> {
  return {
    user: req.user ? presentUser(req.user) : null,
    csrfToken: csrfToken(req, fresh),
    setupRequired: await isSetupRequired(deps.db),
  };
}

/** Passport regenerates the session id at sign-in (no fixation); the CSRF token is renewed with it. */
function logIn(req: Request, user: UserRow): Promise<void> {
  return new Promise((resolve, reject) => req.logIn(user, (err) => (err ? reject(err) : resolve())));
}

export function authRoutes(deps: AppDeps, passport: Authenticator): Router {
  const router = Router();

  router.get('/session', async (req, res) => {
    res.json(await sessionBody(deps, req));
  });

  router.post('/auth/signup', signUpLimiter(deps.config), validate('body', signUpSchema), async (req, res) => {
    const user = await signUp(deps.db, input(req, 'body', signUpSchema));
    await logIn(req, user);
    deps.logger.info({ userId: user.id }, 'account created');
    res.status(201).json(await sessionBody(deps, req, true));
  });

  router.post('/auth/signin', ...signInLimiters(deps.config), validate('body', signInSchema), async (req, res) => {
    const user = await new Promise<UserRow | false>((resolve, reject) => {
      passport.authenticate('local', { session: false }, (err: unknown, found: UserRow | false) =>
        err ? reject(err) : resolve(found),
      )(req, res, () => undefined);
    });
    if (!user) throw new AppError('unauthenticated', 'That username or password is not right.');
    await logIn(req, user);
    res.json(await sessionBody(deps, req, true));
  });

  router.post('/auth/signout', async (req, res) => {
    const userId = req.user?.id;
    await new Promise<void>((resolve, reject) => req.logOut((err) => (err ? reject(err) : resolve())));
    if (userId) deps.hub.disconnectUser(userId);
    res.json(await sessionBody(deps, req, true));
  });

  router.post('/setup', validate('body', setupSchema), async (req, res) => {
    const admin = await completeSetup(deps.db, input(req, 'body', setupSchema));
    await logIn(req, admin);
    deps.logger.info({ userId: admin.id }, 'first administrator created');
    res.status(201).json(await sessionBody(deps, req, true));
  });

  return router;
}
