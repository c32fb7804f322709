import type { UserRow } from '../db/schema.js';

/** Who is asking. Policies take this, never a request. */
export type Viewer = Pick<UserRow, 'id' | 'role'> | null;

export { isAdmin, isStaff } from '../../shared/policy.js';
