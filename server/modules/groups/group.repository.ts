import { sql } from 'kysely';
import type { DB } from '../../db/database.js';
import type { GroupRow } from '../../db/schema.js';
import type { CreateGroupInput } from '../../../shared/api.js';

export type GroupWithMembership = GroupRow & { is_member: boolean };

function withMembership(db: DB, viewerId: string | null) {
  const isMember = viewerId
    ? sql<boolean>`exists (select 1 from group_memberships gm where gm.group_id = groups.id and gm.user_id = ${viewerId})`
    : sql<boolean>`false`;
  return db.selectFrom('groups').selectAll('groups').select(isMember.as('is_member'));
}

export function listGroups(db: DB, viewerId: string | null): Promise<GroupWithMembership[]> {
  return withMembership(db, viewerId).orderBy('groups.name').execute();
}

export function findGroupBySlug(db: DB, slug: string, viewerId: string | null): Promise<GroupWithMembership | undefined> {
  return withMembership(db, viewerId).where('groups.slug', '=', slug).executeTakeFirst();
}

export function findGroupById(db: DB, id: string, viewerId: string | null): Promise<GroupWithMembership | undefined> {
  return withMembership(db, viewerId).where('groups.id', '=', id).executeTakeFirst();
}

export function insertGroup(db: DB, input: CreateGroupInput, createdBy: string): Promise<GroupRow> {
  return db
    .insertInto('groups')
    .values({ ...input, created_by: createdBy })
    .onConflict((oc) => oc.column('slug').doNothing())
    .returningAll()
    .executeTakeFirst() as Promise<GroupRow>;
}

/** Returns true when a membership row was added (false if the user was already a member). */
export async function addMember(db: DB, groupId: string, userId: string): Promise<boolean> {
  const added = await db
    .insertInto('group_memberships')
    .values({ group_id: groupId, user_id: userId })
    .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  if (!added) return false;
  await db.updateTable('groups').set((eb) => ({ member_count: eb('member_count', '+', 1) })).where('id', '=', groupId).execute();
  return true;
}

export async function removeMember(db: DB, groupId: string, userId: string): Promise<boolean> {
  const removed = await db
    .deleteFrom('group_memberships')
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst();
  if (!removed) return false;
  await db.updateTable('groups').set((eb) => ({ member_count: eb('member_count', '-', 1) })).where('id', '=', groupId).execute();
  return true;
}

export async function adjustThreadCount(db: DB, groupId: string, delta: number): Promise<void> {
  await db.updateTable('groups').set((eb) => ({ thread_count: eb('thread_count', '+', delta) })).where('id', '=', groupId).execute();
}

export async function isGroupMember(db: DB, groupId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('group_memberships')
    .select('user_id')
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
