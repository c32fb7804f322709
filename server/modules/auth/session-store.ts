import session from 'express-session';
import type { DB } from '../../db/database.js';

const DAY_MS = 24 * 60 * 60 * 1000;

type Callback<T = void> = (err?: unknown, value?: T) => void;

/**
 * Sessions live in our own database so that both engines work without another service, and so
 * that signing a user out everywhere is one DELETE.
 */
export class KyselySessionStore extends session.Store {
  constructor(private readonly db: DB) {
    super();
  }

  private expiry(sess: session.SessionData): Date {
    const expires = sess.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + DAY_MS);
  }

  override get(sid: string, cb: Callback<session.SessionData | null>): void {
    this.db
      .selectFrom('sessions')
      .select('sess')
      .where('sid', '=', sid)
      .where('expires_at', '>', new Date())
      .executeTakeFirst()
      .then((row) => cb(null, row ? (row.sess as unknown as session.SessionData) : null), cb);
  }

  override set(sid: string, sess: session.SessionData, cb?: Callback): void {
    const userId = (sess as { passport?: { user?: string } }).passport?.user ?? null;
    const values = { sess: JSON.stringify(sess), user_id: userId, expires_at: this.expiry(sess) };
    this.db
      .insertInto('sessions')
      .values({ sid, ...values })
      .onConflict((oc) => oc.column('sid').doUpdateSet(values))
      .execute()
      .then(() => cb?.(), (err: unknown) => cb?.(err));
  }

  override touch(sid: string, sess: session.SessionData, cb?: Callback): void {
    this.db
      .updateTable('sessions')
      .set({ expires_at: this.expiry(sess) })
      .where('sid', '=', sid)
      .execute()
      .then(() => cb?.(), (err: unknown) => cb?.(err));
  }

  override destroy(sid: string, cb?: Callback): void {
    this.db
      .deleteFrom('sessions')
      .where('sid', '=', sid)
      .execute()
      .then(() => cb?.(), (err: unknown) => cb?.(err));
  }

  async pruneExpired(): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
  }
}
