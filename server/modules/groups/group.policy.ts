import type { GroupVisibility } from '../../../shared/api.js';
import { isAdmin, isStaff, type Viewer } from '../../lib/viewer.js';

export interface GroupAccessFacts {
  visibility: GroupVisibility;
  isMember: boolean;
}

/** Members-only groups exist only for their members and staff; everyone else gets 404. */
export function canSeeGroup(viewer: Viewer, group: GroupAccessFacts): boolean {
  return group.visibility === 'public' || group.isMember || isStaff(viewer);
}

export function canPostInGroup(viewer: Viewer, group: GroupAccessFacts): boolean {
  return viewer !== null && (group.isMember || isStaff(viewer));
}

export function canCreateGroup(viewer: Viewer): boolean {
  return isAdmin(viewer);
}
