import type { DB } from '../db/database.js';

/** Registers work (socket news) to run only once the transaction has committed. */
export type AfterCommit = (effect: () => void) => void;

/**
 * Runs `fn` in one transaction. Effects queued with `after` run only if it commits, so a
 * rolled-back post is never broadcast.
 */
export async function inTransaction<T>(db: DB, fn: (trx: DB, after: AfterCommit) => Promise<T>): Promise<T> {
  const effects: Array<() => void> = [];
  const result = await db.transaction().execute((trx) => fn(trx, (effect) => effects.push(effect)));
  for (const effect of effects) effect();
  return result;
}
