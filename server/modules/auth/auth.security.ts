import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { CSRF_HEADER } from '../../../shared/realtime.js';
import type { Config } from '../../config.js';
import { AppError } from '../../lib/errors.js';

// Synchronizer tokens kept in the session (csrf-sync): the library's authors recommend it over
// double-submit cookies when there is a server-side session, as there is here.
const csrf = csrfSync({
  getTokenFromRequest: (req) => {
    const header = req.headers[CSRF_HEADER];
    return typeof header === 'string' ? header : undefined;
  },
});

export function csrfToken(req: Request, fresh = false): string {
  return csrf.generateToken(req, fresh);
}

export function csrfProtection(req: Request, _res: Response, next: NextFunction): void {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || csrf.isRequestValid(req)) return next();
  next(new AppError('csrf_failed', 'Your session has expired or the form is out of date. Reload the page and try again.'));
}

const tooMany = () => new AppError('rate_limited', 'Too many sign-in attempts. Please wait a few minutes and try again.');

/** Per address, all attempts; per account, failed ones only, so a user who gets in is not slowed. */
export function signInLimiters(config: Config) {
  const handler = (_req: Request, _res: Response, next: NextFunction) => next(tooMany());
  return [
    rateLimit({ windowMs: config.signIn.windowMs, limit: config.signIn.maxPerIp, standardHeaders: 'draft-8', legacyHeaders: false, handler }),
    rateLimit({
      windowMs: config.signIn.windowMs,
      limit: config.signIn.maxPerAccount,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      skipSuccessfulRequests: true,
      keyGenerator: (req) => {
        const body: unknown = req.body;
        const login = body && typeof body === 'object' && 'login' in body && typeof body.login === 'string' ? body.login : '';
        return `account:${login.trim().toLowerCase().slice(0, 254)}`;
      },
      handler,
    }),
  ];
}

/** Sign-up is cheap to abuse (argon2 costs CPU): a generous per-address cap. */
export function signUpLimiter(config: Config) {
  return rateLimit({
    windowMs: 60 * 60_000,
    limit: config.env === 'test' ? 1_000 : 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError('rate_limited', 'Too many new accounts from this address. Please try again later.')),
  });
}
