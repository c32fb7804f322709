import type { AuditEntryDTO, ModerationDecision, Page, PostDTO, QueueItemDTO } from '../../../shared/api.js';
import { rooms } from '../../../shared/realtime.js';
import type { AppDeps } from '../../deps.js';
import { decodeCursor, toPage } from '../../lib/cursor.js';
import { conflict, forbidden, notFound, unauthenticated } from '../../lib/errors.js';
import { renderMarkdown } from '../../lib/sanitize.js';
import { inTransaction } from '../../lib/transaction.js';
import { isStaff, type Viewer } from '../../lib/viewer.js';
import { listAudit, recordAudit } from '../audit/audit.repository.js';
import { redactStored } from '../screening/screening.service.js';
import { announcePublished } from '../threads/post.lifecycle.js';
import { presentPost } from '../threads/thread.presenter.js';
import * as threads from '../threads/thread.repository.js';
import { presentAudit, presentQueueItem } from './moderation.presenter.js';

const QUEUE_LIMIT = 200;

function requireStaff(viewer: Viewer): asserts viewer is NonNullable<Viewer> & { role: 'moderator' | 'admin' } {
  if (!viewer) throw unauthenticated();
  if (!isStaff(viewer)) throw forbidden('Only moderators can do that.');
}

export async function getQueue(deps: AppDeps, viewer: Viewer): Promise<QueueItemDTO[]> {
  requireStaff(viewer);
  const posts = await threads.listHeldPosts(deps.db, QUEUE_LIMIT);
  const byId = new Map((await threads.findThreads(deps.db, [...new Set(posts.map((p) => p.thread_id))])).map((t) => [t.id, t]));
  return posts.map((post) => presentQueueItem(post, byId.get(post.thread_id)!, viewer));
}

type Decision =
  | { decision: 'approved'; note?: string | undefined }
  | { decision: 'redacted'; reason?: string | undefined }
  | { decision: 'rejected'; reason: string };

/**
 * One decision, one transaction: the post's new state and the audit row commit together, and the
 * news (publication, the author's notice, the queue update) goes out only after.
 */
export async function decide(deps: AppDeps, viewer: Viewer, postId: string, d: Decision): Promise<PostDTO> {
  requireStaff(viewer);
  return inTransaction(deps.db, async (trx, after) => {
    const locked = await threads.lockPost(trx, postId);
    if (!locked || locked.deleted_at) throw notFound('That post');
    if (locked.status !== 'held') throw conflict('This post has already been reviewed.');
    const now = new Date();
    const decided = { decided_at: now, decided_by: viewer.id };
    const reason = d.decision === 'approved' ? (d.note ?? null) : (d.reason ?? null);

    if (d.decision === 'rejected') {
      await threads.updatePost(trx, postId, { ...decided, status: 'rejected', rejection_reason: d.reason });
      if (locked.is_first) await threads.updateThread(trx, locked.thread_id, { status: 'rejected' });
    } else {
      if (d.decision === 'redacted') {
        const body = redactStored(locked.body_source, locked.findings.filter((f) => f.field !== 'title'));
        const titleFindings = locked.findings.filter((f) => f.field === 'title');
        if (titleFindings.length > 0) {
          const thread = (await threads.findThread(trx, locked.thread_id))!;
          await threads.updateThread(trx, locked.thread_id, { title: redactStored(thread.title, titleFindings) });
        }
        await threads.insertRevision(trx, postId, locked.body_source);
        // The spans pointed into the old text; what they found is in the audit row's metadata.
        await threads.updatePost(trx, postId, { body_source: body, body_html: renderMarkdown(body), findings: [] });
      }
      await threads.updatePost(trx, postId, { ...decided, status: 'published' });
      await announcePublished(trx, after, deps, postId);
    }

    await recordAudit(trx, {
      actorId: viewer.id,
      action: `post.${d.decision === 'approved' ? 'approve' : d.decision === 'redacted' ? 'redact' : 'reject'}`,
      targetType: 'post',
      targetId: postId,
      reason,
      metadata: { threadId: locked.thread_id, authorId: locked.author_id, kinds: [...new Set(locked.findings.map((f) => f.kind))] },
    });

    const post = (await threads.findPost(trx, postId))!;
    const forAuthor = presentPost(post, { id: post.author_id, role: 'member' });
    const decision: ModerationDecision = d.decision;
    after(() => {
      deps.hub.emit(rooms.moderators, 'queue:removed', { postId, decision });
      deps.hub.emit(rooms.user(post.author_id), 'post:reviewed', { post: forAuthor, decision, reason: d.decision === 'rejected' ? d.reason : null });
    });
    return presentPost(post, viewer);
  });
}

export async function getAuditLog(
  deps: AppDeps,
  viewer: Viewer,
  page: { cursor?: string | undefined; limit: number },
): Promise<Page<AuditEntryDTO>> {
  requireStaff(viewer);
  const rows = await listAudit(deps.db, decodeCursor(page.cursor), page.limit + 1);
  return toPage(rows, page.limit, (a) => ({ at: a.created_at, id: a.id }), presentAudit);
}
