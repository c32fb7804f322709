import type { UserRow } from '../db/schema.js';

/** Who is asking. Policies take this, never a request. */
export type Viewer = Pick<UserRow, 'id' | 'role'> | null;

export const isStaff = (viewer: Viewer): boolean => viewer?.role === 'moderator' || viewer?.role === 'admin';
export const isAdmin = (viewer: Viewer): boolean => viewer?.role === 'admin';
