import { sql } from 'kysely';
import type { DB } from '../../db/database.js';
import type { SiteRuleRow } from '../../db/schema.js';
import type { SiteRuleAction } from '../../../shared/screening/types.js';

export type { SiteRuleRow };

export function listRules(db: DB): Promise<SiteRuleRow[]> {
  return db.selectFrom('site_rules').selectAll().orderBy('created_at').execute();
}

export async function countRules(db: DB): Promise<number> {
  const row = await db.selectFrom('site_rules').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Returns undefined when the same pattern (any case) is already a rule. */
export async function insertRule(db: DB, rule: { pattern: string; action: SiteRuleAction; created_by: string }): Promise<SiteRuleRow | undefined> {
  return db
    .insertInto('site_rules')
    .values(rule)
    .onConflict((oc) => oc.expression(sql`lower(pattern)`).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function deleteRule(db: DB, id: string): Promise<boolean> {
  const row = await db.deleteFrom('site_rules').where('id', '=', id).returning('id').executeTakeFirst();
  return row !== undefined;
}
