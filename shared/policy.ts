// Who may see, edit and delete threads and posts. The server enforces these rules; the client asks the
// same functions whether to offer an action, so the two cannot drift apart.
import type { PostStatus, Role } from './api.js';

/** Who is asking: a signed-in user's id and role, or null for a visitor. */
export type PolicyViewer = { readonly id: string; readonly role: Role } | null;

/** The facts about a thread or post that the rules look at. */
export interface Authored {
  readonly authorId: string;
  readonly status: PostStatus;
  readonly deleted: boolean;
}

export function isStaff(viewer: PolicyViewer): boolean {
  return viewer?.role === 'moderator' || viewer?.role === 'admin';
}

export function isAdmin(viewer: PolicyViewer): boolean {
  return viewer?.role === 'admin';
}

function isAuthorOrStaff(viewer: PolicyViewer, authorId: string): boolean {
  return viewer !== null && (viewer.id === authorId || isStaff(viewer));
}

/**
 * Held and rejected content exists only for its author and moderators. Callers have already
 * checked that the viewer may see the group.
 */
export function canSeeContent(viewer: PolicyViewer, item: Authored): boolean {
  // A deleted published post stays as a placeholder so the conversation keeps its shape.
  if (item.status === 'published') return true;
  if (item.deleted) return false;
  return isAuthorOrStaff(viewer, item.authorId);
}

export function canSeeThread(viewer: PolicyViewer, thread: Authored): boolean {
  return !thread.deleted && canSeeContent(viewer, thread);
}

/** Only the author and staff receive the source text and the screen's findings. */
export function canSeeReview(viewer: PolicyViewer, item: Pick<Authored, 'authorId'>): boolean {
  return isAuthorOrStaff(viewer, item.authorId);
}

/** Authors edit their own posts until a moderator rejects them; nobody else edits anyone's words. */
export function canEdit(viewer: PolicyViewer, item: Authored): boolean {
  return viewer !== null && viewer.id === item.authorId && !item.deleted && item.status !== 'rejected';
}

/** Authors delete their own; staff may delete anything. */
export function canDelete(viewer: PolicyViewer, item: Authored): boolean {
  return !item.deleted && isAuthorOrStaff(viewer, item.authorId);
}

export function canReply(thread: Authored): boolean {
  return thread.status === 'published' && !thread.deleted;
}
