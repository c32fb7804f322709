import type { DB } from '../../db/database.js';
import type { GroupRow, PostRow, ThreadRow, UserRow, StoredFinding } from '../../db/schema.js';
import type { Cursor } from '../../lib/cursor.js';
import type { PostStatus } from '../../../shared/api.js';
import type { AuthorFields } from '../users/user.repository.js';

export type ThreadWithRefs = ThreadRow & {
  author: AuthorFields;
  group: Pick<GroupRow, 'id' | 'slug' | 'name' | 'visibility'>;
};
export type PostWithAuthor = PostRow & { author: AuthorFields };

const authorColumns = [
  'u.username as author_username',
  'u.display_name as author_display_name',
  'u.role as author_role',
  'u.clinician_credential as author_clinician_credential',
  'u.clinician_specialty as author_clinician_specialty',
] as const;

type AuthorAliased = {
  author_username: string;
  author_display_name: string;
  author_role: UserRow['role'];
  author_clinician_credential: UserRow['clinician_credential'];
  author_clinician_specialty: string | null;
};

function splitAuthor<T extends AuthorAliased & { author_id: string }>(row: T) {
  const { author_username, author_display_name, author_role, author_clinician_credential, author_clinician_specialty, ...rest } = row;
  return {
    rest,
    author: {
      id: row.author_id,
      username: author_username,
      display_name: author_display_name,
      role: author_role,
      clinician_credential: author_clinician_credential,
      clinician_specialty: author_clinician_specialty,
    },
  };
}

function threadQuery(db: DB) {
  return db
    .selectFrom('threads as t')
    .innerJoin('users as u', 'u.id', 't.author_id')
    .innerJoin('groups as g', 'g.id', 't.group_id')
    .selectAll('t')
    .select(authorColumns)
    .select(['g.slug as group_slug', 'g.name as group_name', 'g.visibility as group_visibility']);
}

type ThreadQueryRow = Awaited<ReturnType<ReturnType<typeof threadQuery>['executeTakeFirstOrThrow']>>;

function toThread(row: ThreadQueryRow): ThreadWithRefs {
  const { rest, author } = splitAuthor(row);
  const { group_slug, group_name, group_visibility, ...thread } = rest;
  return { ...thread, author, group: { id: thread.group_id, slug: group_slug, name: group_name, visibility: group_visibility } };
}

export async function findThread(db: DB, id: string): Promise<ThreadWithRefs | undefined> {
  const row = await threadQuery(db).where('t.id', '=', id).executeTakeFirst();
  return row && toThread(row);
}

export async function findThreads(db: DB, ids: readonly string[]): Promise<ThreadWithRefs[]> {
  if (ids.length === 0) return [];
  const rows = await threadQuery(db).where('t.id', 'in', ids).execute();
  return rows.map(toThread);
}

/** Most recent activity first; the viewer's own held or rejected threads are listed for them alone. */
export async function listThreads(
  db: DB,
  groupId: string,
  viewerId: string | null,
  cursor: Cursor | null,
  limit: number,
): Promise<ThreadWithRefs[]> {
  let q = threadQuery(db)
    .where('t.group_id', '=', groupId)
    .where('t.deleted_at', 'is', null)
    .where((eb) =>
      viewerId ? eb.or([eb('t.status', '=', 'published'), eb('t.author_id', '=', viewerId)]) : eb('t.status', '=', 'published'),
    )
    .orderBy('t.last_activity_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit);
  if (cursor) {
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('t.last_activity_at', 't.id'), '<', tuple(cursor.at, cursor.id)));
  }
  return (await q.execute()).map(toThread);
}

export async function insertThread(
  db: DB,
  values: { id: string; group_id: string; author_id: string; title: string; status: PostStatus },
): Promise<void> {
  await db.insertInto('threads').values(values).execute();
}

export async function updateThread(
  db: DB,
  id: string,
  set: Partial<Pick<ThreadRow, 'title' | 'status' | 'deleted_at' | 'last_activity_at'>>,
): Promise<void> {
  await db.updateTable('threads').set(set).where('id', '=', id).execute();
}

export async function adjustReplyCount(db: DB, threadId: string, delta: number, touch: boolean): Promise<void> {
  await db
    .updateTable('threads')
    .set((eb) => ({
      reply_count: eb('reply_count', '+', delta),
      ...(touch ? { last_activity_at: new Date() } : {}),
    }))
    .where('id', '=', threadId)
    .execute();
}

// ---------- posts ----------

