import { rooms } from '../../../shared/realtime.js';
import type { DB } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import type { AfterCommit } from '../../lib/transaction.js';
import { adjustThreadCount } from '../groups/group.repository.js';
import { STAFF_VIEW, presentQueueItem } from '../moderation/moderation.presenter.js';
import { presentPost, presentThreadSummary } from './thread.presenter.js';
import * as repo from './thread.repository.js';

/**
 * Counters and broadcasts for a post that has just become visible to everyone (published at
 * once, approved, or an edit that no longer needs review). Runs inside the caller's transaction;
 * the news goes out after commit.
 */
export async function announcePublished(trx: DB, after: AfterCommit, deps: AppDeps, postId: string): Promise<void> {
  const post = (await repo.findPost(trx, postId))!;
  if (post.is_first) await repo.updateThread(trx, post.thread_id, { status: 'published', last_activity_at: new Date() });
  else await repo.adjustReplyCount(trx, post.thread_id, 1, true);
  const thread = (await repo.findThread(trx, post.thread_id))!;
  const summary = presentThreadSummary(thread);
  if (post.is_first) {
    await adjustThreadCount(trx, thread.group_id, 1);
    after(() => deps.hub.emit(rooms.group(thread.group.slug), 'thread:created', summary));
  } else {
    after(() => deps.hub.emit(rooms.group(thread.group.slug), 'thread:updated', summary));
  }
  const dto = presentPost(post, null);
  after(() => deps.hub.emit(rooms.thread(post.thread_id), 'post:created', dto));
}

/**
 * The reverse: a post everyone could see is gone (deleted, or its edit is held). For a first post
 * the whole thread leaves the group's listing.
 */
export async function announceWithdrawn(trx: DB, after: AfterCommit, deps: AppDeps, postId: string): Promise<void> {
  const post = (await repo.findPost(trx, postId))!;
  if (!post.is_first) await repo.adjustReplyCount(trx, post.thread_id, -1, false);
  const thread = (await repo.findThread(trx, post.thread_id))!;
  if (post.is_first) {
    await adjustThreadCount(trx, thread.group_id, -1);
    after(() => deps.hub.emit(rooms.group(thread.group.slug), 'thread:deleted', { id: thread.id, groupSlug: thread.group.slug }));
  } else {
    const summary = presentThreadSummary(thread);
    after(() => deps.hub.emit(rooms.group(thread.group.slug), 'thread:updated', summary));
  }
  after(() => deps.hub.emit(rooms.thread(post.thread_id), 'post:deleted', { id: post.id, threadId: post.thread_id }));
}

/** A post has just been held: it joins the moderators' queue (after commit). */
export async function announceHeld(trx: DB, after: AfterCommit, deps: AppDeps, postId: string): Promise<void> {
  const post = (await repo.findPost(trx, postId))!;
  const thread = (await repo.findThread(trx, post.thread_id))!;
  const item = presentQueueItem(post, thread, STAFF_VIEW);
  after(() => deps.hub.emit(rooms.moderators, 'queue:added', item));
}

/** A held post left the queue without a decision (published by an edit, edited again, or deleted). */
export function announceUnqueued(after: AfterCommit, deps: AppDeps, postId: string): void {
  after(() => deps.hub.emit(rooms.moderators, 'queue:removed', { postId, decision: 'withdrawn' }));
}
