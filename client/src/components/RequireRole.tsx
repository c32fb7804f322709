import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../../shared/api.js';
import { hasRole, useSession } from '../api/session.js';
import { NotFound } from './NotFound.js';

/** Signed-out readers go to sign-in and back; signed-in readers without the role see not-found. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) {
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (!hasRole(user, roles)) return <NotFound />;
  return children;
}
