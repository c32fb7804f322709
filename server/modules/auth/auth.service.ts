import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SetupInput, SignUpInput } from '../../../shared/api.js';
import type { DB } from '../../db/database.js';
import type { UserRow } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { inTransaction } from '../../lib/transaction.js';
import { recordAudit } from '../audit/audit.repository.js';
import { countAdmins, findUserByLogin, insertUser, isUsernameOrEmailTaken } from '../users/user.repository.js';
import { hashPassword, verifyPassword } from './password.js';

const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// One message for a taken username and a taken e-mail: which one it was would tell a stranger
// that an e-mail address belongs to someone in a patient community.
const taken = () => new AppError('conflict', 'That username or e-mail address cannot be used. Try another, or sign in.');

async function createAccount(db: DB, input: SignUpInput, role: UserRow['role']): Promise<UserRow> {
  if (await isUsernameOrEmailTaken(db, input.username, input.email)) throw taken();
  return insertUser(db, {
    username: input.username,
    display_name: input.displayName,
    email: input.email.toLowerCase(),
    password_hash: await hashPassword(input.password),
    role,
  });
}

export async function signUp(db: DB, input: SignUpInput): Promise<UserRow> {
  try {
    return await inTransaction(db, (trx) => createAccount(trx, input, 'member'));
  } catch (err) {
    // Two sign-ups racing for one name: the unique index decides, the answer stays the same.
    if ((err as { code?: string }).code === '23505') throw taken();
    throw err;
  }
}

/** Same work and the same answer whether or not the account exists. */
export async function checkCredentials(db: DB, login: string, password: string): Promise<UserRow | null> {
  const user = await findUserByLogin(db, login);
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  return ok && user ? user : null;
}

export async function isSetupRequired(db: DB): Promise<boolean> {
  return (await countAdmins(db)) === 0;
}

/**
 * On a database with no administrator, mints a one-time setup token (stored hashed) and returns
 * it so the operator can be shown the link. Returns null when an admin exists.
 */
export async function issueSetupToken(db: DB): Promise<string | null> {
  if (!(await isSetupRequired(db))) return null;
  const token = randomBytes(24).toString('base64url');
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('setup_tokens').execute();
    await trx
      .insertInto('setup_tokens')
      .values({ token_hash: sha256(token), expires_at: new Date(Date.now() + SETUP_TOKEN_TTL_MS) })
      .execute();
  });
  return token;
}

export async function completeSetup(db: DB, input: SetupInput): Promise<UserRow> {
  return inTransaction(db, async (trx) => {
    const rows = await trx.selectFrom('setup_tokens').selectAll().where('expires_at', '>', new Date()).forUpdate().execute();
    const given = Buffer.from(sha256(input.token));
    const match = rows.some((r) => timingSafeEqual(Buffer.from(r.token_hash), given));
    // An unknown, used or expired token answers like a missing page: nothing to probe.
    if (!match || (await countAdmins(trx)) > 0) throw notFound('That setup link');
    const admin = await createAccount(trx, input, 'admin');
    await trx.deleteFrom('setup_tokens').execute();
    await recordAudit(trx, { actorId: admin.id, action: 'site.setup', targetType: 'user', targetId: admin.id });
    return admin;
  });
}
