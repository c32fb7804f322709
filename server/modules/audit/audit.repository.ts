import type { DB } from '../../db/database.js';
import type { AuditRow } from '../../db/schema.js';
import type { AuthorFields } from '../users/user.repository.js';
import type { Cursor } from '../../lib/cursor.js';

export interface AuditEntry {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  /** Ids and categories only: never post text, e-mail addresses or other personal data. */
  metadata?: Record<string, unknown>;
}

export async function recordAudit(db: DB, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      reason: entry.reason ?? null,
      metadata: JSON.stringify(entry.metadata ?? {}),
    })
    .execute();
}

export type AuditWithActor = AuditRow & {
  actor: AuthorFields;
};

export async function listAudit(db: DB, cursor: Cursor | null, limit: number): Promise<AuditWithActor[]> {
  let q = db
    .selectFrom('audit_log as a')
    .innerJoin('users as u', 'u.id', 'a.actor_id')
    .selectAll('a')
    .select(['u.username', 'u.display_name', 'u.role', 'u.clinician_credential', 'u.clinician_specialty'])
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit);
  if (cursor) {
    // A row comparison, (created_at, id) < (at, id): the order the page is read in.
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('a.created_at', 'a.id'), '<', tuple(cursor.at, cursor.id)));
  }
  const rows = await q.execute();
  return rows.map(({ username, display_name, role, clinician_credential, clinician_specialty, ...a }) => ({
    ...a,
    actor: { id: a.actor_id, username, display_name, role, clinician_credential, clinician_specialty },
  }));
}
