import type { NextFunction, Request, Response } from 'express';
import { IDEMPOTENCY_HEADER } from '../../shared/realtime.js';
import { idempotencyKeySchema } from '../../shared/api.js';
import { AppError, forbidden, unauthenticated } from './errors.js';
import { isAdmin, isStaff, type Viewer } from './viewer.js';

export const viewerOf = (req: Request): Viewer => req.user ?? null;

export function requireSignIn(req: Request, _res: Response, next: NextFunction): void {
  if (!req.user) throw unauthenticated();
  next();
}

export function idempotencyKeyOf(req: Request): string | undefined {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'The Idempotency-Key header is not valid.', [{ path: IDEMPOTENCY_HEADER, message: 'invalid' }]);
  }
  return parsed.data;
}

/**
 * Fails fast for a whole staff-only router (so a member gets 403 before any validation); the
 * services check again, because they are the rule.
 */
export function requireStaffRole(adminOnly: boolean) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const viewer = viewerOf(req);
    if (!viewer) throw unauthenticated();
    if (adminOnly ? !isAdmin(viewer) : !isStaff(viewer)) throw forbidden();
    next();
  };
}
