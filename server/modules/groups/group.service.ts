import type { CreateGroupInput, GroupDTO } from '../../../shared/api.js';
import type { DB } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import { AppError, forbidden, notFound, unauthenticated } from '../../lib/errors.js';
import { inTransaction } from '../../lib/transaction.js';
import type { Viewer } from '../../lib/viewer.js';
import { recordAudit } from '../audit/audit.repository.js';
import { canCreateGroup, canSeeGroup } from './group.policy.js';
import { presentGroup } from './group.presenter.js';
import * as groups from './group.repository.js';

export async function listGroups(deps: AppDeps, viewer: Viewer): Promise<GroupDTO[]> {
  const rows = await groups.listGroups(deps.db, viewer?.id ?? null);
  return rows.filter((g) => canSeeGroup(viewer, { visibility: g.visibility, isMember: g.is_member })).map(presentGroup);
}

/** The one gate for everything inside a group: invisible groups are 404, never 403. */
export async function requireVisibleGroup(db: DB, viewer: Viewer, slug: string): Promise<groups.GroupWithMembership> {
  const group = await groups.findGroupBySlug(db, slug, viewer?.id ?? null);
  if (!group || !canSeeGroup(viewer, { visibility: group.visibility, isMember: group.is_member })) throw notFound('That group');
  return group;
}

export async function getGroup(deps: AppDeps, viewer: Viewer, slug: string): Promise<GroupDTO> {
  return presentGroup(await requireVisibleGroup(deps.db, viewer, slug));
}

export async function createGroup(deps: AppDeps, viewer: Viewer, input: CreateGroupInput): Promise<GroupDTO> {
  if (!viewer) throw unauthenticated();
  if (!canCreateGroup(viewer)) throw forbidden('Only administrators can create groups.');
  return inTransaction(deps.db, async (trx) => {
    const row = await groups.insertGroup(trx, input, viewer.id);
    if (!row) throw new AppError('conflict', 'A group with that address already exists.', [{ path: 'slug', message: 'taken' }]);
    await recordAudit(trx, { actorId: viewer.id, action: 'group.create', targetType: 'group', targetId: row.id, metadata: { slug: row.slug, visibility: row.visibility } });
    return presentGroup({ ...row, is_member: false });
  });
}

export async function joinGroup(deps: AppDeps, viewer: Viewer, slug: string): Promise<GroupDTO> {
  if (!viewer) throw unauthenticated();
  return inTransaction(deps.db, async (trx) => {
    // Members-only groups are joined by invitation (an admin adds members), not by guessing a slug.
    const group = await requireVisibleGroup(trx, viewer, slug);
    await groups.addMember(trx, group.id, viewer.id);
    return presentGroup((await groups.findGroupById(trx, group.id, viewer.id))!);
  });
}

export async function leaveGroup(deps: AppDeps, viewer: Viewer, slug: string): Promise<GroupDTO> {
  if (!viewer) throw unauthenticated();
  return inTransaction(deps.db, async (trx, after) => {
    const group = await requireVisibleGroup(trx, viewer, slug);
    const removed = await groups.removeMember(trx, group.id, viewer.id);
    if (removed && group.visibility === 'members') after(() => deps.hub.leaveGroup(viewer.id, group.id, group.slug));
    return presentGroup((await groups.findGroupById(trx, group.id, viewer.id))!);
  });
}
