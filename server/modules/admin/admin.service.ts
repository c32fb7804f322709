import { LIMITS } from '../../../shared/limits.js';
import type { AdminUserDTO, CreateSiteRuleInput, GrantClinicianInput, Role, SiteRuleDTO } from '../../../shared/api.js';
import { validateSiteRule, type SiteRule } from '../../../shared/screening/index.js';
import type { AppDeps } from '../../deps.js';
import { AppError, conflict, forbidden, notFound, unauthenticated } from '../../lib/errors.js';
import { inTransaction } from '../../lib/transaction.js';
import { isAdmin, type Viewer } from '../../lib/viewer.js';
import { recordAudit } from '../audit/audit.repository.js';
import { addMember, findGroupBySlug } from '../groups/group.repository.js';
import { presentUser } from '../users/user.presenter.js';
import { countAdmins, findUserById, findUserByUsername, searchUsers, updateUser } from '../users/user.repository.js';
import { loadSiteRules } from '../screening/screening.service.js';
import * as rules from './site-rule.repository.js';

const USER_SEARCH_LIMIT = 50;

function requireAdmin(viewer: Viewer): asserts viewer is NonNullable<Viewer> {
  if (!viewer) throw unauthenticated();
  if (!isAdmin(viewer)) throw forbidden('Only administrators can do that.');
}

export async function listUsers(deps: AppDeps, viewer: Viewer, query: string | undefined): Promise<AdminUserDTO[]> {
  requireAdmin(viewer);
  return (await searchUsers(deps.db, query, USER_SEARCH_LIMIT)).map(presentUser);
}

export async function setRole(deps: AppDeps, viewer: Viewer, userId: string, role: Role): Promise<AdminUserDTO> {
  requireAdmin(viewer);
  return inTransaction(deps.db, async (trx, after) => {
    const user = await findUserById(trx, userId);
    if (!user) throw notFound('That user');
    if (user.role === role) return presentUser(user);
    if (user.role === 'admin' && (await countAdmins(trx)) <= 1) throw conflict('The last administrator cannot be demoted.');
    const updated = (await updateUser(trx, userId, { role }))!;
    await recordAudit(trx, { actorId: viewer.id, action: 'user.role', targetType: 'user', targetId: userId, metadata: { from: user.role, to: role } });
    // Open sockets hold rooms joined under the old role: make them reconnect and re-authorise.
    after(() => deps.hub.disconnectUser(userId));
    return presentUser(updated);
  });
}

export async function grantClinician(deps: AppDeps, viewer: Viewer, userId: string, grant: GrantClinicianInput): Promise<AdminUserDTO> {
  requireAdmin(viewer);
  return inTransaction(deps.db, async (trx) => {
    const updated = await updateUser(trx, userId, {
      clinician_credential: grant.credential,
      clinician_specialty: grant.specialty,
      clinician_verified_at: new Date(),
      clinician_verified_by: viewer.id,
    });
    if (!updated) throw notFound('That user');
    await recordAudit(trx, {
      actorId: viewer.id,
      action: 'user.clinician.grant',
      targetType: 'user',
      targetId: userId,
      reason: grant.note ?? null,
      metadata: { credential: grant.credential, specialty: grant.specialty },
    });
    return presentUser(updated);
  });
}

export async function revokeClinician(deps: AppDeps, viewer: Viewer, userId: string): Promise<AdminUserDTO> {
  requireAdmin(viewer);
  return inTransaction(deps.db, async (trx) => {
    const updated = await updateUser(trx, userId, {
      clinician_credential: null,
      clinician_specialty: null,
      clinician_verified_at: null,
      clinician_verified_by: null,
    });
    if (!updated) throw notFound('That user');
    await recordAudit(trx, { actorId: viewer.id, action: 'user.clinician.revoke', targetType: 'user', targetId: userId });
    return presentUser(updated);
  });
}

/** Members-only groups grow by invitation: an admin adds a member by username. */
export async function addGroupMember(deps: AppDeps, viewer: Viewer, slug: string, username: string): Promise<void> {
  requireAdmin(viewer);
  await inTransaction(deps.db, async (trx) => {
    const group = await findGroupBySlug(trx, slug, null);
    if (!group) throw notFound('That group');
    const user = await findUserByUsername(trx, username);
    if (!user) throw notFound('That user');
    if (await addMember(trx, group.id, user.id)) {
      await recordAudit(trx, { actorId: viewer.id, action: 'group.member.add', targetType: 'group', targetId: group.id, metadata: { userId: user.id } });
    }
  });
}

// ---------- site rules ----------

const presentRule = (r: rules.SiteRuleRow): SiteRuleDTO => ({ id: r.id, pattern: r.pattern, action: r.action, createdAt: r.created_at.toISOString() });

export async function listSiteRules(deps: AppDeps, viewer: Viewer): Promise<SiteRuleDTO[]> {
  requireAdmin(viewer);
  return (await rules.listRules(deps.db)).map(presentRule);
}

/** What the composer needs to screen as the server will: patterns and actions, nothing else. */
export async function listRulesForComposer(deps: AppDeps, viewer: Viewer): Promise<SiteRule[]> {
  if (!viewer) throw unauthenticated();
  return loadSiteRules(deps.db);
}

export async function createSiteRule(deps: AppDeps, viewer: Viewer, input: CreateSiteRuleInput): Promise<SiteRuleDTO> {
  requireAdmin(viewer);
  const check = validateSiteRule(input.pattern);
  if (!check.ok) throw new AppError('validation_failed', check.message, [{ path: 'pattern', message: check.message }]);
  return inTransaction(deps.db, async (trx) => {
    if ((await rules.countRules(trx)) >= LIMITS.siteRulesMax) throw conflict('There are already 500 site rules; remove some first.');
    const row = await rules.insertRule(trx, { ...input, created_by: viewer.id });
    if (!row) throw conflict('That pattern is already a rule.');
    await recordAudit(trx, { actorId: viewer.id, action: 'site_rule.create', targetType: 'site_rule', targetId: row.id, metadata: { action: row.action } });
    return presentRule(row);
  });
}

export async function deleteSiteRule(deps: AppDeps, viewer: Viewer, id: string): Promise<void> {
  requireAdmin(viewer);
  await inTransaction(deps.db, async (trx) => {
    if (!(await rules.deleteRule(trx, id))) throw notFound('That rule');
    await recordAudit(trx, { actorId: viewer.id, action: 'site_rule.delete', targetType: 'site_rule', targetId: id });
  });
}
