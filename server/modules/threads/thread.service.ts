import { randomUUID } from 'node:crypto';
import type {
  CreatePostInput,
  CreateThreadInput,
  Page,
  PostDTO,
  PostStatus,
  ThreadDTO,
  ThreadSummaryDTO,
  UpdatePostInput,
  UpdateThreadInput,
} from '../../../shared/api.js';
import { rooms } from '../../../shared/realtime.js';
import type { DB } from '../../db/database.js';
import type { StoredFinding } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { decodeCursor, toPage } from '../../lib/cursor.js';
import { conflict, forbidden, notFound, unauthenticated } from '../../lib/errors.js';
import { renderMarkdown } from '../../lib/sanitize.js';
import { inTransaction, type AfterCommit } from '../../lib/transaction.js';
import { isStaff, type Viewer } from '../../lib/viewer.js';
import { recordAudit } from '../audit/audit.repository.js';
import { canPostInGroup, canSeeGroup } from '../groups/group.policy.js';
import { isGroupMember } from '../groups/group.repository.js';
import { requireVisibleGroup } from '../groups/group.service.js';
import { loadSiteRules, screenText } from '../screening/screening.service.js';
import { announceHeld, announcePublished, announceUnqueued, announceWithdrawn } from './post.lifecycle.js';
import { canDelete, canEdit, canReply, canSeeContent, canSeeThread } from './thread.policy.js';
import { presentPost, presentThread, presentThreadSummary } from './thread.presenter.js';
import * as repo from './thread.repository.js';

const contentFacts = (c: { author_id: string; status: repo.PostWithAuthor['status']; deleted_at: Date | null }) => ({
  authorId: c.author_id,
  status: c.status,
  deleted: c.deleted_at !== null,
});

/** The gate for everything in a thread: the group's visibility, then the thread's own. Hidden is 404. */
async function requireThread(db: DB, viewer: Viewer, id: string) {
  const thread = await repo.findThread(db, id);
  if (!thread) throw notFound('That thread');
  const isMember = viewer ? await isGroupMember(db, thread.group_id, viewer.id) : false;
  if (!canSeeGroup(viewer, { visibility: thread.group.visibility, isMember })) throw notFound('That thread');
  if (!canSeeThread(viewer, contentFacts(thread))) throw notFound('That thread');
  return { thread, isMember };
}

async function requirePost(db: DB, viewer: Viewer, id: string) {
  const post = await repo.findPost(db, id);
  if (!post) throw notFound('That post');
  const { thread, isMember } = await requireThread(db, viewer, post.thread_id);
  if (!canSeeContent(viewer, contentFacts(post))) throw notFound('That post');
  return { post, thread, isMember };
}

/** Replays the result of an earlier request with the same Idempotency-Key, or claims the key. */
async function claimKey(trx: DB, viewerId: string, key: string | undefined, scope: string, resourceId: string) {
  if (!key) return null;
  const prior = await repo.claimIdempotencyKey(trx, { userId: viewerId, key, scope, resourceId });
  if (prior && prior.scope !== scope) throw conflict('This Idempotency-Key was already used for a different request.');
  return prior?.resourceId ?? null;
}

interface NewPost {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  status: PostStatus;
  isFirst: boolean;
  findings: StoredFinding[];
}

/** Stores a new post (a thread's first or a reply) and tells readers or moderators once it commits. */
async function writeNewPost(trx: DB, after: AfterCommit, deps: AppDeps, post: NewPost): Promise<void> {
  await repo.insertPost(trx, {
    id: post.id,
    thread_id: post.threadId,
    author_id: post.authorId,
    body_source: post.body,
    body_html: renderMarkdown(post.body),
    status: post.status,
    is_first: post.isFirst,
    findings: post.findings,
  });
  if (post.status === 'published') await announcePublished(trx, after, deps, post.id);
  else await announceHeld(trx, after, deps, post.id);
}

// ---------- threads ----------