function postQuery(db: DB) {
  return db.selectFrom('posts as p').innerJoin('users as u', 'u.id', 'p.author_id').selectAll('p').select(authorColumns);
}

function toPost(row: Awaited<ReturnType<ReturnType<typeof postQuery>['executeTakeFirstOrThrow']>>): PostWithAuthor {
  const { rest, author } = splitAuthor(row);
  return { ...rest, author };
}

export async function findPost(db: DB, id: string): Promise<PostWithAuthor | undefined> {
  const row = await postQuery(db).where('p.id', '=', id).executeTakeFirst();
  return row && toPost(row);
}

/** Held, undeleted posts, oldest first: the queue moderators work through. */
export async function listHeldPosts(db: DB, limit: number): Promise<PostWithAuthor[]> {
  const rows = await postQuery(db)
    .where('p.status', '=', 'held')
    .where('p.deleted_at', 'is', null)
    .orderBy('p.held_at', 'asc')
    .orderBy('p.id', 'asc')
    .limit(limit)
    .execute();
  return rows.map(toPost);
}

/** Row-locks the post for a decision, so two moderators cannot both decide it. */
export async function lockPost(db: DB, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('posts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findFirstPost(db: DB, threadId: string): Promise<PostWithAuthor | undefined> {
  const row = await postQuery(db).where('p.thread_id', '=', threadId).where('p.is_first', '=', true).executeTakeFirst();
  return row && toPost(row);
}

/**
 * Oldest first. Published posts (deleted ones as placeholders) for everyone; held and rejected
 * ones only for their author, or for staff.
 */
export async function listPosts(
  db: DB,
  threadId: string,
  viewer: { id: string; staff: boolean } | null,
  cursor: Cursor | null,
  limit: number,
): Promise<PostWithAuthor[]> {
  let q = postQuery(db)
    .where('p.thread_id', '=', threadId)
    .where((eb) => {
      const published = eb('p.status', '=', 'published');
      if (!viewer) return published;
      const hidden = eb.and([eb('p.deleted_at', 'is', null), viewer.staff ? eb('p.status', '=', 'held') : eb('p.author_id', '=', viewer.id)]);
      const own = eb.and([eb('p.deleted_at', 'is', null), eb('p.author_id', '=', viewer.id)]);
      return eb.or([published, hidden, own]);
    })
    .orderBy('p.created_at', 'asc')
    .orderBy('p.id', 'asc')
    .limit(limit);
  if (cursor) {
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('p.created_at', 'p.id'), '>', tuple(cursor.at, cursor.id)));
  }
  return (await q.execute()).map(toPost);
}

export async function insertPost(
  db: DB,
  values: Pick<PostRow, 'id' | 'thread_id' | 'author_id' | 'body_source' | 'body_html' | 'status' | 'is_first'> & {
    findings: StoredFinding[];
  },
): Promise<void> {
  await db
    .insertInto('posts')
    .values({
      ...values,
      findings: JSON.stringify(values.findings),
      held_at: values.status === 'held' ? new Date() : null,
    })
    .execute();
}

export async function updatePost(
  db: DB,
  id: string,
  set: Partial<
    Pick<PostRow, 'body_source' | 'body_html' | 'status' | 'held_at' | 'decided_at' | 'decided_by' | 'rejection_reason' | 'edited_at' | 'deleted_at'>
  > & { findings?: StoredFinding[] },
): Promise<void> {
  const { findings, ...rest } = set;
  await db
    .updateTable('posts')
    .set({ ...rest, ...(findings ? { findings: JSON.stringify(findings) } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function insertRevision(db: DB, postId: string, bodySource: string): Promise<void> {
  await db.insertInto('post_revisions').values({ post_id: postId, body_source: bodySource }).execute();
}

// ---------- idempotency ----------

/**
 * Claims (user, key) for a resource about to be created. Returns the resource id a previous
 * request already created under this key, or null when this request is the first.
 */
export async function claimIdempotencyKey(
  db: DB,
  claim: { userId: string; key: string; scope: string; resourceId: string },
): Promise<{ resourceId: string; scope: string } | null> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ user_id: claim.userId, key: claim.key, scope: claim.scope, resource_id: claim.resourceId })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .returning('resource_id')
    .executeTakeFirst();
  if (inserted) return null;
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['resource_id', 'scope'])
    .where('user_id', '=', claim.userId)
    .where('key', '=', claim.key)
    .executeTakeFirstOrThrow();
  return { resourceId: existing.resource_id, scope: existing.scope };
}
