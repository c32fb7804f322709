import passportPkg from 'passport';

export type Authenticator = InstanceType<typeof passportPkg.Authenticator>;
import { Strategy as LocalStrategy } from 'passport-local';
import type { DB } from '../../db/database.js';
import type { UserRow } from '../../db/schema.js';
import { findUserById } from '../users/user.repository.js';
import { checkCredentials } from './auth.service.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Passport's own augmentation point.
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends UserRow {}
  }
}

/** A Passport instance of our own (not the global singleton), so each app and test is isolated. */
export function createPassport(db: DB): Authenticator {
  const passport = new passportPkg.Authenticator();
  passport.use(
    new LocalStrategy({ usernameField: 'login', passwordField: 'password', session: true }, (login, password, done) => {
      checkCredentials(db, login, password).then((user) => done(null, user ?? false), done);
    }),
  );
  passport.serializeUser<string>((user, done) => done(null, user.id));
  passport.deserializeUser<string>((id, done) => {
    // A deleted account simply ends the session.
    findUserById(db, id).then((user) => done(null, user ?? false), done);
  });
  return passport;
}
