import type { AuditEntryDTO, QueueItemDTO } from '../../../shared/api.js';
import type { AuditWithActor } from '../audit/audit.repository.js';
import { presentPost } from '../threads/thread.presenter.js';
import type { PostWithAuthor, ThreadWithRefs } from '../threads/thread.repository.js';
import { presentAuthor } from '../users/user.presenter.js';

type Moderator = { id: string; role: 'moderator' | 'admin' };

/** A queue item as a moderator sees it: source text, findings, and where it was posted. */
export function presentQueueItem(post: PostWithAuthor, thread: ThreadWithRefs, moderator: Moderator): QueueItemDTO {
  return {
    post: presentPost(post, moderator),
    thread: { id: thread.id, title: thread.title, groupSlug: thread.group.slug, groupName: thread.group.name },
    heldAt: (post.held_at ?? post.created_at).toISOString(),
  };
}

/** Broadcasts to the moderators' room carry the staff view, which only staff sockets may join. */
export const STAFF_VIEW = { id: '', role: 'moderator' } as const;

export function presentAudit(a: AuditWithActor): AuditEntryDTO {
  return {
    id: a.id,
    actor: presentAuthor(a.actor),
    action: a.action,
    targetType: a.target_type,
    targetId: a.target_id,
    reason: a.reason,
    createdAt: a.created_at.toISOString(),
  };
}
