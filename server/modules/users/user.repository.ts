import { sql } from 'kysely';
import type { DB } from '../../db/database.js';
import type { NewUser, UserRow, UserUpdate } from '../../db/schema.js';

/** The user columns shown wherever a person is named as an author or actor. */
export type AuthorFields = Pick<UserRow, 'id' | 'username' | 'display_name' | 'role' | 'clinician_credential' | 'clinician_specialty'>;

export function findUserByUsername(db: DB, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: DB, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByLogin(db: DB, login: string): Promise<UserRow | undefined> {
  const lower = login.toLowerCase();
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb.or([eb(sql`lower(username)`, '=', lower), eb(sql`lower(email)`, '=', lower)]))
    .executeTakeFirst();
}

export async function isUsernameOrEmailTaken(db: DB, username: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where((eb) =>
      eb.or([eb(sql`lower(username)`, '=', username.toLowerCase()), eb(sql`lower(email)`, '=', email.toLowerCase())]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

export function insertUser(db: DB, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export function updateUser(db: DB, id: string, update: UserUpdate): Promise<UserRow | undefined> {
  return db.updateTable('users').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function countAdmins(db: DB): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function searchUsers(db: DB, query: string | undefined, limit: number): Promise<UserRow[]> {
  let q = db.selectFrom('users').selectAll().orderBy('created_at', 'desc').limit(limit);
  if (query) {
    const pattern = `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb(sql`lower(username)`, 'like', pattern), eb(sql`lower(display_name)`, 'like', pattern)]),
    );
  }
  return q.execute();
}
