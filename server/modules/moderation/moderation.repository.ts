import type { DB } from '../../db/database.js';

/** Held, undeleted posts, oldest first: the queue moderators work through. */
export async function listHeldPostIds(db: DB, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('posts')
    .select('id')
    .where('status', '=', 'held')
    .where('deleted_at', 'is', null)
    .orderBy('held_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
