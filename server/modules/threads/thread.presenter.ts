import type { PostDTO, ReviewDTO, ThreadDTO, ThreadSummaryDTO } from '../../../shared/api.js';
import type { FindingKind } from '../../../shared/screening/types.js';
import type { Viewer } from '../../lib/viewer.js';
import { presentAuthor } from '../users/user.presenter.js';
import { canSeeReview } from './thread.policy.js';
import type { PostWithAuthor, ThreadWithRefs } from './thread.repository.js';

export function presentThreadSummary(t: ThreadWithRefs): ThreadSummaryDTO {
  return {
    id: t.id,
    groupSlug: t.group.slug,
    title: t.title,
    author: presentAuthor(t.author),
    status: t.status,
    replyCount: t.reply_count,
    lastActivityAt: t.last_activity_at.toISOString(),
    createdAt: t.created_at.toISOString(),
  };
}

export function presentThread(t: ThreadWithRefs): ThreadDTO {
  return {
    ...presentThreadSummary(t),
    group: { slug: t.group.slug, name: t.group.name, visibility: t.group.visibility },
    deleted: t.deleted_at !== null,
  };
}

function presentReview(p: PostWithAuthor): ReviewDTO | null {
  if (p.status === 'published' && p.findings.length === 0) return null;
  const reasons = [...new Set(p.findings.map((f) => f.kind))] as FindingKind[];
  return {
    reasons,
    findings: p.findings.map(({ label, kind, start, end, message, field }) => ({ label, kind, start, end, message, ...(field ? { field } : {}) })),
    rejectionReason: p.rejection_reason,
    decidedAt: p.decided_at?.toISOString() ?? null,
  };
}

/**
 * `viewer` decides what private fields go in: the source and the review only for the author and
 * staff. Pass `null` for anything broadcast to a room.
 */
export function presentPost(p: PostWithAuthor, viewer: Viewer): PostDTO {
  const deleted = p.deleted_at !== null;
  const privileged = !deleted && canSeeReview(viewer, { authorId: p.author_id });
  return {
    id: p.id,
    threadId: p.thread_id,
    author: presentAuthor(p.author),
    bodyHtml: deleted ? '' : p.body_html,
    bodySource: privileged ? p.body_source : null,
    status: p.status,
    review: privileged ? presentReview(p) : null,
    isFirst: p.is_first,
    deleted,
    createdAt: p.created_at.toISOString(),
    editedAt: p.edited_at?.toISOString() ?? null,
  };
}