export async function listThreads(
  deps: AppDeps,
  viewer: Viewer,
  slug: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<Page<ThreadSummaryDTO>> {
  const group = await requireVisibleGroup(deps.db, viewer, slug);
  const rows = await repo.listThreads(deps.db, group.id, viewer?.id ?? null, decodeCursor(page.cursor), page.limit + 1);
  return toPage(rows, page.limit, (t) => ({ at: t.last_activity_at, id: t.id }), presentThreadSummary);
}

export async function getThread(deps: AppDeps, viewer: Viewer, id: string): Promise<ThreadDTO> {
  const { thread } = await requireThread(deps.db, viewer, id);
  return presentThread(thread);
}

/** The group a visible thread belongs to, for its realtime room: the same gate, and the same 404, as getThread. */
export async function requireThreadGroupId(deps: AppDeps, viewer: Viewer, id: string): Promise<string> {
  const { thread } = await requireThread(deps.db, viewer, id);
  return thread.group_id;
}

export async function createThread(
  deps: AppDeps,
  viewer: Viewer,
  slug: string,
  input: CreateThreadInput,
  idempotencyKey?: string,
): Promise<{ thread: ThreadDTO; post: PostDTO }> {
  if (!viewer) throw unauthenticated();
  const rules = await loadSiteRules(deps.db);
  const title = screenText(input.title, rules);
  const body = screenText(input.body, rules);
  const findings: StoredFinding[] = [...title.findings.map((f) => ({ ...f, field: 'title' as const })), ...body.findings];
  const status = title.held || body.held ? 'held' : 'published';

  return inTransaction(deps.db, async (trx, after) => {
    const group = await requireVisibleGroup(trx, viewer, slug);
    if (!canPostInGroup(viewer, { visibility: group.visibility, isMember: group.is_member })) {
      throw forbidden('Join this group to start a thread.');
    }
    const threadId = randomUUID();
    const replayed = await claimKey(trx, viewer.id, idempotencyKey, `thread:${group.id}`, threadId);
    if (replayed) {
      const thread = (await repo.findThread(trx, replayed))!;
      const post = (await repo.findFirstPost(trx, replayed))!;
      return { thread: presentThread(thread), post: presentPost(post, viewer) };
    }

    const postId = randomUUID();
    await repo.insertThread(trx, { id: threadId, group_id: group.id, author_id: viewer.id, title: title.text, status: 'held' });
    await writeNewPost(trx, after, deps, { id: postId, threadId, authorId: viewer.id, body: body.text, status, isFirst: true, findings });

    const thread = (await repo.findThread(trx, threadId))!;
    const post = (await repo.findPost(trx, postId))!;
    return { thread: presentThread(thread), post: presentPost(post, viewer) };
  });
}

export async function updateThread(deps: AppDeps, viewer: Viewer, id: string, input: UpdateThreadInput): Promise<ThreadDTO> {
  if (!viewer) throw unauthenticated();
  const rules = await loadSiteRules(deps.db);
  const title = screenText(input.title, rules);
  return inTransaction(deps.db, async (trx, after) => {
    const { thread } = await requireThread(trx, viewer, id);
    if (!canEdit(viewer, contentFacts(thread))) throw forbidden('Only the author can rename a thread.');
    const first = (await repo.findFirstPost(trx, id))!;
    const bodyFindings = first.findings.filter((f) => f.field !== 'title');
    const findings = [...title.findings.map((f) => ({ ...f, field: 'title' as const })), ...bodyFindings];
    await repo.updateThread(trx, id, { title: title.text });
    await applyEdit(trx, after, deps, first, { findings, held: findings.length > 0 && (title.held || first.status === 'held') });
    const updated = (await repo.findThread(trx, id))!;
    if (updated.status === 'published') {
      const summary = presentThreadSummary(updated);
      after(() => deps.hub.emit(rooms.group(updated.group.slug), 'thread:updated', summary));
    }
    return presentThread(updated);
  });
}

export async function deleteThread(deps: AppDeps, viewer: Viewer, id: string): Promise<void> {
  if (!viewer) throw unauthenticated();
  const first = await repo.findFirstPost(deps.db, id);
  if (!first) throw notFound('That thread');
  await deletePost(deps, viewer, first.id);
}

// ---------- posts ----------

export async function listPosts(
  deps: AppDeps,
  viewer: Viewer,
  threadId: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<Page<PostDTO>> {
  await requireThread(deps.db, viewer, threadId);
  const who = viewer ? { id: viewer.id, staff: isStaff(viewer) } : null;
  const rows = await repo.listPosts(deps.db, threadId, who, decodeCursor(page.cursor), page.limit + 1);
  return toPage(rows, page.limit, (p) => ({ at: p.created_at, id: p.id }), (p) => presentPost(p, viewer));
}

export async function createPost(
  deps: AppDeps,
  viewer: Viewer,
  threadId: string,
  input: CreatePostInput,
  idempotencyKey?: string,
): Promise<PostDTO> {
  if (!viewer) throw unauthenticated();
  const rules = await loadSiteRules(deps.db);
  const body = screenText(input.body, rules);
  return inTransaction(deps.db, async (trx, after) => {
    const { thread, isMember } = await requireThread(trx, viewer, threadId);
    if (!canPostInGroup(viewer, { visibility: thread.group.visibility, isMember })) throw forbidden('Join this group to reply.');
    if (!canReply(contentFacts(thread))) throw conflict('This thread is not open for replies yet.');
    const postId = randomUUID();
    const replayed = await claimKey(trx, viewer.id, idempotencyKey, `post:${threadId}`, postId);
    if (replayed) return presentPost((await repo.findPost(trx, replayed))!, viewer);

    const status = body.held ? 'held' : 'published';
    await writeNewPost(trx, after, deps, { id: postId, threadId, authorId: viewer.id, body: body.text, status, isFirst: false, findings: body.findings });
    return presentPost((await repo.findPost(trx, postId))!, viewer);
  });
}

/**
 * Re-screens an edited post. An edit that needs review takes a published post out of view until a
 * moderator decides; an edit of a held post that no longer needs review publishes it.
 */
async function applyEdit(
  trx: DB,
  after: AfterCommit,
  deps: AppDeps,
  post: repo.PostWithAuthor,
  next: { findings: StoredFinding[]; held: boolean; body?: string },
): Promise<void> {
  const now = new Date();
  const status = next.held ? 'held' : 'published';
  await repo.updatePost(trx, post.id, {
    ...(next.body !== undefined ? { body_source: next.body, body_html: renderMarkdown(next.body), edited_at: now } : {}),
    findings: next.findings,
    status,
    held_at: next.held ? (post.status === 'held' ? post.held_at : now) : post.held_at,
  });
  if (post.status === 'published' && status === 'held') {
    if (post.is_first) await repo.updateThread(trx, post.thread_id, { status: 'held' });
    await announceWithdrawn(trx, after, deps, post.id);
    await announceHeld(trx, after, deps, post.id);
  } else if (post.status === 'held' && status === 'published') {
    announceUnqueued(after, deps, post.id);
    await announcePublished(trx, after, deps, post.id);
  } else if (status === 'held') {
    // Still held: moderators see the new text in place of the old.
    announceUnqueued(after, deps, post.id);
    await announceHeld(trx, after, deps, post.id);
  } else if (next.body !== undefined) {
    const dto = presentPost((await repo.findPost(trx, post.id))!, null);
    after(() => deps.hub.emit(rooms.thread(post.thread_id), 'post:updated', dto));
  }
}

export async function updatePost(deps: AppDeps, viewer: Viewer, id: string, input: UpdatePostInput): Promise<PostDTO> {
  if (!viewer) throw unauthenticated();
  const rules = await loadSiteRules(deps.db);
  const body = screenText(input.body, rules);
  return inTransaction(deps.db, async (trx, after) => {
    const { post } = await requirePost(trx, viewer, id);
    await repo.lockPost(trx, id);
    if (!canEdit(viewer, contentFacts(post))) throw forbidden('Only the author can edit this post.');
    const titleFindings = post.findings.filter((f) => f.field === 'title');
    const findings = [...titleFindings, ...body.findings];
    await repo.insertRevision(trx, post.id, post.body_source);
    await applyEdit(trx, after, deps, post, { findings, held: body.held || (titleFindings.length > 0 && post.status === 'held'), body: body.text });
    return presentPost((await repo.findPost(trx, id))!, viewer);
  });
}

/** Soft delete: the text stays in the database for the record, but no one is shown it again. */
export async function deletePost(deps: AppDeps, viewer: Viewer, id: string): Promise<void> {
  if (!viewer) throw unauthenticated();
  await inTransaction(deps.db, async (trx, after) => {
    const { post, thread } = await requirePost(trx, viewer, id);
    await repo.lockPost(trx, id);
    if (!canDelete(viewer, contentFacts(post))) throw forbidden('Only the author or a moderator can delete this post.');
    const now = new Date();
    await repo.updatePost(trx, id, { deleted_at: now });
    if (post.is_first) await repo.updateThread(trx, thread.id, { deleted_at: now });
    if (post.status === 'published') await announceWithdrawn(trx, after, deps, id);
    if (post.status === 'held') announceUnqueued(after, deps, id);
    if (viewer.id !== post.author_id) {
      await recordAudit(trx, { actorId: viewer.id, action: post.is_first ? 'thread.delete' : 'post.delete', targetType: 'post', targetId: id, metadata: { threadId: thread.id, authorId: post.author_id } });
    }
  });
}
