import { rooms } from '../../../shared/realtime.js';
import type { DB } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import type { AfterCommit } from '../../lib/transaction.js';
import { adjustThreadCount } from '../groups/group.repository.js';
import { presentPost, presentThreadSummary } from './thread.presenter.js';
import * as repo from './thread.repository.js';

/**
 * Counters and broadcasts for a post that has just become visible to everyone (published at
 * once, approved, or an edit that no longer needs review). Runs inside the caller's transaction;
 * the news goes out after commit.
 */
export async function announcePublished(trx: DB, after: AfterCommit, deps: AppDeps, postId: string): Promise<void> {
  const post = (await repo.findPost(trx, postId))!;
  if (post.is_first) {
    await repo.updateThread(trx, post.thread_id, { status: 'published', last_activity_at: new Date() });
    const thread = (await repo.findThread(trx, post.thread_id))!;
    await adjustThreadCount(trx, thread.group_id, 1);
    const summary = presentThreadSummary({ ...thread, status: 'published' });
    after(() => deps.hub.emit(rooms.group(thread.group.slug), 'thread:created', summary));
  } else {
    await repo.adjustReplyCount(trx, post.thread_id, 1, true);
    const thread = (await repo.findThread(trx, post.thread_id))!;
    const summary = presentThreadSummary(thread);
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
  const thread = (await repo.findThread(trx, post.thread_id))!;
  if (post.is_first) {
    await adjustThreadCount(trx, thread.group_id, -1);
    after(() => deps.hub.emit(rooms.group(thread.group.slug), 'thread:deleted', { id: thread.id, groupSlug: thread.group.slug }));
  } else {
    await repo.adjustReplyCount(trx, post.thread_id, -1, false);
    const summary = presentThreadSummary((await repo.findThread(trx, post.thread_id))!);
    after(() => deps.hub.emit(rooms.group(thread.group.slug), 'thread:updated', summary));
  }
  after(() => deps.hub.emit(rooms.thread(post.thread_id), 'post:deleted', { id: post.id, threadId: post.thread_id }));
}
