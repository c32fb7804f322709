import type { AuthorDTO, UserDTO } from '../../../shared/api.js';
import type { UserRow } from '../../db/schema.js';
import type { AuthorFields } from './user.repository.js';

/** Never includes e-mail or password hash: they are not in the DTO at all. */
export function presentAuthor(u: AuthorFields): AuthorDTO {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    clinician:
      u.clinician_credential && u.clinician_specialty
        ? { credential: u.clinician_credential, specialty: u.clinician_specialty }
        : null,
  };
}

export function presentUser(u: AuthorFields & Pick<UserRow, 'created_at'>): UserDTO {
  return { ...presentAuthor(u), createdAt: u.created_at.toISOString() };
}
