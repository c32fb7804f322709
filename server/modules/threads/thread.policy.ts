import type { PostStatus } from '../../../shared/api.js';
import { isStaff, type Viewer } from '../../lib/viewer.js';

interface Authored {
  authorId: string;
  status: PostStatus;
  deleted: boolean;
}

function isAuthorOrStaff(viewer: Viewer, authorId: string): boolean {
  return viewer !== null && (viewer.id === authorId || isStaff(viewer));
}

/**
 * Held and rejected content exists only for its author and moderators. Callers have already
 * checked that the viewer may see the group.
 */
export function canSeeContent(viewer: Viewer, item: Authored): boolean {
  // A deleted published post stays as a placeholder so the conversation keeps its shape.
  if (item.status === 'published') return true;
  if (item.deleted) return false;
  return isAuthorOrStaff(viewer, item.authorId);
}

export function canSeeThread(viewer: Viewer, thread: Authored): boolean {
  return !thread.deleted && canSeeContent(viewer, thread);
}

/** Only the author and staff receive the source text and the screen's findings. */
export function canSeeReview(viewer: Viewer, item: Pick<Authored, 'authorId'>): boolean {
  return isAuthorOrStaff(viewer, item.authorId);
}

export function canEdit(viewer: Viewer, item: Authored): boolean {
  return viewer !== null && viewer.id === item.authorId && !item.deleted && item.status !== 'rejected';
}

export function canDelete(viewer: Viewer, item: Authored): boolean {
  return !item.deleted && isAuthorOrStaff(viewer, item.authorId);
}

export function canReply(thread: Authored): boolean {
  return thread.status === 'published' && !thread.deleted;
}
